/**
 * `permabot serve` as a process with Discord configured, against the fake Discord on loopback: the real core
 * answers a mention, a medical question is deferred and carded, metrics and readiness follow, SIGTERM exits 0.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../discord/fake-discord/server.js';
import {
  APP_ID,
  ana,
  BOT_ID,
  BOT_USER,
  buttonInteraction,
  GENERAL,
  GENERAL_POSTS,
  message,
  REVIEW_CHANNEL,
  REVIEW_POSTS,
  TOKEN,
} from '../discord/harness.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/permabot.mjs');
const dataDir = mkdtempSync(join(tmpdir(), 'permabot-serve-discord-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const baseEnv = {
  ...process.env,
  PERMABOT_FROM_SOURCE: '1',
  PERMABOT_DATA_DIR: dataDir,
  OPENAI_API_KEY: '',
  OPENAI_BASE_URL: '',
};

let discord: FakeDiscord | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await discord?.close();
});

/** Starts serve; resolves with the metrics port once the listener logged it. */
function serve(env: Record<string, string>) {
  child = spawn(process.execPath, [BIN, 'serve'], { env: { ...baseEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (d) => {
    log += d;
  });
  const exited = new Promise<number | null>((resolve) => child?.on('exit', (code) => resolve(code)));
  const port = async () => {
    for (let i = 0; i < 600 && !/"port":(\d+).*health and metrics listening/.test(log); i++) await sleep(50);
    return Number(/"port":(\d+).*health and metrics listening/.exec(log)?.[1]);
  };
  return { exited, port, log: () => log };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
};

describe('permabot serve with Discord', () => {
  it('names every bad adapter variable at once and exits 2', () => {
    const r = spawnSync(process.execPath, [BIN, 'serve'], {
      encoding: 'utf8',
      env: { ...baseEnv, DISCORD_TOKEN: 'client-secret', DISCORD_REPLY_MODE: 'dm', SLACK_BOT_TOKEN: 'xoxb-1' },
    });
    expect(r.status).toBe(2);
    for (const name of ['DISCORD_TOKEN', 'DISCORD_REPLY_MODE', 'SLACK_SIGNING_SECRET'])
      expect(r.stderr).toContain(name);
  });

  it('serves Discord with the real core until SIGTERM', async () => {
    discord = await new FakeDiscord().start();
    const s = serve({
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: discord.api,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_REVIEW_CHANNEL_ID: REVIEW_CHANNEL,
      METRICS_PORT: '0',
      LOG_LEVEL: 'info',
    });
    const port = await s.port();
    await discord.waitFor(() => discord?.identifies.length === 1, 30_000);
    await waitReady(port);

    const mention = (text: string) =>
      discord?.dispatch(
        'MESSAGE_CREATE',
        message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> ${text}`, mentions: [BOT_USER] }),
      );
    mention('how long does a microdermal take to heal?');
    const answer = await discord.waitFor(() => discord?.find('POST', GENERAL_POSTS)[0]);
    expect(String(answer.body?.content)).toMatch(/6-8 weeks/);

    mention('my microdermal is swollen and hot, what antibiotic should I take?');
    const deferred = await discord.waitFor(() => discord?.find('POST', GENERAL_POSTS)[1]);
    expect(String(deferred.body?.content)).toMatch(/medical professional|doctor/i);
    const card = await discord.waitFor(() => discord?.find('POST', REVIEW_POSTS)[0]);
    expect(JSON.stringify(card.body)).toContain('medical');

    discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(ana, buttons(answer)[0] ?? '', answer.response as ReturnType<typeof message>),
    );
    await discord.waitFor(() => discord?.find('POST', /\/callback$/)[0]);

    const metrics = (await get(port, '/metrics')).text;
    expect(metrics).toMatch(/permabot_questions_total\{platform="discord",outcome="answered"\} 1/);
    expect(metrics).toMatch(/permabot_questions_total\{platform="discord",outcome="deferred"\} 1/);
    expect(metrics).toMatch(/permabot_feedback_total\{kind="helpful"\} 1/);
    expect(metrics).toMatch(/permabot_review_queue_depth 1/);

    child?.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.log()).not.toContain(TOKEN.split('.')[2]);
  });

  it('stops with a clear message when Discord rejects the token', async () => {
    discord = await new FakeDiscord().start();
    discord.failing.push({ pattern: /^\/gateway\/bot$/, status: 401 });
    const s = serve({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.api, LOG_LEVEL: 'warn' });
    expect(await s.exited).toBe(1);
    expect(s.log()).toMatch(/invalid token/i);
  });
});

function buttons(call: { body: Record<string, unknown> | null }): string[] {
  const rows = (call.body?.components ?? []) as Array<{ components: Array<{ custom_id: string }> }>;
  return rows.flatMap((r) => r.components.map((b) => b.custom_id));
}

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await get(port, '/readyz')).status === 200) return;
    await sleep(50);
  }
  throw new Error('never ready');
}
