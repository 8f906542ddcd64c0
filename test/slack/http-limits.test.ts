/** The Slack HTTP endpoint refuses oversized, mistyped and future-dated requests before Bolt buffers them. */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../adapters/slack/http-guard.js';
import { mention } from './fake-slack/payloads.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Streams `totalBytes` of unsigned JSON in 1 MB writes of one reused buffer; resolves with the status (0 if cut). */
function flood(totalBytes: number, withLength: boolean): Promise<number> {
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (withLength) headers['content-length'] = totalBytes;
    const req = request({ host: '127.0.0.1', port: h.adapter.port, method: 'POST', path: '/slack/events', headers });
    let status = 0;
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      res.on('end', () => resolve(status));
    });
    req.on('error', () => resolve(status));
    req.setTimeout(10_000, () => req.destroy());
    let sent = 0;
    const pump = () => {
      while (sent < totalBytes) {
        sent += chunk.length;
        if (req.destroyed) return;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

const mb = () => process.memoryUsage().rss / 1024 / 1024;

describe('slack http endpoint limits', () => {
  it('refuses a 50 MB unsigned body (announced or chunked) with 413 (411 without a length), growing memory by less than 50 MB', async () => {
    globalThis.gc?.();
    const before = mb();
    expect(await flood(50 * 1024 * 1024, true)).toBe(413);
    const chunked = await flood(50 * 1024 * 1024, false);
    expect([0, 411]).toContain(chunked);
    const grown = mb() - before;
    expect(grown).toBeLessThan(50);
    expect(h.assistant.asked).toHaveLength(0);
  }, 30_000);

  it('refuses a signed request dated more than five minutes ahead, and content types Slack never sends', async () => {
    const ahead = await h.signer.event(mention('does it hurt?'), { timestamp: Math.floor(Date.now() / 1000) + 600 });
    expect(ahead.status).toBe(401);
    const body = JSON.stringify(mention('does it hurt?'));
    const wrongType = await h.signer.send(body, 'text/plain');
    expect(wrongType.status).toBe(415);
    expect(h.assistant.asked).toHaveLength(0);
    const ok = await h.signer.event(mention('does it hurt?'));
    expect(ok.status).toBe(200);
    expect(MAX_BODY_BYTES).toBeLessThan(1024 * 1024);
  });
});
