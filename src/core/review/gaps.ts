/** Knowledge gaps: clusters the questions the guidance could not answer, most frequent first. */
import { cachedTokenJaccard } from './similarity.js';
import type { KnowledgeGap, Similarity } from './store.js';

/** A question that got a `no-knowledge` answer. */
export interface UnansweredQuestion {
  question: string;
  createdAt: string;
}

interface Cluster {
  representative: string;
  wordings: Map<string, number>;
  count: number;
  lastAskedAt: string;
}

const normalize = (q: string) => q.trim().replace(/\s+/g, ' ');

/**
 * Greedy single-pass clustering: each question joins the most similar cluster (compared with the cluster's first
 * wording) when the similarity reaches `threshold`, else starts a new one. Deterministic for a given input order.
 */
export function groupGaps(
  questions: readonly UnansweredQuestion[],
  opts: { similarity?: Similarity; threshold?: number; limit?: number } = {},
): KnowledgeGap[] {
  const similarity = opts.similarity ?? cachedTokenJaccard();
  const threshold = opts.threshold ?? 0.5;
  const clusters: Cluster[] = [];
  for (const q of questions) {
    const text = normalize(q.question);
    if (!text) continue;
    let best: Cluster | undefined;
    let bestScore = -1;
    for (const c of clusters) {
      const s = similarity(text, c.representative);
      if (s >= threshold && s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (!best) {
      best = { representative: text, wordings: new Map(), count: 0, lastAskedAt: q.createdAt };
      clusters.push(best);
    }
    best.count++;
    best.wordings.set(text, (best.wordings.get(text) ?? 0) + 1);
    if (q.createdAt > best.lastAskedAt) best.lastAskedAt = q.createdAt;
  }
  return clusters
    .map((c) => {
      // Stable sort: among equally frequent wordings the newest (first seen) wins.
      const wordings = [...c.wordings.entries()].sort((x, y) => y[1] - x[1]);
      return {
        question: wordings[0]?.[0] ?? c.representative,
        count: c.count,
        examples: wordings.slice(0, 3).map(([w]) => w),
        lastAskedAt: c.lastAskedAt,
      };
    })
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt))
    .slice(0, opts.limit ?? 10);
}
