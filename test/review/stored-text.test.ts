/**
 * Privacy and neutralising of everything stored and shown, on the real app: real SQLite in a temp data dir, the
 * default knowledge, the real CLI in a child process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDecidedCard } from '../../adapters/slack/render-review.js';
import { loadConfig } from '../../src/app/config.js';
import { createApp, type PermabotApp } from '../../src/app/create-app.js';
import { InstrumentedAssistant } from '../../src/app/instrumented-assistant.js';
import { Metrics } from '../../src/app/metrics.js';
import { MAX_STORED_CHARS } from '../../src/core/review/redact.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import type { Incoming } from '../../src/core/types.js';
import { reviewDbPath } from '../../src/providers/review/sqlite-review-store.js';
import { runCli } from '../cli/run-cli.js';
import { type LogLine, recordingLogger } from '../fakes/recording-logger.js';

const LINK = /https?:|\/\/evil|www\.|evil\.example|\]\(/i;
const PING = /@(everyone|here|channel)|<[!@#]/i;
const dataDir = mkdtempSync(join(tmpdir(), 'permabot-stored-'));
const lines: LogLine[] = [];
let app: PermabotApp;

const q = (text: string, key = 'slack:T:C:1'): Incoming => ({
  text,
  platform: 'slack',
  userId: 'U1',
  channelRef: 'slack:T:C:1',
  conversationKey: key,
  isPublic: false,
});
const rows = (sql: string) => {
  const db = new Database(reviewDbPath(dataDir), { readonly: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  app = await createApp(loadConfig({ PERMABOT_DATA_DIR: dataDir }), { logger: recordingLogger(lines) });
}, 60_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('stored user text', () => {
  it('redacts disguised addresses and numbers in every table, conversation turns included, and caps length', async () => {
    const question =
      'my email is jane@exa\u200bmple.com and ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ, phone +1 555 123 4567: does a welded bracelet hurt?';
    const a = await app.assistant.ask(q(question));
    await app.review.feedback(
      a.answerId ?? '',
      'not-helpful',
      { platform: 'slack', id: 'U1', name: 'u' },
      'mail me at ana@studio.example',
    );
    await app.assistant.ask(q(`does a welded bracelet hurt ${'x'.repeat(7000)}`, 'slack:T:C:2'));
    await app.eventJournal.record({ id: 'EvPII', text: question, meta: { channel: 'C' } });
    const stored = [
      ...rows('SELECT question AS t FROM interactions'),
      ...rows('SELECT text AS t FROM conversation_turns'),
      ...rows('SELECT reason AS t FROM feedback WHERE reason IS NOT NULL'),
      ...rows('SELECT payload AS t FROM slack_events'),
    ].map((r) => String(r.t));
    expect(stored.length).toBeGreaterThanOrEqual(5);
    for (const t of stored) {
      expect(t).not.toMatch(/jane|jo@|ｊｏ|ana@|555/);
      expect(t.length).toBeLessThanOrEqual(MAX_STORED_CHARS);
    }
    expect(stored.join(' ')).toContain('[email]');
  });

  it('logs at debug level only a short redacted prefix of the question', async () => {
    const log = recordingLogger(lines);
    const service = new InstrumentedAssistant(app.assistant, new Metrics(), log);
    lines.length = 0;
    await service.ask(q(`call me on +44 20 7946 0958 or jane@example.com ${'does it hurt '.repeat(100)}`, 'k3'));
    const debug = lines.filter((l) => l.level === 'debug' && l.msg === 'question text');
    expect(debug).toHaveLength(1);
    const logged = String(debug[0]?.obj.question);
    expect(logged).not.toMatch(/7946|jane/);
    expect(logged.length).toBeLessThanOrEqual(120);
  });

  it('review purge --older-than removes conversation turns as well as interactions', async () => {
    const old = Date.now() - 10 * 86_400_000;
    const db = new Database(reviewDbPath(dataDir));
    db.prepare("INSERT INTO conversation_turns (conversation, text, at) VALUES ('old', 'an old question', ?)").run(old);
    db.close();
    const r = runCli(dataDir, ['review', 'purge', '--older-than', '5', '--json']);
    expect(r.status).toBe(0);
    expect(r.json()).toMatchObject({ conversationTurns: 1 });
    expect(rows("SELECT * FROM conversation_turns WHERE conversation = 'old'")).toEqual([]);
    expect(rows('SELECT * FROM conversation_turns').length).toBeGreaterThan(0);
  });
});

describe('stored user text with REDACT_PII=false', () => {
  it('keeps addresses and numbers as written in interactions, conversation turns and the Slack event journal', async () => {
    const rawDir = mkdtempSync(join(tmpdir(), 'permabot-stored-raw-'));
    const raw = await createApp(loadConfig({ PERMABOT_DATA_DIR: rawDir, REDACT_PII: 'false' }), {
      logger: recordingLogger([]),
    });
    try {
      const question = 'my number is +1 555 123 4567, does a welded bracelet hurt?';
      await raw.assistant.ask(q(question, 'slack:T:C:raw'));
      await raw.eventJournal.record({ id: 'EvRaw', text: question, meta: { channel: 'C' } });
      const db = new Database(reviewDbPath(rawDir), { readonly: true });
      const one = (sql: string) => String((db.prepare(sql).get() as { t: unknown } | undefined)?.t);
      try {
        expect(one('SELECT question AS t FROM interactions')).toContain('+1 555 123 4567');
        expect(one("SELECT text AS t FROM conversation_turns WHERE conversation = 'slack:T:C:raw'")).toContain(
          '+1 555 123 4567',
        );
        expect(one('SELECT payload AS t FROM slack_events')).toContain('+1 555 123 4567');
      } finally {
        db.close();
      }
    } finally {
      await raw.close();
      rmSync(rawDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('links and pings never reach an answer or a card', () => {
  it('neutralises a moderator correction before it becomes a curated answer, an ask --json answer and a card', async () => {
    const gap = await app.assistant.ask(q('can i go through airport security with a welded anklet', 'k4'));
    const pulled = await app.review.pull(gap.answerId ?? '', { platform: 'cli', id: 'local', name: 'ana' });
    const reviewId = pulled.ok ? pulled.item.id : '';
    const decided: ReviewItem[] = [];
    const off = app.review.onDecided((item) => decided.push(item));
    const evil =
      'Scanners are fine. [Verify your account](https://evil.example/login) 1https://evil.example/x www.evil.example [click](//evil.example) @![](x)everyone <[!here](https://x)>';
    const result = await app.review.decide(
      reviewId,
      'corrected',
      { platform: 'cli', id: 'local', name: 'ana' },
      { text: evil },
    );
    off();
    expect(result.ok).toBe(true);
    const card = JSON.stringify(renderDecidedCard(decided[0] as ReviewItem));
    expect(card).toContain('Scanners are fine.');
    expect(card).not.toMatch(LINK);
    expect(card).not.toMatch(PING);

    const asked = runCli(dataDir, ['ask', '--json', 'can i go through airport security with a welded anklet']);
    expect(asked.status).toBe(0);
    const answer = asked.json() as { text: string; citations: { title: string }[] };
    expect(answer.citations[0]?.title).toBe('Studio-reviewed answer');
    expect(answer.text).toContain('Scanners are fine.');
    expect(answer.text).not.toMatch(LINK);
    expect(answer.text).not.toMatch(PING);
  }, 60_000);
});
