/**
 * Hybrid retrieval: BM25 and dense HNSW search, fused by reciprocal rank, with a soft preference for
 * chunks about the jewelry kind the question names. Also a LangChain `BaseRetriever`.
 */
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { BaseRetriever } from '@langchain/core/retrievers';
import type { VectorStoreInterface } from '@langchain/core/vectorstores';
import type { Chunk, ScoredChunk } from '../types.js';
import { GuidanceLexicon } from '../understand/lexicon.js';
import type { Bm25Index } from './bm25.js';
import { EVIDENCE_DEPTH, type Evidence, EvidenceScorer } from './evidence.js';
import { reciprocalRankFusion } from './fusion.js';
import { type AnalyzedQuery, analyzeQuery, type EnglishRank } from './query.js';

export type { Evidence };

/** Ranked chunks plus the raw signals the composer uses to judge relevance. */
export interface RetrievalResult {
  query: AnalyzedQuery;
  results: ScoredChunk[];
  /** Best BM25 score and best dense cosine among the candidates. */
  bestLexical: number;
  bestDense: number;
  /** Inverse document frequency of each query term in the guidance. */
  idf: Map<string, number>;
  /** How well each of the top results answers the question (same order as `results`). */
  evidence: Evidence[];
}

/** Dependencies of the hybrid retriever. */
export interface HybridRetrieverDeps {
  bm25: Bm25Index;
  vectorStore: VectorStoreInterface;
  embeddings: EmbeddingsInterface;
  /** Candidates taken from each list before fusion (default 20). */
  candidates?: number;
  /** General English word ranks (from the embedding vocabulary), for typo and coverage decisions. */
  englishRank?: EnglishRank;
}

/** Weight of the dense list in reciprocal-rank fusion (BM25 weighs 1). */
export const DENSE_FUSION_WEIGHT = 0.6;
/** A passage about another kind than the one asked keeps this share of its fused score. */
export const OTHER_KIND_FACTOR = 0.55;
/** A passage on the topic asked (healing, pain…) gets this boost. */
export const TOPIC_BOOST = 1.35;

/** Hybrid BM25 + HNSW retriever over the knowledge chunks. */
export class HybridRetriever extends BaseRetriever {
  override lc_namespace = ['permabot', 'retrievers'];
  private readonly byId = new Map<string, Chunk>();
  private readonly scorer: EvidenceScorer;
  /** The guidance vocabulary plus general English, for the understanding stage's typo correction. */
  readonly lexicon: GuidanceLexicon;

  constructor(private readonly deps: HybridRetrieverDeps) {
    super({});
    for (const c of deps.bm25.chunks) this.byId.set(c.id, c);
    this.lexicon = new GuidanceLexicon(deps.bm25, deps.englishRank ?? (() => undefined));
    this.scorer = new EvidenceScorer(deps.embeddings);
  }

  /** Analyses and retrieves; `k` fused results. */
  async retrieve(text: string, k = 8): Promise<RetrievalResult> {
    const query = analyzeQuery(text, this.deps.bm25, this.deps.englishRank);
    const n = this.deps.candidates ?? 20;
    const lexical = this.deps.bm25.search(query.terms, n);
    const denseText = [text, ...query.terms.filter((t) => t.weight < 1).map((t) => t.term)].join(' ');
    const vector = await this.deps.embeddings.embedQuery(denseText);
    const denseRaw = await this.deps.vectorStore.similaritySearchVectorWithScore(vector, n);
    const dense: ScoredChunk[] = denseRaw.flatMap(([doc, score]) => {
      const chunk = this.byId.get(String(doc.metadata.id));
      return chunk ? [{ chunk, score }] : [];
    });
    const fused = reciprocalRankFusion([
      { results: lexical, weight: 1 },
      { results: dense, weight: DENSE_FUSION_WEIGHT },
    ]);
    const preferred = query.kinds;
    const boosted = fused.map(({ chunk, score }) => {
      const about = preferred.length === 0 || chunk.appliesTo.some((k2) => preferred.includes(k2));
      const topical = query.topics.some((t) => chunk.topics.includes(t));
      return { chunk, score: score * (about ? 1 : OTHER_KIND_FACTOR) * (topical ? TOPIC_BOOST : 1) };
    });
    boosted.sort((a, b) => b.score - a.score);
    const results = boosted.slice(0, k);
    const idf = new Map(query.terms.map((t) => [t.term, this.deps.bm25.idf(t.term)]));
    return {
      query,
      results,
      bestLexical: lexical[0]?.score ?? 0,
      bestDense: dense[0]?.score ?? 0,
      idf,
      evidence: await this.scorer.score(query, results, idf, Math.max(EVIDENCE_DEPTH, k)),
    };
  }

  override async _getRelevantDocuments(
    query: string,
    _runManager?: CallbackManagerForRetrieverRun,
  ): Promise<Document[]> {
    const { results } = await this.retrieve(query);
    return results.map(
      ({ chunk, score }) => new Document({ id: chunk.id, pageContent: chunk.text, metadata: { ...chunk, score } }),
    );
  }
}
