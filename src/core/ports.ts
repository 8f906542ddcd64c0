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
