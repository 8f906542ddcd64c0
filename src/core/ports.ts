/** The ports adapters and the assistant talk through. Implementations live in src/core/review, src/providers. */
import type { Actor, CuratedAnswer, Decision, DecisionResult, FeedbackKind, ReviewItem } from './review/types.js';
import type { Answer, Incoming } from './types.js';

/** The one entry point every adapter calls. Never throws for expected outcomes (they are fields of Answer). */
export interface AssistantPort {
  ask(incoming: Incoming): Promise<Answer>;
}

/** What the assistant needs from the review core: record every answer, consult curated answers first. */
export interface AnswerLedger {
  /** The moderator-curated answer for the same or a near-identical question, if any. */
  matchCurated(question: string): Promise<{ curated: CuratedAnswer; similarity: number } | null>;
  /** Stores the interaction; queues it when flagged; says whether REVIEW_MODE=hold keeps it back. */
  record(
    incoming: Incoming,
    answer: Answer,
    latencyMs: number,
  ): Promise<{ answerId: string; reviewId?: string; held: boolean }>;
}

/** Review events adapters subscribe to (post a card to the review channel, release a held answer). */
export interface ReviewEvents {
  onQueued(listener: (item: ReviewItem) => void): () => void;
  onDecided(listener: (item: ReviewItem) => void): () => void;
}

/** What moderator and feedback buttons call. */
export interface ReviewActions extends ReviewEvents {
  feedback(answerId: string, kind: FeedbackKind, actor: Actor, reason?: string): Promise<{ reviewId?: string }>;
  decide(
    reviewId: string,
    decision: Decision,
    actor: Actor,
    opts?: { note?: string; text?: string },
  ): Promise<DecisionResult>;
  get(reviewId: string): Promise<ReviewItem | null>;
}

/** A platform event as the journal is given it: the asker's text apart (stored like every user text), the rest ids. */
export interface NewJournaledEvent {
  /** The platform's event id (Slack's `event_id`, the same on every retry). */
  id: string;
  /** What the asker wrote (stored normalised, redacted unless REDACT_PII=false, and capped). */
  text: string;
  /** Everything else needed to answer it later (channel, thread, user and team ids); no user text. */
  meta: Record<string, unknown>;
}

/** A journaled event that was acknowledged but not finished. */
export interface JournaledEvent extends NewJournaledEvent {
  /** When it was first recorded (epoch ms). */
  receivedAt: number;
  /** The answer made for it when the process stopped before posting it (post it; do not ask again). */
  answer?: Answer;
}

/**
 * The events an adapter acknowledged, so each is answered exactly once across restarts: an event is recorded before
 * it is acknowledged, its answer saved before it is posted, and it is finished once posted. Ids are remembered for a
 * TTL (`EVENT_JOURNAL_TTL_MS`), so a duplicate is recognised after a restart too. SQLite in production
 * (`slack_events` in permabot.db), in memory otherwise (`MemoryEventJournal`).
 */
export interface EventJournal {
  /** Records a delivery; false when the id was already recorded (a retry or a replay, in any earlier run too). */
  record(event: NewJournaledEvent): Promise<boolean>;
  /** Keeps the answer made for a recorded event until it is posted. */
  saveAnswer(id: string, answer: Answer): Promise<void>;
  /** The event was answered (or deliberately not): only its id is kept, until the TTL. */
  finish(id: string): Promise<void>;
  /** Events recorded within the TTL and never finished, oldest first. */
  unfinished(): Promise<JournaledEvent[]>;
  /** Forgets ids older than the TTL; returns how many. */
  purge(): Promise<number>;
}
