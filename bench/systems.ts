/** The systems compared in one bench run, each behind the same tiny interface. */

import { MemoryVectorStore } from '@langchain/classic/vectorstores/memory';
import { Document } from '@langchain/core/documents';
import { createRetriever } from '../src/app/knowledge-index.js';
import type { Retrieve } from '../src/core/assistant.js';
import { Bm25Index } from '../src/core/retrieve/bm25.js';
import { EvidenceScorer } from '../src/core/retrieve/evidence.js';
import { analyzeQuery } from '../src/core/retrieve/query.js';
import type { Chunk } from '../src/core/types.js';
import type { LocalEmbeddings } from '../src/providers/embeddings/local-embeddings.js';
import { ExactVectorStore } from '../src/providers/exact-vector-store.js';
import { HnswVectorStore } from '../src/providers/hnsw-vector-store.js';

/** A built system: top-10 chunk ids for a query, and (for dense systems) the ids by vector. */
export interface BuiltSystem {
  search(query: string): Promise<string[]>;
  /** Dense top-10 ids for a query vector (the part compared with exact search); null for lexical-only systems. */
  dense?: (vector: number[]) => Promise<string[]>;
  /** The system's own scored retrieval for the answer pipeline (else ids are wrapped with rank scores). */
  retriever?: Retrieve;
}

/** One contender: how to build it from chunks and their vectors. */
export interface System {
  name: string;
  build(chunks: Chunk[], vectors: number[][], embeddings: LocalEmbeddings): Promise<BuiltSystem>;
}

const docs = (chunks: Chunk[]) =>
  chunks.map((c) => new Document({ id: c.id, pageContent: c.text, metadata: { id: c.id } }));
const ids = (r: [Document, number][]) => r.map(([d]) => String(d.metadata.id));

export const SYSTEMS: System[] = [
  {
    name: 'permabot-hybrid',
    async build(chunks, vectors, embeddings) {
      const store = new HnswVectorStore(embeddings, { dims: embeddings.dims });
      await store.addVectors(vectors, docs(chunks));
      const bm25 = new Bm25Index(chunks);
      const retriever = createRetriever(bm25, store, embeddings);
      return {
        search: async (q) => (await retriever.retrieve(q, 10)).results.map((r) => r.chunk.id),
        retriever,
        dense: async (v) => ids(await store.similaritySearchVectorWithScore(v, 10)),
      };
    },
  },
  {
    name: 'bm25',
    async build(chunks, _vectors, embeddings) {
      const bm25 = new Bm25Index(chunks);
      const rank = (w: string) => embeddings.englishRank(w);
      const scorer = new EvidenceScorer(embeddings);
      const retriever: Retrieve = {
        async retrieve(text) {
          const query = analyzeQuery(text, bm25, rank);
          const results = bm25.search(query.terms, 8);
          const idf = new Map(query.terms.map((t) => [t.term, bm25.idf(t.term)]));
          const evidence = await scorer.score(query, results, idf);
          return { query, results, bestLexical: results[0]?.score ?? 0, bestDense: 0, idf, evidence };
        },
      };
      return {
        search: async (q) => bm25.search(analyzeQuery(q, bm25, rank).terms, 10).map((r) => r.chunk.id),
        retriever,
      };
    },
  },
  {
    name: 'langchain-memory',
    async build(chunks, vectors, embeddings) {
      const store = new MemoryVectorStore(embeddings);
      await store.addVectors(vectors, docs(chunks));
      return {
        search: async (q) => ids(await store.similaritySearchVectorWithScore(await embeddings.embedQuery(q), 10)),
        dense: async (v) => ids(await store.similaritySearchVectorWithScore(v, 10)),
      };
    },
  },
  {
    name: 'exact',
    async build(chunks, vectors, embeddings) {
      const store = new ExactVectorStore(embeddings);
      await store.addVectors(vectors, docs(chunks));
      return {
        search: async (q) => ids(await store.similaritySearchVectorWithScore(await embeddings.embedQuery(q), 10)),
        dense: async (v) => ids(await store.similaritySearchVectorWithScore(v, 10)),
      };
    },
  },
];
