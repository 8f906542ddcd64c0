/** Review-queue records: the durable audit of every answer and every moderator decision. */
import type { Answer, Citation, Platform, Reason, Topic } from '../types.js';

/** Who made a decision. The terminal is the local admin (`{platform: 'cli', id: 'local', name}`). */
export interface Actor {
  platform: Platform;
  id: string;
  name: string;
}

export type ReviewStatus = 'pending' | 'approved' | 'corrected' | 'rejected';
export type Decision = Exclude<ReviewStatus, 'pending'>;
export type FeedbackKind = 'helpful' | 'not-helpful' | 'ask-human';

/** One question and the answer given, as stored (the audit record). */
export interface InteractionRecord {
  id: string;
  createdAt: string;
  platform: Platform;
  channelRef: string;
  conversationKey: string | null;
  askerId: string;
  question: string;
  answer: Answer;
  latencyMs: number;
}

/** What the assistant hands the store for each answer. */
export type NewInteraction = Omit<InteractionRecord, 'id' | 'createdAt'>;

/** An item in the moderator queue. */
export interface ReviewItem {
  id: string;
  answerId: string;
  createdAt: string;
  status: ReviewStatus;
  reasons: Reason[];
  topic: Topic | null;
  question: string;
  answerText: string;
  /** The sources the answer cited (shown on review cards). */
  citations?: Citation[];
  platform: Platform;
  channelRef: string;
  /** True when the answer was held back (REVIEW_MODE=hold) and waits for release. */
  held: boolean;
  decidedBy: Actor | null;
  decidedAt: string | null;
  note: string | null;
  correctedText: string | null;
  /** How the item entered the queue: flagged by the assistant, user feedback, or pulled in by a moderator. */
  origin?: ReviewOrigin;
}

/** How a review item entered the queue. */
export type ReviewOrigin = 'flag' | 'feedback' | 'pull';

/** A moderator-approved answer consulted first for the same or a near-identical question. */
export interface CuratedAnswer {
  id: string;
  reviewId: string;
  question: string;
  text: string;
  createdAt: string;
  retired: boolean;
  /** Who decided the review item the answer came from. */
  createdBy?: Actor | null;
  retiredAt?: string | null;
  retiredBy?: Actor | null;
}

/** Outcome of a decision: exactly one decision stands per item. */
export type DecisionResult =
  | { ok: true; item: ReviewItem; curated?: CuratedAnswer }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'already_decided'; item: ReviewItem }
  | { ok: false; code: 'text_required' };
