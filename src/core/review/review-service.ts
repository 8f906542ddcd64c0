/** The review core: records every answer, applies REVIEW_MODE, serves curated answers, runs moderator decisions. */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { type Logger, silentLogger } from '../logger.js';
import type { AnswerLedger, ReviewActions } from '../ports.js';
import { neutralizeOutput } from '../safety/sanitize.js';
import type { Answer, Incoming } from '../types.js';
import { type CuratedMatch, CuratedMatcher } from './curated-matcher.js';
import { DecisionFollower } from './decision-follower.js';
import { SafeListeners } from './listeners.js';
import { capStored, redactPii, storableText } from './redact.js';
import type {
  AuditEntry,
  EnqueueResult,
  PurgeResult,
  RetireResult,
  ReviewQuery,
  ReviewStats,
  ReviewStore,
  StatsOptions,
} from './store.js';
import type {
  Actor,
  CuratedAnswer,
  Decision,
  DecisionResult,
  FeedbackKind,
  InteractionRecord,
  ReviewItem,
} from './types.js';

/** `post`: answers are posted and reviewed afterwards; `hold`: flagged answers in public channels wait for a moderator. */
export type ReviewMode = 'post' | 'hold';

/** What the service is built from. */
export interface ReviewServiceOptions {
  store: ReviewStore;
  /** Default `post`. */
  mode?: ReviewMode;
  /** The same embeddings the retriever uses. */
  embeddings: EmbeddingsInterface;
  /** Minimum cosine similarity for a curated answer to match; default 0.92. */
  curatedThreshold?: number;
  /** Redact e-mail addresses and phone numbers before storing; default true. */
  redactPii?: boolean;
  logger?: Logger;
}

/** True when an answer must be held back: hold mode, flagged, public channel, and never when urgent. */
export function shouldHold(mode: ReviewMode, incoming: Pick<Incoming, 'isPublic'>, answer: Answer): boolean {
  return mode === 'hold' && answer.flagged && incoming.isPublic && !answer.urgent;
}

/** An item as cards show it: the asker's question and every text neutralised (no pings, no links). */
export function displayable(item: ReviewItem): ReviewItem {
  const clean = (t: string | null) => (t === null ? null : neutralizeOutput(t));
  return {
    ...item,
    question: neutralizeOutput(item.question),
    answerText: neutralizeOutput(item.answerText),
    note: clean(item.note),
    correctedText: clean(item.correctedText),
  };
}

/** Implements the ledger the assistant writes to and the actions moderator/feedback buttons call. */
export class ReviewService implements AnswerLedger, ReviewActions {
  readonly mode: ReviewMode;
  private readonly store: ReviewStore;
  private readonly matcher: CuratedMatcher;
  private readonly redact: (text: string) => string;
  private readonly redactOn: boolean;
  private readonly log: Logger;
  private readonly queued: SafeListeners<ReviewItem>;
  private readonly decided: SafeListeners<ReviewItem>;
  private readonly follower: DecisionFollower;

  constructor(opts: ReviewServiceOptions) {
    this.store = opts.store;
    this.mode = opts.mode ?? 'post';
    this.matcher = new CuratedMatcher(opts.embeddings, opts.curatedThreshold ?? 0.92);
    this.redactOn = opts.redactPii !== false;
    this.redact = this.redactOn ? redactPii : (t) => t;
    this.log = (opts.logger ?? silentLogger).child({ module: 'review' });
    this.queued = new SafeListeners('queued', this.log);
    this.decided = new SafeListeners('decided', this.log);
    this.follower = new DecisionFollower(this.store, (item) => this.decided.emit(displayable(item)), this.log);
  }

  /** Stores the interaction (redacted); queues it when flagged; holds it when the mode says so. */
  async record(incoming: Incoming, answer: Answer, latencyMs: number) {
    const held = shouldHold(this.mode, incoming, answer);
    const stored: Answer = { ...answer, text: this.redact(answer.text), ...(held ? { held } : {}) };
    const { interaction, item } = await this.store.recordInteraction(
      {
        platform: incoming.platform,
        channelRef: incoming.channelRef,
        conversationKey: incoming.conversationKey ?? null,
        askerId: incoming.userId,
        question: storableText(incoming.text, this.redactOn),
        answer: stored,
        latencyMs,
      },
      answer.flagged ? { reasons: answer.reasons, held } : undefined,
    );
    this.log.info({ answerId: interaction.id, reviewId: item?.id, reasons: answer.reasons, held }, 'answer recorded');
    if (item) this.queued.emit(displayable(item));
    return item ? { answerId: interaction.id, reviewId: item.id, held } : { answerId: interaction.id, held };
  }

  /** The active curated answer most similar to the question, at or above the threshold; null on any failure. */
  async matchCurated(question: string): Promise<CuratedMatch | null> {
    try {
      return await this.matcher.match(this.redact(question), await this.store.listCurated());
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'curated lookup failed');
      return null;
    }
  }

  /** Records user feedback; not-helpful and ask-human queue the answer (reason `reported`). */
  async feedback(answerId: string, kind: FeedbackKind, actor: Actor, reason?: string) {
    const result = await this.store.addFeedback({
      answerId,
      kind,
      actor,
      ...(reason?.trim() ? { reason: storableText(reason.trim(), this.redactOn) } : {}),
    });
    if (!result.ok) return { ok: false as const };
    if (result.queued?.created) this.queued.emit(displayable(result.queued.item));
    return result.queued ? { ok: true as const, reviewId: result.queued.item.id } : { ok: true as const };
  }

  /** Decides an item; exactly one decision stands. Approved/corrected items become curated answers. */
  async decide(
    reviewId: string,
    decision: Decision,
    actor: Actor,
    opts: { note?: string; text?: string } = {},
  ): Promise<DecisionResult> {
    // A correction becomes a curated answer and a card: no pings, no links, bounded like any stored text.
    const result = await this.store.decide(reviewId, decision, actor, {
      ...(opts.note === undefined ? {} : { note: capStored(neutralizeOutput(opts.note)) }),
      ...(opts.text === undefined ? {} : { text: capStored(neutralizeOutput(opts.text)) }),
    });
    if (result.ok) {
      this.log.info(
        { reviewId, decision, by: `${actor.platform}:${actor.id}`, curatedId: result.curated?.id },
        'decided',
      );
      this.follower.decidedHere(result.item.id);
      this.decided.emit(displayable(result.item));
    }
    return result;
  }

  /** A moderator pulls any answer into the queue. */
  async pull(answerId: string, actor: Actor): Promise<EnqueueResult> {
    const result = await this.store.pull(answerId, actor);
    if (result.ok && result.created) this.queued.emit(displayable(result.item));
    return result;
  }

  /** Retires a curated answer: it stops matching at once. */
  async retireCurated(curatedId: string, actor: Actor): Promise<RetireResult> {
    const result = await this.store.retireCurated(curatedId, actor);
    if (result.ok) this.matcher.forget(result.curated.id);
    return result;
  }

  get(reviewId: string): Promise<ReviewItem | null> {
    return this.store.getReview(reviewId);
  }

  list(query?: ReviewQuery): Promise<ReviewItem[]> {
    return this.store.listReviews(query);
  }

  interaction(answerId: string): Promise<InteractionRecord | null> {
    return this.store.getInteraction(answerId);
  }

  listCurated(opts?: { includeRetired?: boolean }): Promise<CuratedAnswer[]> {
    return this.store.listCurated(opts);
  }

  audit(opts?: { limit?: number; target?: string }): Promise<AuditEntry[]> {
    return this.store.listAudit(opts);
  }

  stats(opts?: StatsOptions): Promise<ReviewStats> {
    return this.store.stats(opts);
  }

  purge(olderThanDays: number, actor: Actor): Promise<PurgeResult> {
    return this.store.purge(olderThanDays, actor);
  }

  /** Subscribes to newly queued items (post a card to the review channel). */
  onQueued(listener: (item: ReviewItem) => void): () => void {
    return this.queued.add(listener);
  }

  /**
   * Subscribes to decisions (update the card, release a held answer), from this process and — while anyone is
   * subscribed — from every other process writing the same store.
   */
  onDecided(listener: (item: ReviewItem) => void): () => void {
    const off = this.decided.add(listener);
    this.follower.start();
    return () => {
      off();
      if (this.decided.size === 0) this.follower.stop();
    };
  }

  /** Looks for decisions made by other processes now (the follower also does so every second). */
  pollDecisions(): Promise<void> {
    return this.follower.poll();
  }
}
