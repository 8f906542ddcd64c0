/** Finds the curated answer for a question by embedding similarity; caches curated vectors by id. */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { cosine } from './similarity.js';
import type { CuratedAnswer } from './types.js';

/** A curated answer and how similar its question is to the asked one (cosine, -1..1). */
export interface CuratedMatch {
  curated: CuratedAnswer;
  similarity: number;
}

/** Embeds each curated question once; `sync` drops vectors of answers no longer active and embeds new ones. */
export class CuratedMatcher {
  private readonly vectors = new Map<string, { question: string; vector: number[] }>();

  constructor(
    private readonly embeddings: EmbeddingsInterface,
    readonly threshold: number,
  ) {}

  /** Number of cached vectors (observability and tests). */
  get cached(): number {
    return this.vectors.size;
  }

  /** The most similar active curated answer at or above the threshold, or null. */
  async match(question: string, active: readonly CuratedAnswer[]): Promise<CuratedMatch | null> {
    await this.sync(active);
    if (active.length === 0) return null;
    const q = await this.embeddings.embedQuery(question);
    let best: CuratedMatch | null = null;
    for (const curated of active) {
      const entry = this.vectors.get(curated.id);
      if (!entry) continue;
      const similarity = cosine(q, entry.vector);
      if (similarity >= this.threshold && (!best || similarity > best.similarity)) best = { curated, similarity };
    }
    return best;
  }

  /** Forgets one curated answer (after it is retired). */
  forget(id: string): void {
    this.vectors.delete(id);
  }

  private async sync(active: readonly CuratedAnswer[]): Promise<void> {
    const ids = new Set(active.map((c) => c.id));
    for (const id of this.vectors.keys()) if (!ids.has(id)) this.vectors.delete(id);
    const missing = active.filter((c) => this.vectors.get(c.id)?.question !== c.question);
    if (missing.length === 0) return;
    const vectors = await this.embeddings.embedDocuments(missing.map((c) => c.question));
    missing.forEach((c, i) => {
      const vector = vectors[i];
      if (vector) this.vectors.set(c.id, { question: c.question, vector });
    });
  }
}
