/**
 * Schema migrations of the review store, tracked by `PRAGMA user_version`. Each step runs in its own
 * transaction together with the version bump, so a crash leaves the database at a whole version.
 * Never edit a released step: append a new one.
 */
import type Database from 'better-sqlite3';

/** Version 1: interactions, review items, feedback, curated answers, audit log. */
const V1 = `
CREATE TABLE interactions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created_at TEXT NOT NULL,
  platform TEXT NOT NULL,
  channel_ref TEXT NOT NULL,
  conversation_key TEXT,
  asker_id TEXT NOT NULL,
  question TEXT NOT NULL,
  answer_json TEXT NOT NULL,
  mode TEXT NOT NULL,
  topic TEXT,
  deferred INTEGER NOT NULL,
  urgent INTEGER NOT NULL,
  flagged INTEGER NOT NULL,
  reasons TEXT NOT NULL,
  latency_ms REAL NOT NULL
);
CREATE INDEX interactions_by_created ON interactions (created_at);
CREATE TABLE review_items (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id INTEGER NOT NULL REFERENCES interactions (id),
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'corrected', 'rejected')),
  reasons TEXT NOT NULL,
  held INTEGER NOT NULL DEFAULT 0,
  decided_by TEXT,
  decided_at TEXT,
  note TEXT,
  corrected_text TEXT
);
CREATE INDEX review_items_by_status ON review_items (status, id);
CREATE INDEX review_items_by_answer ON review_items (answer_id, status);
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  answer_id INTEGER NOT NULL REFERENCES interactions (id),
  created_at TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('helpful', 'not-helpful', 'ask-human')),
  actor TEXT NOT NULL,
  reason TEXT,
  review_id INTEGER
);
CREATE INDEX feedback_by_answer ON feedback (answer_id);
CREATE TABLE curated_answers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  review_id INTEGER NOT NULL,
  question TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL,
  retired INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
`;

/**
 * Version 2: how an item entered the queue, who created/retired a curated answer and when, and an
 * append-only audit log enforced by triggers.
 */
const V2 = `
ALTER TABLE review_items ADD COLUMN origin TEXT NOT NULL DEFAULT 'flag';
ALTER TABLE curated_answers ADD COLUMN created_by TEXT;
ALTER TABLE curated_answers ADD COLUMN retired_at TEXT;
ALTER TABLE curated_answers ADD COLUMN retired_by TEXT;
UPDATE curated_answers SET created_by = (SELECT decided_by FROM review_items r WHERE r.id = curated_answers.review_id);
UPDATE review_items SET origin = 'feedback' WHERE reasons = '["reported"]';
CREATE INDEX curated_answers_active ON curated_answers (retired, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

/**
 * Version 3: the Slack event journal (`SqliteEventJournal`): every question event recorded before it is
 * acknowledged, so it is answered exactly once across restarts. `payload` (the redacted question and the ids needed
 * to answer it) and `answer` are cleared when the event is done; the id is kept for the TTL.
 */
const V3 = `
CREATE TABLE slack_events (
  event_id TEXT PRIMARY KEY,
  received_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'answered', 'done')),
  payload TEXT,
  answer TEXT,
  done_at INTEGER
);
CREATE INDEX slack_events_by_received ON slack_events (received_at);
CREATE INDEX slack_events_unfinished ON slack_events (state, received_at);
`;

/** Migration steps; step i brings the schema from version i to i + 1. */
export const MIGRATIONS: readonly string[] = [V1, V2, V3];

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the database to `SCHEMA_VERSION`; refuses a database written by a newer version. Each step re-reads the
 * version inside its write transaction, so two processes opening a fresh file at once do not run a step twice.
 * Returns the number of steps this call ran.
 */
export function migrate(db: Database.Database): number {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  const found = version();
  if (found > SCHEMA_VERSION) {
    throw new Error(`permabot.db has schema version ${found}, newer than this permabot (${SCHEMA_VERSION}); upgrade`);
  }
  let ran = 0;
  const step = db.transaction(() => {
    const v = version();
    const sql = MIGRATIONS[v];
    if (sql === undefined) return false;
    db.exec(sql);
    db.pragma(`user_version = ${v + 1}`);
    ran++;
    return true;
  });
  while (step.immediate()) {}
  return ran;
}
