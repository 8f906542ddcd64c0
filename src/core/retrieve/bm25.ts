/**
 * Okapi BM25 over chunk terms (heading and title count as part of the chunk). Term impacts are
 * precomputed at build time into typed arrays, and a query accumulates into a reused score buffer and
 * keeps the top k in a small heap, so a query over 100k chunks touches only the postings it needs.
 */
import { terms } from '../text/tokenize.js';
import type { Chunk, ScoredChunk } from '../types.js';

/** A weighted query term (expansion terms weigh less than the words typed). */
export interface QueryTerm {
  term: string;
  weight: number;
}

interface Postings {
  docs: Int32Array;
  impacts: Float32Array;
}

/** Keeps the k best (doc, score) pairs: a binary min-heap on score. */
function topK(k: number, docs: Int32Array, scores: Float64Array, accept: (doc: number) => boolean): [number, number][] {
  const heap: [number, number][] = [];
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && (heap[l]?.[1] ?? 0) < (heap[m]?.[1] ?? 0)) m = l;
      if (r < heap.length && (heap[r]?.[1] ?? 0) < (heap[m]?.[1] ?? 0)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as [number, number], heap[i] as [number, number]];
      i = m;
    }
  };
  for (const doc of docs) {
    const s = scores[doc] ?? 0;
    if (heap.length === k && s <= (heap[0]?.[1] ?? 0)) continue;
    if (!accept(doc)) continue;
    if (heap.length < k) {
      heap.push([doc, s]);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if ((heap[p]?.[1] ?? 0) <= s) break;
        [heap[i], heap[p]] = [heap[p] as [number, number], heap[i] as [number, number]];
        i = p;
      }
    } else {
      heap[0] = [doc, s];
      down(0);
    }
  }
  return heap.sort((a, b) => b[1] - a[1]);
}

/** An inverted index with BM25 scoring. Build once; search is allocation-light. */
export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly scores: Float64Array;
  /** Docs with a non-zero score in the current search, in first-touch order (reused buffer). */
  private readonly touched: Int32Array;

  constructor(
    readonly chunks: readonly Chunk[],
    k1 = 1.2,
    b = 0.75,
  ) {
    const raw = new Map<string, { doc: number; tf: number }[]>();
    const lengths: number[] = [];
    chunks.forEach((chunk, doc) => {
      const docTerms = terms(
        `${chunk.title} ${chunk.heading} ${chunk.heading} ${chunk.heading} ${(chunk.questions ?? []).join(' ')} ${chunk.text}`,
      );
      lengths.push(docTerms.length);
      const tf = new Map<string, number>();
      for (const t of docTerms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        const list = raw.get(term) ?? [];
        list.push({ doc, tf: n });
        raw.set(term, list);
      }
    });
    const avg = lengths.reduce((x, y) => x + y, 0) / Math.max(1, lengths.length) || 1;
    for (const [term, list] of raw) {
      const idf = Math.log(1 + (chunks.length - list.length + 0.5) / (list.length + 0.5));
      const docs = Int32Array.from(list, (p) => p.doc);
      const impacts = Float32Array.from(
        list,
        ({ doc, tf }) => (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * (lengths[doc] ?? 0)) / avg)),
      );
      this.postings.set(term, { docs, impacts });
    }
    this.scores = new Float64Array(chunks.length);
    this.touched = new Int32Array(chunks.length);
  }

  /** Inverse document frequency (BM25+ style, never negative); 0 for unknown terms. */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
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

  /** Top-k chunks for weighted query terms; `accept` filters candidates. */
  search(query: QueryTerm[], k: number, accept?: (chunk: Chunk) => boolean): ScoredChunk[] {
    const { scores, touched: buffer } = this;
    let n = 0;
    for (const { term, weight } of query) {
      const p = this.postings.get(term);
      if (!p || !(weight > 0)) continue; // a zero weight would leave a touched doc at 0 and count it twice
      const { docs, impacts } = p;
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i] as number;
        const before = scores[d] as number;
        if (before === 0) buffer[n++] = d;
        scores[d] = before + weight * (impacts[i] as number);
      }
    }
    const touched = buffer.subarray(0, n);
    const best = topK(k, touched, scores, (doc) => {
      const chunk = this.chunks[doc];
      return chunk !== undefined && (!accept || accept(chunk));
    });
    for (const d of touched) scores[d] = 0;
    return best.flatMap(([doc, score]) => {
      const chunk = this.chunks[doc];
      return chunk ? [{ chunk, score }] : [];
    });
  }
}
