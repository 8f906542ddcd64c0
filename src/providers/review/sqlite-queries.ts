/** Prepared statements of the SQLite review store; callers wrap them in transactions. */
import type Database from 'better-sqlite3';
import type { AuditEntry, NewFeedback } from '../../core/review/store.js';
import type {
  Actor,
  CuratedAnswer,
  Decision,
  InteractionRecord,
  NewInteraction,
  ReviewItem,
  ReviewOrigin,
  ReviewStatus,
} from '../../core/review/types.js';
import type { Reason } from '../../core/types.js';
import {
  actorJson,
  type CuratedRow,
  curatedFromRow,
  type FeedbackRow,
  type InteractionRow,
  type ItemRow,
  interactionFromRow,
  storedItemFromRow,
} from './sqlite-rows.js';
import { itemFrom, mergeReasons } from './store-shared.js';

/** What `enqueue` needs (row ids already resolved). */
export interface EnqueueInput {
  answerN: number;
  reasons: Reason[];
  held: boolean;
  origin: ReviewOrigin;
}

/** Statement helpers over one connection. */
export class SqliteQueries {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      insertInteraction: db.prepare(`INSERT INTO interactions (created_at, platform, channel_ref, conversation_key,
        asker_id, question, answer_json, mode, topic, deferred, urgent, flagged, reasons, latency_ms)
        VALUES (@createdAt, @platform, @channelRef, @conversationKey, @askerId, @question, @answerJson, @mode, @topic,
        @deferred, @urgent, @flagged, @reasons, @latencyMs)`),
      interaction: db.prepare('SELECT * FROM interactions WHERE id = ?'),
      item: db.prepare('SELECT * FROM review_items WHERE id = ?'),
      pendingFor: db.prepare(
        `SELECT * FROM review_items WHERE answer_id = ? AND status = 'pending' ORDER BY id LIMIT 1`,
      ),
      feedbackItemFor: db.prepare(
        `SELECT * FROM review_items WHERE answer_id = ? AND origin = 'feedback' ORDER BY id DESC LIMIT 1`,
      ),
      insertItem: db.prepare(`INSERT INTO review_items (answer_id, created_at, status, reasons, held, origin)
        VALUES (?, ?, 'pending', ?, ?, ?)`),
      mergeItem: db.prepare('UPDATE review_items SET reasons = ?, held = ? WHERE id = ?'),
      decide: db.prepare(`UPDATE review_items SET status = @status, decided_by = @by, decided_at = @at, note = @note,
        corrected_text = @text WHERE id = @id AND status = 'pending'`),
      insertCurated:
        db.prepare(`INSERT INTO curated_answers (review_id, question, text, created_at, retired, created_by)
        VALUES (?, ?, ?, ?, 0, ?)`),
      curated: db.prepare('SELECT * FROM curated_answers WHERE id = ?'),
      retire: db.prepare(
        'UPDATE curated_answers SET retired = 1, retired_at = ?, retired_by = ? WHERE id = ? AND retired = 0',
      ),
      insertFeedback: db.prepare(`INSERT INTO feedback (answer_id, created_at, kind, actor, reason, review_id)
        VALUES (?, ?, ?, ?, ?, ?)`),
      feedback: db.prepare('SELECT * FROM feedback WHERE id = ?'),
      audit: db.prepare('INSERT INTO audit_log (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  insertInteraction(input: NewInteraction, at: string): number {
    const a = input.answer;
    return Number(
      this.s.insertInteraction.run({
        createdAt: at,
        platform: input.platform,
        channelRef: input.channelRef,
        conversationKey: input.conversationKey,
        askerId: input.askerId,
        question: input.question,
        answerJson: JSON.stringify(a),
        mode: a.mode,
        topic: a.topic,
        deferred: a.deferred ? 1 : 0,
        urgent: a.urgent ? 1 : 0,
        flagged: a.flagged ? 1 : 0,
        reasons: JSON.stringify(a.reasons),
        latencyMs: input.latencyMs,
      }).lastInsertRowid,
    );
  }

  interaction(n: number): InteractionRecord | null {
    const row = this.s.interaction.get(n) as InteractionRow | undefined;
    return row ? interactionFromRow(row) : null;
  }

  item(n: number): ReviewItem | null {
    const row = this.s.item.get(n) as ItemRow | undefined;
    const rec = row && this.interaction(row.answer_id);
    return row && rec ? itemFrom(storedItemFromRow(row), rec) : null;
  }

  listItems(status: ReviewStatus | 'all', limit: number): ReviewItem[] {
    const where = status === 'all' ? '' : 'WHERE r.status = @status';
    const rows = this.db
      .prepare(
        `SELECT r.* FROM review_items r JOIN interactions i ON i.id = r.answer_id ${where}
         ORDER BY r.id DESC LIMIT @limit`,
      )
      .all(status === 'all' ? { limit } : { status, limit }) as ItemRow[];
    return rows.flatMap((r) => this.item(r.id) ?? []);
  }

  /** Inserts a pending item, or merges reasons and the held flag into the answer's pending item. */
  enqueue(input: EnqueueInput, at: string): { item: ReviewItem; created: boolean } {
    const pending = this.s.pendingFor.get(input.answerN) as ItemRow | undefined;
    if (pending) {
      const reasons = mergeReasons(JSON.parse(pending.reasons) as Reason[], input.reasons);
      this.s.mergeItem.run(JSON.stringify(reasons), pending.held || input.held ? 1 : 0, pending.id);
      return { item: this.item(pending.id) as ReviewItem, created: false };
    }
    // Feedback reopens a decided answer once: after a moderator decided that report, later ones attach to it.
    const decided =
      input.origin === 'feedback' ? (this.s.feedbackItemFor.get(input.answerN) as ItemRow | undefined) : null;
    if (decided) return { item: this.item(decided.id) as ReviewItem, created: false };
    const reasons = JSON.stringify(mergeReasons([], input.reasons));
    const n = Number(
      this.s.insertItem.run(input.answerN, at, reasons, input.held ? 1 : 0, input.origin).lastInsertRowid,
    );
    return { item: this.item(n) as ReviewItem, created: true };
  }

  /** The race-safe step: true only for the one caller whose update found the item still pending. */
  markDecided(
    n: number,
    status: Decision,
    actor: Actor,
    at: string,
    note: string | null,
    text: string | null,
  ): boolean {
    const by = actorJson(actor);
    return this.s.decide.run({ id: n, status, by, at, note, text: status === 'corrected' ? text : null }).changes === 1;
  }

  insertCurated(reviewN: number, question: string, text: string, actor: Actor, at: string): CuratedAnswer {
    const n = Number(this.s.insertCurated.run(reviewN, question, text, at, actorJson(actor)).lastInsertRowid);
    return this.curated(n) as CuratedAnswer;
  }

  curated(n: number): CuratedAnswer | null {
    const row = this.s.curated.get(n) as CuratedRow | undefined;
    return row ? curatedFromRow(row) : null;
  }

  retireCurated(n: number, actor: Actor, at: string): boolean {
    return this.s.retire.run(at, actorJson(actor), n).changes === 1;
  }

  insertFeedback(answerN: number, input: NewFeedback, reviewN: number | null, at: string): number {
    const actor = actorJson(input.actor);
    return Number(
      this.s.insertFeedback.run(answerN, at, input.kind, actor, input.reason ?? null, reviewN).lastInsertRowid,
    );
  }

  feedbackRow(n: number): FeedbackRow {
    return this.s.feedback.get(n) as FeedbackRow;
  }

  audit(actor: Actor, action: AuditEntry['action'], target: string, detail: AuditEntry['detail'], at: string): void {
    this.s.audit.run(at, actorJson(actor), action, target, JSON.stringify(detail));
  }
}
