import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import hnswlib from 'hnswlib-node';
import { afterAll, describe, expect, it } from 'vitest';
import { rng } from '../../bench/corpus.js';
import { ExactVectorStore } from '../../src/providers/exact-vector-store.js';
import { HnswVectorStore } from '../../src/providers/hnsw-vector-store.js';
import { vectorStoreContract } from '../contracts/vector-store.contract.js';
import { HashEmbeddings } from '../fakes/hash-embeddings.js';

const dir = mkdtempSync(join(tmpdir(), 'permabot-hnsw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const reload = async (store: unknown, embeddings: HashEmbeddings) => {
  const path = join(dir, String(Math.random()));
  await (store as HnswVectorStore).save(path);
  return HnswVectorStore.load(path, embeddings);
};

vectorStoreContract('HnswVectorStore', {
  make: (embeddings) => new HnswVectorStore(embeddings, { dims: embeddings.dims }),
  reload,
});
vectorStoreContract('HnswVectorStore (graph)', {
  make: (embeddings) => new HnswVectorStore(embeddings, { dims: embeddings.dims, exactUpTo: 0 }),
  reload,
});
vectorStoreContract('ExactVectorStore', { make: (embeddings) => new ExactVectorStore(embeddings) });

describe('HnswVectorStore against exact search', () => {
  const embeddings = new HashEmbeddings(16);
  const random = rng(3);
  // Tight clusters of near-duplicates, like the bench's synthetic corpus.
  const centres = Array.from({ length: 8 }, () => Array.from({ length: 16 }, () => random() - 0.5));
  const vectors = Array.from({ length: 1500 }, (_, i) =>
    (centres[i % 8] as number[]).map((x) => x + (random() - 0.5) * 0.05),
  );
  const docs = vectors.map((_, i) => new Document({ pageContent: `v${i}`, metadata: { id: `v${i}` } }));
  const queries = Array.from({ length: 30 }, () => Array.from({ length: 16 }, () => random() - 0.5));
  const ranked = async (store: HnswVectorStore | ExactVectorStore, q: number[], k = 10) =>
    (await store.similaritySearchVectorWithScore(q, k)).map(([d, s]) => [d.metadata.id, s]);
  const fill = async <S extends HnswVectorStore | ExactVectorStore>(store: S) => {
    for (let i = 0; i < vectors.length; i += 100)
      await store.addVectors(vectors.slice(i, i + 100), docs.slice(i, i + 100));
    return store;
  };

  it('returns exactly the exact store’s results and scores below exactUpTo, across growth and reload', async () => {
    const exact = await fill(new ExactVectorStore(embeddings));
    const store = await fill(new HnswVectorStore(embeddings, { dims: 16 }));
    const loaded = await reload(store, embeddings);
    for (const q of queries) {
      expect(await ranked(store, q, 20)).toEqual(await ranked(exact, q, 20));
      expect(await ranked(loaded, q, 20)).toEqual(await ranked(exact, q, 20));
    }
  });

  it('switches to a graph above exactUpTo and keeps exact scores for what it finds', async () => {
    const exact = await fill(new ExactVectorStore(embeddings));
    const store = await fill(new HnswVectorStore(embeddings, { dims: 16, exactUpTo: 1000 }));
    const loaded = await reload(store, embeddings);
    let hits = 0;
    for (const q of queries) {
      const truth = new Map((await ranked(exact, q)).map(([id, s]) => [id, s]));
      const got = await ranked(store, q);
      expect(await ranked(loaded, q)).toEqual(got);
      for (const [id, s] of got) if (truth.has(id)) expect([id, truth.get(id)]).toEqual([id, s]);
      hits += got.filter(([id]) => truth.has(id)).length;
    }
    expect(hits / (10 * queries.length)).toBeGreaterThan(0.9);
  });

  it('loads a store saved before vectors.f32 existed (graph only)', async () => {
    const path = join(dir, 'legacy');
    mkdirSync(path);
    const old = await reload(await fill(new HnswVectorStore(embeddings, { dims: 16 })), embeddings);
    const graph = new hnswlib.HierarchicalNSW('cosine', 16);
    graph.initIndex(vectors.length, 16, 200, 42);
    for (const [i, v] of vectors.entries()) graph.addPoint(v, i);
    graph.writeIndexSync(join(path, 'hnsw.bin'));
    writeFileSync(
      join(path, 'docs.json'),
      JSON.stringify({
        options: { dims: 16 },
        docs: docs.map((d) => ({ pageContent: d.pageContent, metadata: d.metadata })),
      }),
    );
    const loaded = await HnswVectorStore.load(path, embeddings);
    expect(loaded.size).toBe(vectors.length);
    for (const q of queries.slice(0, 5))
      expect((await ranked(loaded, q)).map(([id]) => id)).toEqual((await ranked(old, q)).map(([id]) => id));
  });
});
