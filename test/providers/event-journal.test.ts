/** The event journal: the same behaviour in memory and in SQLite; SQLite also across a reopen, redacted and purged. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_JOURNAL_TTL_MS, MemoryEventJournal } from '../../src/core/event-journal.js';
import type { EventJournal } from '../../src/core/ports.js';
import type { Answer } from '../../src/core/types.js';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { SqliteEventJournal } from '../../src/providers/sqlite-event-journal.js';

const dir = mkdtempSync(join(tmpdir(), 'permabot-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => join(dir, `j${++n}.db`);

/** A clock the test moves. */
function clock(start = Date.UTC(2026, 0, 1)) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

const event = (id: string, text = `question ${id}`) => ({ id, text, meta: { channel: 'C1', ts: '1.000001' } });
const answer: Answer = {
  text: 'Welding does not hurt.',
  citations: [{ source: 'pain.md', title: 'Does it hurt?', quote: 'painless' }],
  deferred: false,
  urgent: false,
  flagged: false,
  reasons: [],
  inScope: true,
  topic: 'pain',
  confidence: 0.9,
  mode: 'local',
  answerId: 'a1',
};

const rows = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM slack_events ORDER BY rowid').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

describe.each([
  ['memory', (c: ReturnType<typeof clock>): EventJournal => new MemoryEventJournal({ now: c.now })],
  ['sqlite', (c: ReturnType<typeof clock>): EventJournal => new SqliteEventJournal(freshFile(), { now: c.now })],
])('%s event journal', (_name, make) => {
  it('records an event id once: a second delivery of the same id is a duplicate', async () => {
    const j = make(clock());
    expect(await j.record(event('Ev1'))).toBe(true);
    expect(await j.record(event('Ev1', 'a retry'))).toBe(false);
    expect(await j.record(event('Ev2'))).toBe(true);
  });

  it('lists recorded events until they are finished, oldest first, with a saved answer', async () => {
    const c = clock();
    const j = make(c);
    await j.record(event('Ev1'));
    c.advance(1000);
    await j.record(event('Ev2'));
    await j.saveAnswer('Ev2', answer);
    const open = await j.unfinished();
    expect(open.map((e) => [e.id, e.text, e.answer?.text])).toEqual([
      ['Ev1', 'question Ev1', undefined],
      ['Ev2', 'question Ev2', 'Welding does not hurt.'],
    ]);
    expect(open[0]?.meta).toEqual({ channel: 'C1', ts: '1.000001' });
    await j.finish('Ev1');
    await j.finish('Ev2');
    expect(await j.unfinished()).toEqual([]);
    expect(await j.record(event('Ev1'))).toBe(false); // finished ids are still duplicates
  });

  it('forgets ids after the TTL: purged, no longer unfinished, and a new delivery is fresh', async () => {
    const c = clock();
    const j = make(c);
    await j.record(event('EvOld'));
    c.advance(EVENT_JOURNAL_TTL_MS / 2);
    await j.record(event('EvRecent'));
    c.advance(EVENT_JOURNAL_TTL_MS / 2 + 1);
    expect((await j.unfinished()).map((e) => e.id)).toEqual(['EvRecent']);
    expect(await j.purge()).toBe(1);
    expect(await j.purge()).toBe(0);
    expect(await j.record(event('EvOld'))).toBe(true);
  });
});

describe('SQLite event journal', () => {
  it('keeps pending events and seen ids across a reopen of the same file', async () => {
    const file = freshFile();
    const first = new SqliteEventJournal(file);
    await first.record(event('EvA'));
    await first.record(event('EvB'));
    await first.saveAnswer('EvB', answer);
    await first.record(event('EvC'));
    await first.finish('EvC');
    first.close();
    const second = new SqliteEventJournal(file);
    expect((await second.unfinished()).map((e) => [e.id, e.answer?.answerId])).toEqual([
      ['EvA', undefined],
      ['EvB', 'a1'],
    ]);
    for (const id of ['EvA', 'EvB', 'EvC']) expect(await second.record(event(id))).toBe(false);
    second.close();
  });

  it('stores the question redacted and capped, and only until the event is done', async () => {
    const file = freshFile();
    const j = new SqliteEventJournal(file);
    await j.record(event('EvPII', `mail jane@example.com or call +1 555 123 4567 ${'x'.repeat(9000)}`));
    const [row] = rows(file);
    const payload = String(row?.payload);
    expect(payload).not.toMatch(/jane|555/);
    expect(payload).toContain('[email]');
    expect((JSON.parse(payload) as { text: string }).text.length).toBeLessThanOrEqual(4000);
    await j.saveAnswer('EvPII', answer);
    await j.finish('EvPII');
    expect(rows(file)[0]).toMatchObject({ event_id: 'EvPII', state: 'done', payload: null, answer: null });
    j.close();
  });

  it('keeps the question as written when redaction is off (REDACT_PII=false)', async () => {
    const file = freshFile();
    const j = new SqliteEventJournal(file, { redactPii: false });
    await j.record(event('EvRaw', 'call +1 555 123 4567'));
    expect((await j.unfinished())[0]?.text).toBe('call +1 555 123 4567');
    j.close();
  });

  it('is emptied by review purge --older-than like the other tables that hold user text', async () => {
    const data = join(dir, 'purge');
    const store = SqliteReviewStore.open(data);
    const c = clock(Date.now() - 10 * 86_400_000);
    const j = new SqliteEventJournal(join(data, 'permabot.db'), { now: c.now, ttlMs: 30 * 86_400_000 });
    await j.record(event('EvTenDaysOld'));
    c.advance(9 * 86_400_000);
    await j.record(event('EvOneDayOld'));
    const result = await store.purge(5, { platform: 'cli', id: 'local', name: 'ana' });
    expect(result.slackEvents).toBe(1);
    expect((await j.unfinished()).map((e) => e.id)).toEqual(['EvOneDayOld']);
    j.close();
    await store.close();
  });
});
