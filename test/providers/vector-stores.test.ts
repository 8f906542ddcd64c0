import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ExactVectorStore } from '../../src/providers/exact-vector-store.js';
import { HnswVectorStore } from '../../src/providers/hnsw-vector-store.js';
import { vectorStoreContract } from '../contracts/vector-store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'permabot-hnsw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

vectorStoreContract('HnswVectorStore', {
  make: (embeddings) => new HnswVectorStore(embeddings, { dims: embeddings.dims }),
  reload: async (store, embeddings) => {
    const path = join(dir, String(Math.random()));
    await (store as HnswVectorStore).save(path);
    return HnswVectorStore.load(path, embeddings);
  },
});

vectorStoreContract('ExactVectorStore', { make: (embeddings) => new ExactVectorStore(embeddings) });
