/** Evidence that a passage answers a question: lexical coverage, and dense similarity to the passage and to its question. */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { sentenceUnits } from '../ingest/clean.js';
import { cosine } from '../review/similarity.js';
import { terms } from '../text/tokenize.js';
import type { Chunk, ScoredChunk } from '../types.js';
import type { AnalyzedQuery } from './query.js';

/** Evidence that a passage answers a question, each signal in 0..1. */
export interface Evidence {
  chunkId: string;
  /** Share of the question's term weight (idf-weighted, expansions included at their lower weight) that the passage contains. */
  lexical: number;
  /** Cosine between the question and the passage. */
  dense: number;
  /** Cosine between the question and the question the passage answers (its heading, or an alternative phrasing). */
  question: number;
  /** Cosine between the question and each sentence unit of the passage (`sentenceUnits` order). */
  sentences: number[];
}

/** Chunks whose vectors (passage, questions, sentences: ~15 vectors each) are kept before the cache is cleared. */
const SIGNAL_CACHE_CHUNKS = 10_000;
/** Evidence is computed for this many of the best fused results. */
export const EVIDENCE_DEPTH = 8;

/** Scores passages against a question; chunk vectors are embedded once and kept (bounded cache). */
export class EvidenceScorer {
  private readonly cache = new Map<
    string,
    { text: number[]; questions: number[][]; sentences: number[][]; stems: Set<string> }
  >();

  constructor(private readonly embeddings: EmbeddingsInterface) {}

  private async signals(chunk: Chunk) {
    const cached = this.cache.get(chunk.id);
    if (cached) return cached;
    const asked = [chunk.heading.split(' › ').pop() ?? chunk.heading, ...(chunk.questions ?? [])];
    const units = sentenceUnits(chunk.text);
    const vectors = await this.embeddings.embedDocuments([`${chunk.heading}\n${chunk.text}`, ...asked, ...units]);
    const signals = {
      text: vectors[0] ?? [],
      questions: vectors.slice(1, 1 + asked.length),
      sentences: vectors.slice(1 + asked.length),
      stems: new Set(terms(`${chunk.heading} ${chunk.text} ${(chunk.questions ?? []).join(' ')}`)),
    };
    if (this.cache.size > SIGNAL_CACHE_CHUNKS) this.cache.clear();
    this.cache.set(chunk.id, signals);
    return signals;
  }

  /** Evidence for the first `depth` results. */
  async score(
    query: AnalyzedQuery,
    results: ScoredChunk[],
    idf: Map<string, number>,
    depth = EVIDENCE_DEPTH,
  ): Promise<Evidence[]> {
    const vector = await this.embeddings.embedQuery(query.text);
    const mass = (ts: AnalyzedQuery['terms']) => ts.reduce((s, t) => s + t.weight * (idf.get(t.term) ?? 0), 0);
    const typed = mass(query.terms);
    return Promise.all(
      results.slice(0, depth).map(async ({ chunk }): Promise<Evidence> => {
        const sig = await this.signals(chunk);
        const matched = mass(query.terms.filter((t) => sig.stems.has(t.term)));
        return {
          chunkId: chunk.id,
          lexical: typed > 0 ? Math.min(1, matched / typed) : 0,
          dense: Math.max(0, cosine(vector, sig.text)),
          question: Math.max(0, ...sig.questions.map((q) => cosine(vector, q))),
          sentences: sig.sentences.map((v) => Math.max(0, cosine(vector, v))),
        };
      }),
    );
  }
}
