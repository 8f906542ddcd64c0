import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/providers/review/sqlite-migrations.js';
import { reviewDbPath, SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { alice, interaction } from './fixtures/samples.js';

const root = mkdtempSync(join(tmpdir(), 'permabot-migrate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(root, `d${++n}`);

/** The version-1 schema as it shipped, written out by hand (not imported) so the fixture cannot drift. */
const V1_FIXTURE = `
CREATE TABLE interactions (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT NOT NULL, platform TEXT NOT NULL,
  channel_ref TEXT NOT NULL, conversation_key TEXT, asker_id TEXT NOT NULL, question TEXT NOT NULL,
  answer_json TEXT NOT NULL, mode TEXT NOT NULL, topic TEXT, deferred INTEGER NOT NULL, urgent INTEGER NOT NULL,
  flagged INTEGER NOT NULL, reasons TEXT NOT NULL, latency_ms REAL NOT NULL);
CREATE INDEX interactions_by_created ON interactions (created_at);
CREATE TABLE review_items (id INTEGER PRIMARY KEY AUTOINCREMENT, answer_id INTEGER NOT NULL REFERENCES interactions (id),
  created_at TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'corrected', 'rejected')),
  reasons TEXT NOT NULL, held INTEGER NOT NULL DEFAULT 0, decided_by TEXT, decided_at TEXT, note TEXT, corrected_text TEXT);
CREATE INDEX review_items_by_status ON review_items (status, id);
CREATE INDEX review_items_by_answer ON review_items (answer_id, status);
CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, answer_id INTEGER NOT NULL REFERENCES interactions (id),
  created_at TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('helpful', 'not-helpful', 'ask-human')),
  actor TEXT NOT NULL, reason TEXT, review_id INTEGER);
CREATE INDEX feedback_by_answer ON feedback (answer_id);
CREATE TABLE curated_answers (id INTEGER PRIMARY KEY AUTOINCREMENT, review_id INTEGER NOT NULL, question TEXT NOT NULL,
  text TEXT NOT NULL, created_at TEXT NOT NULL, retired INTEGER NOT NULL DEFAULT 0);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  target TEXT NOT NULL, detail TEXT NOT NULL);
PRAGMA user_version = 1;
`;

function writeV1(dir: string): void {
  const db = new Database(join(dir, 'permabot.db'));
  db.exec(V1_FIXTURE);
  const rec = interaction('Can I shower with it?', { reasons: ['low-confidence'], topic: 'cleaning' });
  const insert = db.prepare(`INSERT INTO interactions (created_at, platform, channel_ref, conversation_key, asker_id,
    question, answer_json, mode, topic, deferred, urgent, flagged, reasons, latency_ms)
    VALUES ('2025-01-01T00:00:00.000Z', 'discord', ?, NULL, 'u1', ?, ?, 'local', 'cleaning', 0, 0, 1, ?, 7)`);
  for (const q of ['Can I shower with it?', 'Is gold-filled ok?', 'Where are you located?']) {
    insert.run(rec.channelRef, q, JSON.stringify({ ...rec.answer, text: `answer to ${q}` }), '["low-confidence"]');
  }
  const by = JSON.stringify(alice);
  db.exec(`INSERT INTO review_items (answer_id, created_at, status, reasons, held) VALUES (1, '2025-01-01T00:00:01.000Z', 'pending', '["low-confidence"]', 1);
    INSERT INTO review_items (answer_id, created_at, status, reasons, held, decided_by, decided_at, note)
      VALUES (2, '2025-01-01T00:00:02.000Z', 'approved', '["low-confidence"]', 0, '${by}', '2025-01-02T00:00:00.000Z', 'good');
    INSERT INTO review_items (answer_id, created_at, status, reasons) VALUES (3, '2025-01-01T00:00:03.000Z', 'pending', '["reported"]');
    INSERT INTO curated_answers (review_id, question, text, created_at) VALUES (2, 'Is gold-filled ok?', 'answer to Is gold-filled ok?', '2025-01-02T00:00:00.000Z');
    INSERT INTO feedback (answer_id, created_at, kind, actor, reason, review_id) VALUES (3, '2025-01-01T00:00:03.000Z', 'not-helpful', '${by}', 'vague', 3);
    INSERT INTO audit_log (at, actor, action, target, detail) VALUES ('2025-01-02T00:00:00.000Z', '${by}', 'decide', 'r2', '{"decision":"approved"}');`);
  db.close();
}

const version = (store: SqliteReviewStore) => store.db.pragma('user_version', { simple: true });

describe('SqliteReviewStore migrations', () => {
  it('creates the current schema in an empty data dir, in WAL mode', async () => {
    const dir = freshDir();
    const store = SqliteReviewStore.open(dir);
    expect(version(store)).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(Number(store.db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    const { item } = await store.recordInteraction(interaction(), { reasons: ['medical'], held: false });
    expect(item?.status).toBe('pending');
    await store.close();
    const again = new SqliteReviewStore(reviewDbPath(dir));
    expect(version(again)).toBe(SCHEMA_VERSION);
    expect(await again.getReview(item?.id ?? '')).toEqual(item);
    await again.close();
  });

  it('upgrades a version-1 database with rows: data survives and new columns get sensible values', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeV1(dir);
    const store = SqliteReviewStore.open(dir);
    expect(version(store)).toBe(SCHEMA_VERSION);
    expect(await store.getReview('r1')).toMatchObject({
      status: 'pending',
      held: true,
      origin: 'flag',
      question: 'Can I shower with it?',
    });
    expect(await store.getReview('r2')).toMatchObject({ status: 'approved', decidedBy: alice, note: 'good' });
    expect(await store.getReview('r3')).toMatchObject({ origin: 'feedback', reasons: ['reported'] });
    expect(await store.getCurated('c1')).toMatchObject({
      text: 'answer to Is gold-filled ok?',
      createdBy: alice,
      retired: false,
    });
    expect((await store.stats()).feedback['not-helpful']).toBe(1);
    expect((await store.listAudit()).map((e) => e.action)).toEqual(['decide']);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toContain('slack_events'); // version 3: the Slack event journal
    const decided = await store.decide('r1', 'corrected', alice, { text: 'Yes, pat it dry.' });
    expect(decided.ok && decided.curated?.id).toBe('c2');
    expect(await store.decide('r2', 'rejected', alice)).toMatchObject({ ok: false, code: 'already_decided' });
    await store.close();
  });

  it('makes the audit log append-only', async () => {
    const store = SqliteReviewStore.open(freshDir());
    await store.purge(1, alice);
    expect(() => store.db.exec(`UPDATE audit_log SET target = 'x'`)).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(await store.listAudit()).toHaveLength(1);
    await store.close();
  });

  it('refuses a database written by a newer version, naming both versions', () => {
    const dir = freshDir();
    SqliteReviewStore.open(dir).db.close();
    const db = new Database(reviewDbPath(dir));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => SqliteReviewStore.open(dir)).toThrow(
      `schema version ${SCHEMA_VERSION + 1}, newer than this permabot (${SCHEMA_VERSION})`,
    );
  });
});
