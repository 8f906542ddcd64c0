/** Okapi BM25 over chunk terms (heading and title count as part of the chunk). */
import { terms } from '../text/tokenize.js';
import type { Chunk, ScoredChunk } from '../types.js';

/** A weighted query term (expansion terms weigh less than the words typed). */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** An inverted index with BM25 scoring. Build once; search is allocation-light. */
export class Bm25Index {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private avgLength = 1;

  constructor(
    readonly chunks: readonly Chunk[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    chunks.forEach((chunk, doc) => {
      const docTerms = terms(`${chunk.title} ${chunk.heading} ${chunk.heading} ${chunk.heading} ${chunk.text}`);
      this.lengths.push(docTerms.length);
      const tf = new Map<string, number>();
      for (const t of docTerms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        const list = this.postings.get(term) ?? [];
        list.push({ doc, tf: n });
        this.postings.set(term, list);
      }
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1;
  }

  /** Inverse document frequency (BM25+ style, never negative); 0 for unknown terms. */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    if (df === 0) return 0;
    return Math.log(1 + (this.chunks.length - df + 0.5) / (df + 0.5));
  }

  /** True when some chunk contains the (stemmed) term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The vocabulary (stemmed terms). */
  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Top-k chunks for weighted query terms; `accept` filters by chunk index. */
  search(query: QueryTerm[], k: number, accept?: (chunk: Chunk) => boolean): ScoredChunk[] {
    const scores = new Map<number, number>();
    for (const { term, weight } of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const len = this.lengths[doc] ?? 0;
        const s = (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * len) / this.avgLength));
        scores.set(doc, (scores.get(doc) ?? 0) + weight * s);
      }
    }
    const out: ScoredChunk[] = [];
    for (const [doc, score] of scores) {
      const chunk = this.chunks[doc];
      if (chunk && (!accept || accept(chunk))) out.push({ chunk, score });
    }
    return out.sort((a, b) => b.score - a.score).slice(0, k);
  }
}
