/** Load on loopback: 200 signed events at once are all acknowledged within 3 s and each answered exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mention, nextTs } from './fake-slack/payloads.js';
import { type Harness, startHarness } from './harness.js';

const EVENTS = 200;
let h: Harness;
beforeAll(async () => {
  // A little simulated answering work so answers overlap with incoming requests.
  h = await startHarness({ assistant: { delayMs: 20 } });
});
afterAll(async () => {
  await h.close();
});

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe('slack load', () => {
  it('acknowledges 200 concurrent events within 3 s each and answers each exactly once', {
    timeout: 30_000,
  }, async () => {
    const threads = Array.from({ length: EVENTS }, () => nextTs());
    const started = performance.now();
    const results = await Promise.all(
      threads.map((ts, i) => h.signer.event(mention(`load question ${i}`, { ts, user: `ULOAD${i}` }))),
    );
    const acks = results.map((r) => r.ms).sort((a, b) => a - b);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(acks.every((ms) => ms < 3000)).toBe(true);

    const answers = () => h.api.of('chat.postMessage');
    await h.api.waitFor(() => answers().length >= EVENTS, 15_000, `${EVENTS} answers`);
    await new Promise((r) => setTimeout(r, 300));
    const wall = performance.now() - started;
    const perThread = new Map<string, number>();
    for (const c of answers())
      perThread.set(String(c.params.thread_ts), (perThread.get(String(c.params.thread_ts)) ?? 0) + 1);
    expect(answers()).toHaveLength(EVENTS);
    expect(threads.every((ts) => perThread.get(ts) === 1)).toBe(true);

    console.log(
      `slack load: ${EVENTS} events, ack p50 ${percentile(acks, 50).toFixed(1)} ms, p95 ${percentile(acks, 95).toFixed(1)} ms, ` +
        `max ${percentile(acks, 100).toFixed(1)} ms; all ${EVENTS} answered once in ${wall.toFixed(0)} ms`,
    );
  });
});
