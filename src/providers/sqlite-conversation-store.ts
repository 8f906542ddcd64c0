/** Conversation turns in SQLite (the same permabot.db), so a restart does not forget an open thread. */
import Database from 'better-sqlite3';
import { parseTurnState, type Turn, turnState } from '../core/conversation/context.js';
import type { ConversationStore } from '../core/conversation/store.js';
import { storableText } from '../core/review/redact.js';

/** Turns older than this are deleted on the next append (follow-ups only look back 30 minutes by default). */
export const CONVERSATION_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Options of the conversation store. */
export interface SqliteConversationStoreOptions {
  /** Redact e-mail addresses and phone numbers like every other table (default true). */
  redactPii?: boolean;
  /** Default `CONVERSATION_RETENTION_MS`. */
  retentionMs?: number;
}

/**
 * SQLite-backed conversation memory; one row per turn, trimmed to the newest `keep` per key. Turn text is stored
 * like every user text (normalised, redacted, capped) and expires after the retention.
 */
export class SqliteConversationStore implements ConversationStore {
  private readonly db: Database.Database;
  private readonly selectStmt: Database.Statement<
    [string],
    { text: string; kind: string | null; topic: string | null; at: number; state: string | null }
  >;
  private readonly insertStmt: Database.Statement<
    [string, string, string | null, string | null, number, string | null]
  >;
  private readonly trimStmt: Database.Statement<[string, string, number]>;
  private readonly expireStmt: Database.Statement<[number]>;
  private readonly redact: boolean;
  private readonly retentionMs: number;

  constructor(file: string, opts: SqliteConversationStoreOptions = {}) {
    this.redact = opts.redactPii ?? true;
    this.retentionMs = opts.retentionMs ?? CONVERSATION_RETENTION_MS;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(`CREATE TABLE IF NOT EXISTS conversation_turns (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      conversation TEXT NOT NULL,
      text TEXT NOT NULL,
      kind TEXT,
      topic TEXT,
      at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS conversation_turns_by_key ON conversation_turns (conversation, id);
    CREATE INDEX IF NOT EXISTS conversation_turns_by_at ON conversation_turns (at);`);
    // v2: the turn's remembered state (triage verdict and jewelry kind of a symptom, reset marks) as JSON.
    const columns = this.db.prepare('PRAGMA table_info(conversation_turns)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'state')) this.db.exec('ALTER TABLE conversation_turns ADD COLUMN state TEXT');
    this.expireStmt = this.db.prepare('DELETE FROM conversation_turns WHERE at < ?');
    this.selectStmt = this.db.prepare(
      'SELECT text, kind, topic, at, state FROM conversation_turns WHERE conversation = ? ORDER BY id',
    );
    this.insertStmt = this.db.prepare(
      'INSERT INTO conversation_turns (conversation, text, kind, topic, at, state) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.trimStmt = this.db.prepare(
      'DELETE FROM conversation_turns WHERE conversation = ? AND id NOT IN (SELECT id FROM conversation_turns WHERE conversation = ? ORDER BY id DESC LIMIT ?)',
    );
  }

  async load(key: string): Promise<Turn[]> {
    return this.selectStmt.all(key).map((r) => ({
      text: r.text,
      kind: r.kind as Turn['kind'],
      topic: r.topic as Turn['topic'],
      at: r.at,
      ...parseTurnState(r.state),
    }));
  }

  async append(key: string, turn: Turn, keep: number): Promise<void> {
    this.db.transaction(() => {
      this.insertStmt.run(key, storableText(turn.text, this.redact), turn.kind, turn.topic, turn.at, turnState(turn));
      this.trimStmt.run(key, key, keep);
      this.expireStmt.run(turn.at - this.retentionMs);
    })();
  }

  /** Removes conversations whose newest turn is older than `before` (epoch ms). */
  purge(before: number): number {
    return this.expireStmt.run(before).changes;
  }

  close(): void {
    this.db.close();
  }
}
