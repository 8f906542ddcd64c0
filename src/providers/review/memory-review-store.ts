/** In-memory `ReviewStore` (tests, library use, no data dir). Same semantics as the SQLite store. */
import { formatId, parseId } from '../../core/review/ids.js';
import type {
  AuditEntry,
  EnqueueResult,
  FeedbackRecord,
  FeedbackResult,
  NewFeedback,
  NewReviewItem,
  PurgeResult,
  RetireResult,
  ReviewQuery,
  ReviewStats,
  ReviewStore,
  ReviewStoreOptions,
  StatsOptions,
} from '../../core/review/store.js';
import type {
  Actor,
  CuratedAnswer,
  Decision,
  DecisionResult,
  InteractionRecord,
  NewInteraction,
  ReviewItem,
} from '../../core/review/types.js';
import type { Reason } from '../../core/types.js';
import { countBy, DAY_MS, emptyStats, finishStats, itemFrom, mergeReasons, type StoredItem } from './store-shared.js';

/** Keeps everything in Maps; returns copies so callers cannot mutate stored records. */
export class MemoryReviewStore implements ReviewStore {
  private readonly now: () => Date;
  private readonly interactions = new Map<number, InteractionRecord>();
  private readonly items = new Map<number, StoredItem>();
  private readonly feedback: FeedbackRecord[] = [];
  private readonly curated = new Map<number, CuratedAnswer>();
  private readonly audit: AuditEntry[] = [];
  private seq = { answer: 0, review: 0, curated: 0, feedback: 0, audit: 0 };

  constructor(opts: ReviewStoreOptions = {}) {
    this.now = opts.now ?? (() => new Date());
  }

  async recordInteraction(input: NewInteraction, review?: { reasons: Reason[]; held: boolean }) {
    const n = ++this.seq.answer;
    const interaction: InteractionRecord = {
      ...structuredClone(input),
      id: formatId('answer', n),
      createdAt: this.iso(),
    };
    this.interactions.set(n, interaction);
    const item = review ? this.enqueueSync({ answerId: interaction.id, ...review, origin: 'flag' }) : null;
    return { interaction: structuredClone(interaction), item: item?.ok ? item.item : null };
  }

  async getInteraction(id: string) {
    const rec = this.interactions.get(parseId('answer', id) ?? -1);
    return rec ? structuredClone(rec) : null;
  }

  async enqueue(input: NewReviewItem): Promise<EnqueueResult> {
    return this.enqueueSync(input);
  }

  async getReview(id: string) {
    return this.view(parseId('review', id) ?? -1);
  }

  async listReviews(query: ReviewQuery = {}): Promise<ReviewItem[]> {
    const status = query.status ?? 'all';
    return [...this.items.values()]
      .filter((s) => status === 'all' || s.status === status)
      .sort((a, b) => b.n - a.n)
      .slice(0, query.limit ?? 50)
      .flatMap((s) => this.view(s.n) ?? []);
  }

  async decide(
    id: string,
    decision: Decision,
    actor: Actor,
    opts: { note?: string; text?: string } = {},
  ): Promise<DecisionResult> {
    const text = opts.text?.trim();
    if (decision === 'corrected' && !text) return { ok: false, code: 'text_required' };
    const n = parseId('review', id) ?? -1;
    const stored = this.items.get(n);
    if (!stored) return { ok: false, code: 'not_found' };
    if (stored.status !== 'pending') return { ok: false, code: 'already_decided', item: this.view(n) as ReviewItem };
    const at = this.iso();
    Object.assign(stored, { status: decision, decidedBy: { ...actor }, decidedAt: at, note: opts.note ?? null });
    if (decision === 'corrected') stored.correctedText = text ?? null;
    const item = this.view(n) as ReviewItem;
    let curated: CuratedAnswer | undefined;
    if (decision !== 'rejected') {
      const c = ++this.seq.curated;
      curated = {
        id: formatId('curated', c),
        reviewId: item.id,
        question: item.question,
        text: decision === 'corrected' ? (text ?? '') : item.answerText,
        createdAt: at,
        retired: false,
        createdBy: { ...actor },
        retiredAt: null,
        retiredBy: null,
      };
      this.curated.set(c, curated);
    }
    this.log(actor, 'decide', item.id, { decision, note: opts.note ?? null, curatedId: curated?.id ?? null });
    return curated ? { ok: true, item, curated: structuredClone(curated) } : { ok: true, item };
  }

  async addFeedback(input: NewFeedback): Promise<FeedbackResult> {
    const answerN = parseId('answer', input.answerId) ?? -1;
    if (!this.interactions.has(answerN)) return { ok: false, code: 'not_found' };
    const queue = input.kind !== 'helpful';
    const q = queue
      ? this.enqueueSync({ answerId: input.answerId, reasons: ['reported'], held: false, origin: 'feedback' })
      : null;
    const queued = q?.ok ? { item: q.item, created: q.created } : null;
    const feedback: FeedbackRecord = {
      id: formatId('feedback', ++this.seq.feedback),
      answerId: formatId('answer', answerN),
      createdAt: this.iso(),
      kind: input.kind,
      actor: { ...input.actor },
      reason: input.reason ?? null,
      reviewId: queued?.item.id ?? null,
    };
    this.feedback.push(feedback);
    return { ok: true, feedback: structuredClone(feedback), queued };
  }

  async pull(answerId: string, actor: Actor): Promise<EnqueueResult> {
    const rec = this.interactions.get(parseId('answer', answerId) ?? -1);
    if (!rec) return { ok: false, code: 'not_found' };
    const result = this.enqueueSync({ answerId: rec.id, reasons: rec.answer.reasons, held: false, origin: 'pull' });
    if (result.ok) this.log(actor, 'pull', rec.id, { reviewId: result.item.id, created: result.created });
    return result;
  }

  async listCurated(opts: { includeRetired?: boolean } = {}) {
    return [...this.curated.entries()]
      .filter(([, c]) => opts.includeRetired || !c.retired)
      .sort((a, b) => b[0] - a[0])
      .map(([, c]) => structuredClone(c));
  }

  async getCurated(id: string) {
    const c = this.curated.get(parseId('curated', id) ?? -1);
    return c ? structuredClone(c) : null;
  }

  async retireCurated(id: string, actor: Actor): Promise<RetireResult> {
    const c = this.curated.get(parseId('curated', id) ?? -1);
    if (!c) return { ok: false, code: 'not_found' };
    const changed = !c.retired;
    if (changed) {
      Object.assign(c, { retired: true, retiredAt: this.iso(), retiredBy: { ...actor } });
      this.log(actor, 'retire', c.id, {});
    }
    return { ok: true, curated: structuredClone(c), changed };
  }

  async listAudit(opts: { limit?: number; target?: string } = {}) {
    return this.audit
      .filter((e) => !opts.target || e.target === opts.target)
      .reverse()
      .slice(0, opts.limit ?? 100)
      .map((e) => structuredClone(e));
  }

  async stats(opts: StatsOptions = {}): Promise<ReviewStats> {
    const stats = emptyStats();
    stats.interactions = this.interactions.size;
    for (const s of this.items.values()) {
      stats.reviews[s.status]++;
      for (const r of s.reasons) countBy(stats.byReason, r);
      countBy(stats.byTopic, this.interactions.get(s.answerN)?.answer.topic ?? 'none');
    }
    for (const f of this.feedback) stats.feedback[f.kind]++;
    const unanswered = [...this.interactions.entries()]
      .filter(([, i]) => i.answer.reasons.includes('no-knowledge'))
      .sort((a, b) => b[0] - a[0])
      .slice(0, opts.gapScan ?? 5000)
      .map(([, i]) => ({ question: i.question, createdAt: i.createdAt }));
    return finishStats(stats, unanswered, opts);
  }

  async purge(olderThanDays: number, actor: Actor): Promise<PurgeResult> {
    const cutoff = new Date(this.now().getTime() - olderThanDays * DAY_MS).toISOString();
    const keep = new Set([...this.items.values()].filter((s) => s.status === 'pending').map((s) => s.answerN));
    const doomed = new Set(
      [...this.interactions.entries()].filter(([n, i]) => i.createdAt < cutoff && !keep.has(n)).map(([n]) => n),
    );
    const result: PurgeResult = {
      interactions: doomed.size,
      reviews: 0,
      feedback: 0,
      conversationTurns: 0,
      slackEvents: 0,
    };
    for (const [n, s] of this.items) if (doomed.has(s.answerN) && this.items.delete(n)) result.reviews++;
    for (let i = this.feedback.length - 1; i >= 0; i--) {
      if (doomed.has(parseId('answer', this.feedback[i]?.answerId ?? '') ?? -1)) {
        this.feedback.splice(i, 1);
        result.feedback++;
      }
    }
    for (const n of doomed) this.interactions.delete(n);
    this.log(actor, 'purge', '*', { olderThanDays, ...result });
    return result;
  }

  async close(): Promise<void> {}

  private enqueueSync(input: NewReviewItem): EnqueueResult {
    const answerN = parseId('answer', input.answerId) ?? -1;
    if (!this.interactions.has(answerN)) return { ok: false, code: 'not_found' };
    const pending = [...this.items.values()].find((s) => s.answerN === answerN && s.status === 'pending');
    if (pending) {
      pending.reasons = mergeReasons(pending.reasons, input.reasons);
      pending.held = pending.held || input.held;
      return { ok: true, item: this.view(pending.n) as ReviewItem, created: false };
    }
    // Feedback reopens a decided answer once: after a moderator decided that report, later ones attach to it.
    const decided =
      input.origin === 'feedback'
        ? [...this.items.values()].filter((s) => s.answerN === answerN && s.origin === 'feedback').at(-1)
        : undefined;
    if (decided) return { ok: true, item: this.view(decided.n) as ReviewItem, created: false };
    const n = ++this.seq.review;
    this.items.set(n, {
      n,
      answerN,
      createdAt: this.iso(),
      status: 'pending',
      reasons: mergeReasons([], input.reasons),
      held: input.held,
      origin: input.origin ?? 'flag',
      decidedBy: null,
      decidedAt: null,
      note: null,
      correctedText: null,
    });
    return { ok: true, item: this.view(n) as ReviewItem, created: true };
  }

  private view(n: number): ReviewItem | null {
    const s = this.items.get(n);
    const rec = s && this.interactions.get(s.answerN);
    return s && rec ? itemFrom(s, rec) : null;
  }

  private log(actor: Actor, action: AuditEntry['action'], target: string, detail: AuditEntry['detail']): void {
    this.audit.push({ id: String(++this.seq.audit), at: this.iso(), actor: { ...actor }, action, target, detail });
  }

  private iso(): string {
    return this.now().toISOString();
  }
}
