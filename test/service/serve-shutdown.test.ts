/** SIGTERM ends `permabot serve` in time even while Slack start-up is retrying an unreachable Web API. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, offlineEnv } from './serve-env.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A loopback "Slack API" that drops every connection: the Web API client keeps retrying. */
async function unreachableApi(): Promise<{ url: string; connections: () => number; server: Server }> {
  let n = 0;
  const server = createServer((socket) => {
    n++;
    socket.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/api/`, connections: () => n, server };
}

describe('serve shutdown', () => {
  it('exits 0 on SIGTERM while the Slack client is still retrying auth at start-up', async () => {
    const api = await unreachableApi();
    const SHUTDOWN_TIMEOUT_MS = 1000;
    try {
      const child = spawn(process.execPath, [BIN, 'serve'], {
        env: offlineEnv(dataDir, {
          SLACK_BOT_TOKEN: 'xoxb-1-2-test',
          SLACK_SIGNING_SECRET: 'test-signing-secret',
          SLACK_API_URL: api.url,
          SLACK_HOST: '127.0.0.1',
          PORT: '0',
          SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
          LOG_LEVEL: 'warn',
        }),
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => {
        err += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await waitFor(() => api.connections() > 0, 30_000);
      child.kill('SIGTERM');
      // Bounded: the drain timeout plus serve's grace for closing, plus room for a loaded machine.
      const bound = new Promise<'still running'>((r) =>
        setTimeout(() => r('still running'), SHUTDOWN_TIMEOUT_MS + 8000),
      );
      const outcome = await Promise.race([exited, bound]);
      if (outcome === 'still running') child.kill('SIGKILL');
      expect(outcome, err).toBe(0);
    } finally {
      await new Promise((r) => api.server.close(r));
    }
  }, 60_000);
});

async function waitFor(cond: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
