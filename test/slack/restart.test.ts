/**
 * Exactly once across restarts: the real Bolt adapter on 127.0.0.1 against the fake Slack, its event journal in a
 * real SQLite file. A restart is a second adapter (new process memory, new fakes) on the same file and the same
 * fake Slack; a crash is a child process killed with SIGKILL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { loadConfig } from '../../src/app/config.js';
import { createApp } from '../../src/app/create-app.js';
import { EVENT_JOURNAL_TTL_MS } from '../../src/core/event-journal.js';
import { silentLogger } from '../../src/core/logger.js';
import { reviewDbPath } from '../../src/providers/review/sqlite-review-store.js';
import { SqliteEventJournal } from '../../src/providers/sqlite-event-journal.js';
import { exited, onLines, spawnFixture } from '../review/fixtures/spawn-tsx.js';
import { mention, nextTs } from './fake-slack/payloads.js';
import { SlackSigner } from './fake-slack/signer.js';
import { type ApiCall, FakeSlackApi } from './fake-slack/web-api.js';
import {
  fakeApiOptions,
  type Harness,
  REVIEW_CHANNEL,
  SIGNING_SECRET,
  startHarness,
  testSlackConfig,
} from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'permabot-slack-restart-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(root, `permabot-${++n}.db`);
const settle = () => new Promise((r) => setTimeout(r, 300));

/** Everything a test opened, closed after it (adapters first, then journals, then the fake Slack). */
const open: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
});

async function fakeSlack(): Promise<FakeSlackApi> {
  const api = await new FakeSlackApi().start();
  open.push(() => api.close());
  return api;
}

/** One run of the bot: an adapter on `file` (its journal), the shared fake Slack, fresh fakes and memory. */
async function run(api: FakeSlackApi, file: string, now?: () => number): Promise<Harness & { stop(): Promise<void> }> {
  const journal = new SqliteEventJournal(file, now ? { now } : {});
  const h = await startHarness({ api, eventJournal: journal });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await h.close();
    journal.close();
  };
  open.push(stop);
  return { ...h, stop };
}

const answersIn = (api: FakeSlackApi) =>
  api.of('chat.postMessage').filter((c) => c.params.channel !== REVIEW_CHANNEL && !c.stalled);
const cardsIn = (api: FakeSlackApi) =>
  api.of('chat.postMessage').filter((c) => c.params.channel === REVIEW_CHANNEL && !c.stalled);
const text = (c: ApiCall | undefined) => String(c?.params.text);

describe('slack exactly once across restarts', () => {
  it('does not answer a signed event replayed after a restart again, and opens no second review card', async () => {
    const api = await fakeSlack();
    const file = freshFile();
    const payload = mention('[flag] can I swim with a new welded bracelet?', {}, 'EvREPLAY');
    const first = await run(api, file);
    expect((await first.signer.event(payload)).status).toBe(200);
    await api.waitFor(() => answersIn(api).length === 1 && cardsIn(api).length === 1, 3000, 'answer and card');
    await first.stop();

    const second = await run(api, file);
    expect((await second.signer.event(payload)).status).toBe(200);
    expect((await second.signer.event(payload, { retryNum: 1 })).status).toBe(200);
    await settle();
    expect(answersIn(api)).toHaveLength(1);
    expect(cardsIn(api)).toHaveLength(1);
    expect(second.assistant.asked).toHaveLength(0);
    expect(second.logs.some((l) => l.msg === 'duplicate event ignored' && l.obj.eventId === 'EvREPLAY')).toBe(true);
  });

  it('answers on start, once and in its thread, an event acknowledged before a stop but never answered', async () => {
    const api = await fakeSlack();
    const file = freshFile();
    const ts = nextTs();
    const payload = mention('[hang] how do I clean a microdermal?', { ts }, 'EvPENDING');
    const first = await run(api, file);
    first.assistant.hangOn('[hang]');
    expect((await first.signer.event(payload)).status).toBe(200);
    await api.waitFor(() => first.assistant.asked.length === 1, 3000, 'the question reaching the assistant');
    await first.stop();
    expect(answersIn(api)).toHaveLength(0);

    const second = await run(api, file);
    const [answer] = await api.waitFor(() => answersIn(api).length === 1 && answersIn(api), 3000, 'answer on start');
    expect(answer?.params).toMatchObject({ channel: 'C1', thread_ts: ts });
    expect(text(answer)).toContain('You asked: [hang] how do I clean a microdermal?');
    expect(second.assistant.asked.map((q) => q.conversationKey)).toEqual([`slack:C1:${ts}`]);
    // Slack retrying it, or a replay, after the restart is not answered again.
    await second.signer.event(payload, { retryNum: 1 });
    await settle();
    expect(answersIn(api)).toHaveLength(1);
    expect(second.assistant.asked).toHaveLength(1);
  });

  it('posts on start an answer made but never posted before a stop, without asking (or queueing) it again', async () => {
    const api = await fakeSlack();
    const file = freshFile();
    const ts = nextTs();
    const resume = api.stall('chat.postMessage', (p) => p.channel === 'C1');
    const first = await run(api, file);
    await first.signer.event(mention('[flag] is titanium ok for a dermal?', { ts }, 'EvSAVED'));
    await api.waitFor(
      () => cardsIn(api).length === 1 && api.of('chat.postMessage').some((c) => c.stalled),
      3000,
      'the card, and the answer post left hanging',
    );
    await first.stop();
    resume();

    const second = await run(api, file);
    const [answer] = await api.waitFor(() => answersIn(api).length === 1 && answersIn(api), 3000, 'answer on start');
    expect(answer?.params).toMatchObject({ channel: 'C1', thread_ts: ts });
    expect(text(answer)).toContain('You asked: [flag] is titanium ok for a dermal?');
    await settle();
    expect(second.assistant.asked).toHaveLength(0);
    expect(cardsIn(api)).toHaveLength(1);
    expect(answersIn(api)).toHaveLength(1);
  });

  it('skips on start, and forgets, an unanswered event older than the TTL', async () => {
    const api = await fakeSlack();
    const file = freshFile();
    const first = await run(api, file);
    first.assistant.hangOn('[hang]');
    await first.signer.event(mention('[hang] a question from yesterday', {}, 'EvSTALE'));
    await api.waitFor(() => first.assistant.asked.length === 1, 3000, 'the question reaching the assistant');
    await first.stop();

    const later = () => Date.now() + EVENT_JOURNAL_TTL_MS + 60_000;
    const second = await run(api, file, later);
    const db = new Database(file, { readonly: true });
    const left = db.prepare('SELECT COUNT(*) AS n FROM slack_events').get() as { n: number };
    db.close();
    expect(left.n).toBe(0);
    await settle();
    expect(answersIn(api)).toHaveLength(0);
    expect(second.assistant.asked).toHaveLength(0);
  });

  it('answers every acknowledged event exactly once after kill -9 under load', async () => {
    const api = await fakeSlack();
    const file = freshFile();
    const child = spawnFixture('../../slack/fixtures/journaled-adapter.ts', [file, api.url]);
    open.push(() => void child.kill('SIGKILL'));
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const port = await new Promise<number>((resolve, reject) => {
      onLines(child, (line) => resolve(Number(line)));
      child.once('exit', () => reject(new Error(`the adapter process exited: ${stderr}`)));
    });
    const signer = new SlackSigner(port, SIGNING_SECRET);
    const payloads = Array.from({ length: 40 }, (_, i) =>
      mention(`question ${i} under load`, { user: `ULOAD${i}` }, `EvKILL${i}`),
    );
    const acks = await Promise.all(payloads.map((p) => signer.event(p)));
    expect(acks.map((a) => a.status)).toEqual(payloads.map(() => 200));
    child.kill('SIGKILL');
    expect((await exited(child)).signal).toBe('SIGKILL');

    const second = await run(api, file);
    await api.waitFor(() => answersIn(api).length === payloads.length, 10_000, 'every acknowledged event answered');
    for (const p of payloads) await second.signer.event(p, { retryNum: 1 });
    await settle();
    const threads = answersIn(api).map((c) => String(c.params.thread_ts));
    expect(new Set(threads).size).toBe(payloads.length);
    expect(threads.sort()).toEqual(payloads.map((p) => p.event.ts).sort());
    expect(second.assistant.asked).toHaveLength(payloads.length);
  });
});

describe('slack exactly once across restarts, with the real core on permabot.db', () => {
  it('keeps one interaction and one review item for an event replayed after a restart', async () => {
    const dataDir = join(root, 'real-core');
    const config = loadConfig({ PERMABOT_DATA_DIR: dataDir });
    const api = await fakeSlack();
    const payload = mention('my dermal is oozing pus, is it infected?', { channel: 'CM' }, 'EvREAL');
    for (let restart = 0; restart < 2; restart++) {
      const app = await createApp(config, { logger: silentLogger });
      const adapter = createSlackAdapter({
        config: testSlackConfig(api.url),
        assistant: app.assistant,
        review: app.review,
        eventJournal: app.eventJournal,
        appOptions: fakeApiOptions(api.url),
      });
      await adapter.start();
      try {
        expect((await new SlackSigner(adapter.port ?? 0, SIGNING_SECRET).event(payload)).status).toBe(200);
        await api.waitFor(() => answersIn(api).length === 1 && cardsIn(api).length === 1, 5000, 'answer and card');
        await settle();
      } finally {
        await adapter.stop();
        await app.close();
      }
    }
    expect(answersIn(api)).toHaveLength(1);
    expect(cardsIn(api)).toHaveLength(1);
    const db = new Database(reviewDbPath(dataDir), { readonly: true });
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([count('interactions'), count('review_items')]).toEqual([1, 1]);
    db.close();
  }, 60_000);
});
