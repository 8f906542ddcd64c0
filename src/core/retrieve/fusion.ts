/** Reciprocal-rank fusion of several ranked lists of chunks. */
import type { ScoredChunk } from '../types.js';

/** Fuses ranked lists: score = Σ weight / (k + rank). Keeps the first-seen chunk object per id. */
export function reciprocalRankFusion(lists: { results: ScoredChunk[]; weight?: number }[], k = 60): ScoredChunk[] {
  const fused = new Map<string, ScoredChunk>();
  for (const { results, weight = 1 } of lists) {
    results.forEach(({ chunk }, rank) => {
      const prev = fused.get(chunk.id);
      const add = weight / (k + rank + 1);
      fused.set(chunk.id, { chunk: prev?.chunk ?? chunk, score: (prev?.score ?? 0) + add });
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score);
}
