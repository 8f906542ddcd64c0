/** The `ReviewStore` port: durable interactions, review queue, feedback, curated answers and the audit log. */
import type { Reason } from '../types.js';
import type {
  Actor,
  CuratedAnswer,
  Decision,
  DecisionResult,
  FeedbackKind,
  InteractionRecord,
  NewInteraction,
  ReviewItem,
  ReviewOrigin,
  ReviewStatus,
} from './types.js';

/** What to queue for an interaction. */
export interface NewReviewItem {
  answerId: string;
  reasons: Reason[];
  held: boolean;
  origin?: ReviewOrigin;
}

/** Result of queueing: `created` is false when a pending item for the answer existed and was merged into. */
export type EnqueueResult = { ok: true; item: ReviewItem; created: boolean } | { ok: false; code: 'not_found' };

/** Which review items to list (newest first). */
export interface ReviewQuery {
  /** Default `all`. */
  status?: ReviewStatus | 'all';
  /** Default 50. */
  limit?: number;
}

/** User feedback on an answer. */
export interface FeedbackRecord {
  id: string;
  answerId: string;
  createdAt: string;
  kind: FeedbackKind;
  actor: Actor;
  reason: string | null;
  /** The review item the feedback queued or merged into (not-helpful, ask-human). */
  reviewId: string | null;
}

/** Feedback input. */
export interface NewFeedback {
  answerId: string;
  kind: FeedbackKind;
  actor: Actor;
  reason?: string;
}

/** Outcome of feedback: `queued` is set for not-helpful and ask-human. */
export type FeedbackResult =
  | { ok: true; feedback: FeedbackRecord; queued: { item: ReviewItem; created: boolean } | null }
  | { ok: false; code: 'not_found' };

/** Outcome of retiring a curated answer (idempotent: retiring twice keeps the first retirement). */
export type RetireResult = { ok: true; curated: CuratedAnswer; changed: boolean } | { ok: false; code: 'not_found' };

/** Moderator actions kept in the append-only audit log. */
export type AuditAction = 'decide' | 'retire' | 'purge' | 'pull';

/** One audit log entry (never updated or deleted). */
export interface AuditEntry {
  id: string;
  at: string;
  actor: Actor;
  action: AuditAction;
  /** The id acted on (review, curated answer, answer) or `*` for purge. */
  target: string;
  detail: Record<string, string | number | boolean | null>;
}

/** A cluster of similar questions the guidance could not answer. */
export interface KnowledgeGap {
  /** The most frequent wording in the cluster. */
  question: string;
  count: number;
  /** Up to three distinct wordings. */
  examples: string[];
  lastAskedAt: string;
}

/** Text similarity in 0..1 used to group knowledge gaps. */
export type Similarity = (a: string, b: string) => number;

/** Options for `stats`. */
export interface StatsOptions {
  /** Default: token Jaccard on content terms. */
  similarity?: Similarity;
  /** Minimum similarity to join a gap cluster; default 0.5. */
  gapThreshold?: number;
  /** Number of gaps returned; default 10. */
  gapLimit?: number;
  /** How many of the newest no-knowledge questions are scanned; default 5000. */
  gapScan?: number;
}

/** Queue and usage statistics. Reason and topic counts are over review items. */
export interface ReviewStats {
  interactions: number;
  reviews: Record<ReviewStatus, number>;
  byReason: Record<string, number>;
  /** Topic `none` counts items without a topic. */
  byTopic: Record<string, number>;
  /** approved / (approved + corrected + rejected); null before any decision. */
  approvalRate: number | null;
  feedback: Record<FeedbackKind, number>;
  gaps: KnowledgeGap[];
}

/** What a purge removed. Pending review items and their interactions are kept; curated answers and the audit log too. */
export interface PurgeResult {
  interactions: number;
  reviews: number;
  feedback: number;
  /** Conversation turns (follow-up memory) older than the cutoff; 0 when the store keeps none. */
  conversationTurns?: number;
  /** Slack event journal entries (`slack_events`) older than the cutoff; 0 when the store keeps none. */
  slackEvents?: number;
}

/** Where following decisions stands: the last seen decision time and review row. */
export interface DecisionCursor {
  at: string;
  n: number;
}

/** Options shared by store implementations. */
export interface ReviewStoreOptions {
  /** Clock (tests). */
  now?: () => Date;
}

/** Durable storage behind the review core. Async so that a networked store (PostgreSQL) can implement it. */
export interface ReviewStore {
  /** Stores one question and answer; when `review` is given, queues it in the same transaction. */
  recordInteraction(
    input: NewInteraction,
    review?: { reasons: Reason[]; held: boolean },
  ): Promise<{ interaction: InteractionRecord; item: ReviewItem | null }>;
  getInteraction(id: string): Promise<InteractionRecord | null>;
  /** Queues an answer; merges reasons into the answer's pending item when there is one. */
  enqueue(input: NewReviewItem): Promise<EnqueueResult>;
  getReview(id: string): Promise<ReviewItem | null>;
  /** Review items, newest first. */
  listReviews(query?: ReviewQuery): Promise<ReviewItem[]>;
  /**
   * Items decided after the cursor (by any process), oldest first; stores other processes cannot write to may
   * leave it out. `changed()` is a cheap "did anyone write since the last call" hint (SQLite `data_version`).
   */
  decidedSince?(cursor: DecisionCursor, limit?: number): Promise<ReviewItem[]>;
  changed?(): boolean;
  /**
   * Decides a pending item; exactly one decision stands (race-safe across processes). Approved and corrected
   * items become curated answers in the same transaction. `corrected` needs `opts.text`.
   */
  decide(
    id: string,
    decision: Decision,
    actor: Actor,
    opts?: { note?: string; text?: string },
  ): Promise<DecisionResult>;
  /** Records feedback; not-helpful and ask-human queue the answer with reason `reported`. */
  addFeedback(input: NewFeedback): Promise<FeedbackResult>;
  /** A moderator pulls any answer into the queue (audited). */
  pull(answerId: string, actor: Actor): Promise<EnqueueResult>;
  /** Active curated answers, newest first (`includeRetired` for all). */
  listCurated(opts?: { includeRetired?: boolean }): Promise<CuratedAnswer[]>;
  getCurated(id: string): Promise<CuratedAnswer | null>;
  retireCurated(id: string, actor: Actor): Promise<RetireResult>;
  /** Audit entries, newest first. */
  listAudit(opts?: { limit?: number; target?: string }): Promise<AuditEntry[]>;
  stats(opts?: StatsOptions): Promise<ReviewStats>;
  /** Deletes interactions older than `olderThanDays` with their decided items and feedback (audited). */
  purge(olderThanDays: number, actor: Actor): Promise<PurgeResult>;
  close(): Promise<void>;
}
