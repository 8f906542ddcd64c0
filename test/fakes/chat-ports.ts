/** In-memory fakes of the ports every chat adapter uses: an assistant and the review actions (platform-neutral). */
import type { AssistantPort, ReviewActions } from '../../src/core/ports.js';
import type { Actor, Decision, DecisionResult, FeedbackKind, ReviewItem } from '../../src/core/review/types.js';
import type { Answer, Incoming, Reason } from '../../src/core/types.js';

type Listener = (item: ReviewItem) => void;

/** One recorded feedback click. */
export interface FeedbackRecord {
  answerId: string;
  kind: FeedbackKind;
  actor: Actor;
  reason?: string;
}

/** Review actions in memory: queue, feedback, exactly-one decision, listeners; `hold` mode like REVIEW_MODE=hold. */
export class FakeReviewActions implements ReviewActions {
  readonly items = new Map<string, ReviewItem>();
  readonly feedbackLog: FeedbackRecord[] = [];
  /** Methods that throw (a store outage). */
  readonly failing = new Set<'decide' | 'feedback'>();
  private readonly interactions = new Map<string, { incoming: Incoming; answer: Answer }>();
  private readonly queued = new Set<Listener>();
  private readonly decided = new Set<Listener>();
  private seq = 0;

  constructor(readonly mode: 'post' | 'hold' = 'post') {}

  /** What the assistant's ledger does: store the answer; queue it when flagged; hold it in public channels. */
  record(incoming: Incoming, answer: Answer): { answerId: string; reviewId?: string; held: boolean } {
    const answerId = `ans-${++this.seq}`;
    this.interactions.set(answerId, { incoming, answer });
    if (!answer.flagged) return { answerId, held: false };
    const held = this.mode === 'hold' && incoming.isPublic && !answer.urgent;
    const item = this.enqueue({
      answerId,
      incoming,
      answerText: answer.text,
      reasons: answer.reasons,
      held,
      citations: answer.citations,
    });
    return { answerId, reviewId: item.id, held };
  }

  /** Queues an item as another platform would (e.g. an "Ask a human" from Discord). */
  enqueue(opts: {
    answerId?: string;
    incoming: Pick<Incoming, 'text' | 'platform' | 'channelRef'>;
    answerText: string;
    reasons: Reason[];
    held?: boolean;
    origin?: ReviewItem['origin'];
    citations?: ReviewItem['citations'];
  }): ReviewItem {
    const item: ReviewItem = {
      id: `rev-${++this.seq}`,
      answerId: opts.answerId ?? `ans-${++this.seq}`,
      createdAt: new Date().toISOString(),
      status: 'pending',
      reasons: opts.reasons,
      topic: null,
      question: opts.incoming.text,
      answerText: opts.answerText,
      citations: opts.citations ?? [],
      platform: opts.incoming.platform,
      channelRef: opts.incoming.channelRef,
      held: opts.held ?? false,
      decidedBy: null,
      decidedAt: null,
      note: null,
      correctedText: null,
      origin: opts.origin ?? 'flag',
    };
    this.items.set(item.id, item);
    for (const l of this.queued) l(item);
    return item;
  }

  async feedback(answerId: string, kind: FeedbackKind, actor: Actor, reason?: string) {
    if (this.failing.has('feedback')) throw new Error('review store unavailable');
    this.feedbackLog.push({ answerId, kind, actor, ...(reason ? { reason } : {}) });
    const stored = this.interactions.get(answerId);
    if (kind === 'helpful' || !stored) return {};
    const existing = [...this.items.values()].find((i) => i.answerId === answerId);
    if (existing) return { reviewId: existing.id };
    const item = this.enqueue({
      answerId,
      incoming: stored.incoming,
      answerText: stored.answer.text,
      citations: stored.answer.citations,
      reasons: ['reported'],
      origin: 'feedback',
    });
    return { reviewId: item.id };
  }

  async decide(
    reviewId: string,
    decision: Decision,
    actor: Actor,
    opts: { note?: string; text?: string } = {},
  ): Promise<DecisionResult> {
    if (this.failing.has('decide')) throw new Error('review store unavailable');
    const item = this.items.get(reviewId);
    if (!item) return { ok: false, code: 'not_found' };
    if (item.status !== 'pending') return { ok: false, code: 'already_decided', item };
    if (decision === 'corrected' && !opts.text?.trim()) return { ok: false, code: 'text_required' };
    const next: ReviewItem = {
      ...item,
      status: decision,
      decidedBy: actor,
      decidedAt: new Date().toISOString(),
      note: opts.note ?? null,
      correctedText: decision === 'corrected' ? (opts.text ?? null) : null,
    };
    this.items.set(reviewId, next);
    for (const l of this.decided) l(next);
    return { ok: true, item: next };
  }

  async get(reviewId: string) {
    return this.items.get(reviewId) ?? null;
  }

  onQueued(listener: Listener) {
    this.queued.add(listener);
    return () => void this.queued.delete(listener);
  }

  onDecided(listener: Listener) {
    this.decided.add(listener);
    return () => void this.decided.delete(listener);
  }
}

/** Options of the fake assistant. */
export interface FakeAssistantOptions {
  review?: FakeReviewActions;
  /** Artificial latency per question (ms). */
  delayMs?: number;
}

/** The ask-back questions the fake offers for `[suggest]` (the third is longer than any button label). */
export const FAKE_SUGGESTIONS = [
  'How long does a microdermal take to heal?',
  'Does welding hurt?',
  'What should I do if my welded chain bracelet catches on clothing, a seatbelt or a bag strap and the jump ring opens?',
];

/**
 * Answers built from the question. Markers in the question: `[defer]` (medical deferral), `[urgent]`, `[flag]`
 * (queued for review), `[suggest]` (an ask-back with `FAKE_SUGGESTIONS`). `failOn(text)` makes questions
 * containing `text` throw, `hangOn(text)` never answer them. Records every Incoming.
 */
export class FakeAssistant implements AssistantPort {
  readonly asked: Incoming[] = [];
  private readonly failures = new Set<string>();
  private readonly hangs = new Set<string>();
  private seq = 0;

  constructor(private readonly opts: FakeAssistantOptions = {}) {}

  failOn(text: string): void {
    this.failures.add(text);
  }

  /** Questions containing `text` are never answered (a process stopped or killed while answering). */
  hangOn(text: string): void {
    this.hangs.add(text);
  }

  async ask(incoming: Incoming): Promise<Answer> {
    this.asked.push(incoming);
    if (this.opts.delayMs) await new Promise((r) => setTimeout(r, this.opts.delayMs));
    for (const f of this.failures) if (incoming.text.includes(f)) throw new Error(`assistant failed on "${f}"`);
    for (const h of this.hangs) if (incoming.text.includes(h)) await new Promise<never>(() => {});
    const q = incoming.text;
    const urgent = q.includes('[urgent]');
    const deferred = urgent || q.includes('[defer]');
    const flagged = deferred || q.includes('[flag]');
    const reasons: Reason[] = urgent ? ['urgent'] : deferred ? ['medical'] : flagged ? ['low-confidence'] : [];
    const answer: Answer = {
      text: `You asked: ${q}\n\n**Welded chains** heal instantly; microdermals take 1-3 months.`,
      citations: [
        { source: 'healing-times.md', title: 'Healing times', quote: 'take 1-3 months' },
        { source: 'aftercare.md', title: 'Aftercare <basics>', quote: 'clean' },
      ],
      deferred,
      urgent,
      flagged,
      reasons,
      inScope: true,
      topic: 'healing',
      confidence: flagged ? 0.3 : 0.8,
      mode: 'local',
    };
    if (q.includes('[suggest]')) {
      answer.text = `I'm not sure which of these you mean:\n\n${FAKE_SUGGESTIONS.map((s) => `- ${s}`).join('\n')}`;
      answer.suggestions = [...FAKE_SUGGESTIONS];
    }
    if (!this.opts.review) return { ...answer, answerId: `ans-${++this.seq}` };
    const rec = this.opts.review.record(incoming, answer);
    const base = { ...answer, answerId: rec.answerId, ...(rec.reviewId ? { reviewId: rec.reviewId } : {}) };
    if (!rec.held) return base;
    return { ...base, held: true, text: 'A moderator will check this answer and reply here shortly.' };
  }
}
