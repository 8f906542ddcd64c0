/** `permabot serve` as a process: config errors name each variable; SIGTERM lets a question in flight finish. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { promptChunkIds, startFakeOpenAi } from '../fakes/fake-openai.js';
import { BIN, offlineEnv } from './serve-env.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-serve-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const baseEnv = offlineEnv(dataDir);

describe('permabot serve', () => {
  it('refuses to start on invalid configuration, naming every bad variable', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve'], {
      encoding: 'utf8',
      env: { ...baseEnv, REVIEW_MODE: 'sometimes', METRICS_PORT: 'abc', OPENAI_BASE_URL: 'not a url' },
    });
    expect(r.status).toBe(2);
    for (const name of ['REVIEW_MODE', 'METRICS_PORT', 'OPENAI_BASE_URL']) expect(r.stderr).toContain(name);
  });

  it('refuses a partial Slack configuration, naming the missing variable', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve'], {
      encoding: 'utf8',
      env: { ...baseEnv, SLACK_BOT_TOKEN: 'xoxb-123', SLACK_APP_TOKEN: 'not-an-app-token' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SLACK_APP_TOKEN');
  });

  it('on SIGTERM finishes the question in flight, closes the store and exits 0', async () => {
    const fake = await startFakeOpenAi(
      (req) => ({
        content: JSON.stringify({
          answer: 'Microdermals usually heal in 6-8 weeks.',
          citations: [promptChunkIds(req)[0]],
          notCovered: false,
        }),
      }),
      1500,
    );
    try {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: { ...baseEnv, OPENAI_BASE_URL: fake.baseURL, METRICS_PORT: '0', LOG_LEVEL: 'warn' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await waitFor(() => out.includes('you>'));
      child.stdin.write('how long does a microdermal take to heal?\n');
      await waitFor(() => fake.requests.length === 1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('Microdermals usually heal in 6-8 weeks.');
      const db = new Database(join(dataDir, 'permabot.db'), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare('SELECT count(*) AS n FROM interactions').get() as { n: number }).n).toBe(1);
      db.close();
    } finally {
      await fake.close();
    }
  });
});

async function waitFor(cond: () => boolean, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
