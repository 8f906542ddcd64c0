/** One contract for every VectorStore implementation: add, nearest first, filters, k bounds, save → load. */
import { Document } from '@langchain/core/documents';
import type { VectorStore } from '@langchain/core/vectorstores';
import { describe, expect, it } from 'vitest';
import { HashEmbeddings } from '../fakes/hash-embeddings.js';

const TEXTS = [
  'welded bracelet cut at the weld with scissors',
  'microdermal implant heals in six to eight weeks',
  'dermal punch removes a small piece of skin',
  'clean with saline solution or mild soap and water',
  'dress codes at work may exclude visible body jewelry',
  'mixed metals such as gold and silver',
];

/** Hooks a store implementation into the contract. `reload` is optional (stores without persistence skip it). */
export interface VectorStoreSubject {
  make(embeddings: HashEmbeddings): VectorStore;
  reload?(store: VectorStore, embeddings: HashEmbeddings): Promise<VectorStore>;
}

/** Runs the contract against one implementation. */
export function vectorStoreContract(name: string, subject: VectorStoreSubject): void {
  describe(`${name} (VectorStore contract)`, () => {
    const embeddings = new HashEmbeddings(32);
    const docs = TEXTS.map((t, i) => new Document({ id: `d${i}`, pageContent: t, metadata: { id: `d${i}`, i } }));

    it('returns the exact text first when searching with it', async () => {
      const store = subject.make(embeddings);
      await store.addDocuments(docs);
      for (const [i, t] of TEXTS.entries()) {
        const [top] = await store.similaritySearchWithScore(t, 1);
        expect(top?.[0].metadata.i).toBe(i);
        expect(top?.[1]).toBeGreaterThan(0.99);
      }
    });

    it('orders results by descending similarity and honours k', async () => {
      const store = subject.make(embeddings);
      await store.addDocuments(docs);
      const results = await store.similaritySearchWithScore('saline soap clean', 3);
      expect(results).toHaveLength(3);
      const scores = results.map(([, s]) => s);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(await store.similaritySearch('anything', 100)).toHaveLength(TEXTS.length);
    });

    it('applies a filter function to the candidates', async () => {
      const store = subject.make(embeddings);
      await store.addDocuments(docs);
      const results = await store.similaritySearch('welded bracelet', 3, (d: Document) => d.metadata.i % 2 === 1);
      expect(results.length).toBeGreaterThan(0);
      expect(results.every((d) => d.metadata.i % 2 === 1)).toBe(true);
    });

    it('returns nothing from an empty store', async () => {
      expect(await subject.make(embeddings).similaritySearch('weld', 3)).toEqual([]);
    });

    if (subject.reload) {
      it('gives the same results after save and load', async () => {
        const store = subject.make(embeddings);
        await store.addDocuments(docs);
        const before = await store.similaritySearchWithScore('implant heals weeks', 4);
        const loaded = await subject.reload?.(store, embeddings);
        const after = await loaded?.similaritySearchWithScore('implant heals weeks', 4);
        expect(after?.map(([d, s]) => [d.metadata.id, s.toFixed(5)])).toEqual(
          before.map(([d, s]) => [d.metadata.id, s.toFixed(5)]),
        );
      });
    }
  });
}
