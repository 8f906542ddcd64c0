/**
 * Issue #15 point 3, end to end: the real `permabot serve` (REVIEW_MODE=hold, Slack in HTTP mode against a fake Web
 * API on 127.0.0.1) holds a flagged answer; a second process, `permabot review approve rN` on the same data dir,
 * decides it; the running service then posts the held answer in the asker's thread and updates the review card.
 */
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mention } from '../slack/fake-slack/payloads.js';
import { SlackSigner } from '../slack/fake-slack/signer.js';
import { type ApiCall, FakeSlackApi } from '../slack/fake-slack/web-api.js';
import { BIN, offlineEnv, ROOT } from './serve-env.js';

const SIGNING_SECRET = 'test-signing-secret-xproc';
const REVIEW_CHANNEL = 'CREVIEW';
const SHUTDOWN_TIMEOUT_MS = 1000;
/** serve's own grace after the drain timeout (SHUTDOWN_GRACE_MS in adapters/cli/serve.ts), plus room for a busy machine. */
const EXIT_BOUND_MS = SHUTDOWN_TIMEOUT_MS + 2000 + 6000;

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-xproc-serve-'));
const env = offlineEnv(dataDir, {
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  SLACK_APP_TOKEN: '',
  LOG_LEVEL: 'info',
});

let api: FakeSlackApi | null = null;
let serve: ChildProcessWithoutNullStreams | null = null;
afterAll(async () => {
  if (serve && serve.exitCode === null && serve.signalCode === null) serve.kill('SIGKILL');
  await api?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** serve's JSON log lines (stderr), parsed as they arrive. */
function jsonLines(child: ChildProcessWithoutNullStreams, into: Array<Record<string, unknown>>, raw: string[]): void {
  let buffer = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    buffer += chunk;
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      raw.push(line);
      try {
        into.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
      nl = buffer.indexOf('\n');
    }
  });
}

async function until<T>(check: () => T | undefined | false, ms: number, what: string, why = ''): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${why}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const blockText = (c: ApiCall) => JSON.stringify(c.params.blocks ?? '');

describe('a decision from another process reaches a running serve', () => {
  it('releases the held answer in the thread and updates the card when `permabot review approve` runs', async () => {
    const fake = await new FakeSlackApi().start();
    api = fake;
    const child = spawn(process.execPath, [BIN, 'serve'], {
      cwd: ROOT,
      env: {
        ...env,
        REVIEW_MODE: 'hold',
        SLACK_BOT_TOKEN: 'xoxb-1-2-test',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.url,
        SLACK_HOST: '127.0.0.1',
        SLACK_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
        PORT: '0',
        SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    serve = child;
    const logs: Array<Record<string, unknown>> = [];
    const raw: string[] = [];
    jsonLines(child, logs, raw);
    const stderr = () => raw.slice(-40).join('\n');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    // 1. serve is up: the Slack adapter logs the port it bound.
    const started = await until(
      () => logs.find((l) => l.msg === 'slack adapter started' && typeof l.port === 'number'),
      60_000,
      'the Slack adapter to start',
      stderr(),
    );
    const signer = new SlackSigner(started.port as number, SIGNING_SECRET);

    // 2. A public question whose answer is flagged (medical deferral) and therefore held.
    const question = mention('my microdermal is oozing yellow pus, is it infected?', { channel: 'C1' });
    const threadTs = question.event.ts;
    expect((await signer.event(question)).status).toBe(200);

    // 3. The card reaches the review channel; the asker's thread gets only the holding notice, not the answer.
    const inThread = () =>
      fake.of('chat.postMessage').filter((c) => c.params.channel === 'C1' && c.params.thread_ts === threadTs);
    const card = await until(
      () => fake.of('chat.postMessage').find((c) => c.params.channel === REVIEW_CHANNEL),
      20_000,
      'the review card',
      stderr(),
    );
    const notice = await until(() => inThread()[0], 20_000, 'the holding notice', stderr());
    expect(String(notice.params.text)).toMatch(/moderator will review/);
    expect(String(notice.params.text)).not.toContain('General guidance');
    const held = await until(
      () => logs.find((l) => l.msg === 'answer recorded' && l.held === true && typeof l.reviewId === 'string'),
      5000,
      'the held answer in the log',
      stderr(),
    );
    const reviewId = held.reviewId as string;
    expect(blockText(card)).toContain(reviewId);
    expect(fake.of('chat.update')).toHaveLength(0);
    expect(inThread()).toHaveLength(1);

    // 4. A second process decides it.
    const cli = spawnSync(process.execPath, [BIN, 'review', 'approve', reviewId, '--by', 'ana'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(cli.status, `${cli.stdout}\n${cli.stderr}`).toBe(0);

    // 5. The running serve follows it: the held answer in the asker's thread, and the card updated.
    const released = await until(() => inThread()[1], 15_000, 'the released answer', stderr());
    expect(String(released.params.text)).toContain('General guidance');
    expect(blockText(released)).toMatch(/Reviewed and approved by a moderator/);
    const update = await until(() => fake.of('chat.update')[0], 15_000, 'the card update', stderr());
    expect(update.params).toMatchObject({ channel: REVIEW_CHANNEL, ts: card.response?.ts });
    expect(JSON.stringify(update.params)).toMatch(/approved/i);
    expect(JSON.stringify(update.params)).toContain('ana');
    expect(logs.some((l) => l.msg === 'decision from another process' && l.reviewId === reviewId)).toBe(true);
    // Released once: no further post in the thread after another poll or two.
    await new Promise((r) => setTimeout(r, 2500));
    expect(inThread()).toHaveLength(2);
    expect(fake.of('chat.update')).toHaveLength(1);

    // 6. SIGTERM ends it in time.
    child.kill('SIGTERM');
    const outcome = await Promise.race([
      exited,
      new Promise<'still running'>((r) => setTimeout(() => r('still running'), EXIT_BOUND_MS)),
    ]);
    expect(outcome, stderr()).toBe(0);
  }, 120_000);
});
