/**
 * How the local embedding was chosen: eval pass rates of the full local pipeline on the dev questions
 * and the paraphrase set, with retrieval from BM25 alone, dense alone (two embeddings) and the hybrid.
 * Run: `npx tsx bench/compare-embeddings.ts`.
 */

import { join, resolve } from 'node:path';
import { Document } from '@langchain/core/documents';
import { createRetriever, loadOrBuildIndex } from '../src/app/knowledge-index.js';
import { Bm25Index } from '../src/core/retrieve/bm25.js';
import { EvidenceScorer } from '../src/core/retrieve/evidence.js';
import { analyzeQuery } from '../src/core/retrieve/query.js';
import { LocalEmbeddings } from '../src/providers/embeddings/local-embeddings.js';
import { ExactVectorStore } from '../src/providers/exact-vector-store.js';
import { passRate, readCases, retrieverFrom } from './eval-pass.js';

const ROOT = resolve(import.meta.dirname, '..');
const glove = LocalEmbeddings.load();
const trigramOnly = new LocalEmbeddings({
  dims: glove.dims,
  index: new Map(),
  scales: new Float32Array(0),
  data: new Int8Array(0),
});
const { index } = await loadOrBuildIndex({
  knowledgeDir: join(ROOT, 'knowledge'),
  indexRoot: join(ROOT, 'data/bench-index'),
  embeddings: glove,
});
const chunks = index.chunks;
const bm25 = new Bm25Index(chunks);
const rank = (w: string) => glove.englishRank(w);
const sets = {
  dev: readCases(join(ROOT, 'test/eval/questions.jsonl')),
  paraphrases: readCases(join(ROOT, 'test/eval/paraphrases.jsonl')),
};

async function denseStore(embeddings: LocalEmbeddings) {
  const store = new ExactVectorStore(embeddings);
  await store.addDocuments(
    chunks.map((c) => new Document({ pageContent: `${c.heading}\n${c.text}`, metadata: { id: c.id } })),
  );
  return store;
}
const denseSearch = (store: ExactVectorStore, embeddings: LocalEmbeddings) => async (q: string) =>
  (await store.similaritySearchVectorWithScore(await embeddings.embedQuery(q), 10)).map(([d]) => String(d.metadata.id));

const configs = {
  'bm25 only': retrieverFrom(
    async (q) => bm25.search(analyzeQuery(q, bm25, rank).terms, 10).map((r) => r.chunk.id),
    bm25,
    chunks,
    rank,
    new EvidenceScorer(glove),
  ),
  'dense only: char-trigram hashing': retrieverFrom(
    denseSearch(await denseStore(trigramOnly), trigramOnly),
    bm25,
    chunks,
    rank,
    new EvidenceScorer(trigramOnly),
  ),
  'dense only: GloVe SIF + trigram OOV': retrieverFrom(
    denseSearch(await denseStore(glove), glove),
    bm25,
    chunks,
    rank,
    new EvidenceScorer(glove),
  ),
  'hybrid (BM25 + GloVe SIF, RRF)': createRetriever(bm25, await denseStore(glove), glove),
};
console.log('| retrieval | dev set pass | paraphrase pass |\n|---|---|---|');
for (const [name, retriever] of Object.entries(configs)) {
  const dev = await passRate(retriever, sets.dev);
  const para = await passRate(retriever, sets.paraphrases);
  console.log(`| ${name} | ${(dev * 100).toFixed(0)}% | ${(para * 100).toFixed(0)}% |`);
}
