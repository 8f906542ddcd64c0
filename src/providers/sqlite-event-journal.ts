/**
 * The Slack event journal in SQLite: table `slack_events` of permabot.db (created by the review store's migrations,
 * version 3), on its own connection. A record is committed before the event is acknowledged, with
 * `synchronous=FULL`, so an acknowledged event survives a SIGKILL or a power loss and is answered on the next start.
 * The question is stored like every user text (normalised, redacted unless turned off, capped) and only until the
 * event is done; then only the id is kept, for the TTL. Ids older than the TTL are deleted on every record and by
 * `review purge --older-than`.
 */
import Database from 'better-sqlite3';
import { EVENT_JOURNAL_TTL_MS, type EventJournalOptions } from '../core/event-journal.js';
import type { EventJournal, JournaledEvent, NewJournaledEvent } from '../core/ports.js';
import { storableText } from '../core/review/redact.js';
import type { Answer } from '../core/types.js';
import { migrate } from './review/sqlite-migrations.js';

/** Options of the SQLite journal. */
export interface SqliteEventJournalOptions extends EventJournalOptions {
  /** Redact e-mail addresses and phone numbers like every other table (default true; `REDACT_PII`). */
  redactPii?: boolean;
}

interface Row {
  event_id: string;
  received_at: number;
  payload: string | null;
  answer: string | null;
}

/** SQLite-backed `EventJournal` (one file with the review store and the conversation turns). */
export class SqliteEventJournal implements EventJournal {
  private readonly db: Database.Database;
  private readonly redact: boolean;
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly s;

  constructor(file: string, opts: SqliteEventJournalOptions = {}) {
    this.redact = opts.redactPii ?? true;
    this.ttlMs = opts.ttlMs ?? EVENT_JOURNAL_TTL_MS;
    this.now = opts.now ?? Date.now;
    this.db = new Database(file);
    try {
      this.db.pragma('busy_timeout = 5000');
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      migrate(this.db);
    } catch (err) {
      this.db.close();
      throw err;
    }
    this.s = {
      insert: this.db.prepare<[string, number, string]>(
        `INSERT INTO slack_events (event_id, received_at, state, payload) VALUES (?, ?, 'pending', ?)
         ON CONFLICT (event_id) DO NOTHING`,
      ),
      answer: this.db.prepare<[string, string]>(
        `UPDATE slack_events SET state = 'answered', answer = ? WHERE event_id = ? AND state = 'pending'`,
      ),
      finish: this.db.prepare<[number, string]>(
        `UPDATE slack_events SET state = 'done', done_at = ?, payload = NULL, answer = NULL WHERE event_id = ?`,
      ),
      unfinished: this.db.prepare<[number], Row>(
        `SELECT event_id, received_at, payload, answer FROM slack_events
         WHERE state != 'done' AND received_at >= ? ORDER BY received_at, rowid`,
      ),
      expire: this.db.prepare<[number]>('DELETE FROM slack_events WHERE received_at < ?'),
    };
  }

  async record(event: NewJournaledEvent): Promise<boolean> {
    const now = this.now();
    const payload = JSON.stringify({ text: storableText(event.text, this.redact), meta: event.meta });
    return this.db.transaction(() => {
      this.s.expire.run(now - this.ttlMs);
      return this.s.insert.run(event.id, now, payload).changes === 1;
    })();
  }

  async saveAnswer(id: string, answer: Answer): Promise<void> {
    this.s.answer.run(JSON.stringify(answer), id);
  }

  async finish(id: string): Promise<void> {
    this.s.finish.run(this.now(), id);
  }

  async unfinished(): Promise<JournaledEvent[]> {
    return this.s.unfinished.all(this.now() - this.ttlMs).map((row) => {
      const parsed = row.payload ? (JSON.parse(row.payload) as Partial<NewJournaledEvent>) : {};
      const event: JournaledEvent = {
        id: row.event_id,
        receivedAt: row.received_at,
        text: typeof parsed.text === 'string' ? parsed.text : '',
        meta: parsed.meta && typeof parsed.meta === 'object' ? parsed.meta : {},
      };
      if (row.answer) event.answer = JSON.parse(row.answer) as Answer;
      return event;
    });
  }

  async purge(): Promise<number> {
    return this.s.expire.run(this.now() - this.ttlMs).changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
