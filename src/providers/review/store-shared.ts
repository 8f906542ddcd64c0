/** Helpers shared by the review store implementations (pure). */
import { groupGaps, type UnansweredQuestion } from '../../core/review/gaps.js';
import { formatId } from '../../core/review/ids.js';
import type { ReviewStats, StatsOptions } from '../../core/review/store.js';
import type { Actor, InteractionRecord, ReviewItem, ReviewOrigin, ReviewStatus } from '../../core/review/types.js';
import type { Reason } from '../../core/types.js';

export const DAY_MS = 86_400_000;

/** A review item as kept by a store: the question and answer live on the interaction. */
export interface StoredItem {
  n: number;
  answerN: number;
  createdAt: string;
  status: ReviewStatus;
  reasons: Reason[];
  held: boolean;
  origin: ReviewOrigin;
  decidedBy: Actor | null;
  decidedAt: string | null;
  note: string | null;
  correctedText: string | null;
}

/** Joins a stored item with its interaction into the public `ReviewItem`. */
export function itemFrom(s: StoredItem, rec: InteractionRecord): ReviewItem {
  return {
    id: formatId('review', s.n),
    answerId: rec.id,
    createdAt: s.createdAt,
    status: s.status,
    reasons: [...s.reasons],
    topic: rec.answer.topic,
    question: rec.question,
    answerText: rec.answer.text,
    citations: rec.answer.citations.map((c) => ({ ...c })),
    platform: rec.platform,
    channelRef: rec.channelRef,
    held: s.held,
    decidedBy: s.decidedBy ? { ...s.decidedBy } : null,
    decidedAt: s.decidedAt,
    note: s.note,
    correctedText: s.correctedText,
    origin: s.origin,
  };
}

/** Union of reasons, first occurrence order, no duplicates. */
export function mergeReasons(a: readonly Reason[], b: readonly Reason[]): Reason[] {
  return [...new Set([...a, ...b])];
}

/** Increments `counts[key]`. */
export function countBy(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Statistics with every counter at zero. */
export function emptyStats(): ReviewStats {
  return {
    interactions: 0,
    reviews: { pending: 0, approved: 0, corrected: 0, rejected: 0 },
    byReason: {},
    byTopic: {},
    approvalRate: null,
    feedback: { helpful: 0, 'not-helpful': 0, 'ask-human': 0 },
    gaps: [],
  };
}

/** Fills the derived fields: approval rate and knowledge gaps (from the newest-first unanswered questions). */
export function finishStats(stats: ReviewStats, unanswered: UnansweredQuestion[], opts: StatsOptions): ReviewStats {
  const r = stats.reviews;
  const decided = r.approved + r.corrected + r.rejected;
  stats.approvalRate = decided ? r.approved / decided : null;
  stats.gaps = groupGaps(unanswered, {
    similarity: opts.similarity,
    threshold: opts.gapThreshold,
    limit: opts.gapLimit,
  });
  return stats;
}
