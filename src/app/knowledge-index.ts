/**
 * Builds or loads the persisted index of a knowledge folder: chunks, BM25 and the HNSW store.
 * The cache lives in `<dataDir>/index/<folder>-<pathhash>/`, is valid while the folder's content key
 * (file hashes + chunker + embedding model) is unchanged, and rebuilds incrementally: chunks of
 * unchanged files keep their stored vectors; only new or changed files are chunked and embedded.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { VectorStoreInterface } from '@langchain/core/vectorstores';
import { chunkFile } from '../core/ingest/chunk.js';
import { Bm25Index } from '../core/retrieve/bm25.js';
import { HybridRetriever } from '../core/retrieve/hybrid-retriever.js';
import type { Chunk } from '../core/types.js';
import type { LocalEmbeddings } from '../providers/embeddings/local-embeddings.js';
import { HnswVectorStore } from '../providers/hnsw-vector-store.js';
import { readKnowledgeFiles, sha256 } from '../providers/knowledge-files.js';

const CHUNKER_VERSION = 8;

/** A loaded, queryable index. */
export interface KnowledgeIndex {
  chunks: Chunk[];
  bm25: Bm25Index;
  vectorStore: HnswVectorStore;
  retriever: HybridRetriever;
  contentKey: string;
}

/** What a build did (for `ingest` output). */
export interface IndexStats {
  files: number;
  chunks: number;
  embedded: number;
  reused: number;
  fromCache: boolean;
  cacheDir: string;
}

interface Manifest {
  contentKey: string;
  modelId: string;
  chunkerVersion: number;
  files: Record<string, string>;
  chunks: Chunk[];
}

/** Options for loading or building an index. */
export interface IndexOptions {
  knowledgeDir: string;
  /** Root of the index caches (default `<PERMABOT_DATA_DIR>/index`). */
  indexRoot: string;
  embeddings: LocalEmbeddings;
  /** Rebuild even when the cache is valid. */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** The cache folder of a knowledge folder. */
export function cacheDirFor(knowledgeDir: string, indexRoot: string): string {
  const abs = resolve(knowledgeDir);
  const slug =
    basename(abs)
      .replace(/[^\w-]+/g, '_')
      .slice(0, 40) || 'root';
  return join(indexRoot, `${slug}-${sha256(abs).slice(0, 8)}`);
}

function readManifest(dir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** The hybrid retriever over a BM25 index and a vector store, with the embeddings' English ranks. */
export function createRetriever(
  bm25: Bm25Index,
  store: VectorStoreInterface,
  embeddings: LocalEmbeddings,
): HybridRetriever {
  return new HybridRetriever({ bm25, vectorStore: store, embeddings, englishRank: (w) => embeddings.englishRank(w) });
}

function assemble(
  chunks: Chunk[],
  store: HnswVectorStore,
  embeddings: LocalEmbeddings,
  contentKey: string,
): KnowledgeIndex {
  const bm25 = new Bm25Index(chunks);
  const retriever = createRetriever(bm25, store, embeddings);
  return { chunks, bm25, vectorStore: store, retriever, contentKey };
}

const toDocument = (c: Chunk) =>
  new Document({ id: c.id, pageContent: `${c.heading}\n${c.text}`, metadata: { id: c.id } });

/** Loads the cached index of a folder, (re)building it when the content changed. */
export async function loadOrBuildIndex(opts: IndexOptions): Promise<{ index: KnowledgeIndex; stats: IndexStats }> {
  const { embeddings } = opts;
  const files = readKnowledgeFiles(opts.knowledgeDir);
  const contentKey = sha256(JSON.stringify([CHUNKER_VERSION, embeddings.modelId, files.map((f) => [f.path, f.hash])]));
  const cacheDir = cacheDirFor(opts.knowledgeDir, opts.indexRoot);
  const previous = readManifest(cacheDir);
  if (!opts.force && previous?.contentKey === contentKey && existsSync(join(cacheDir, 'hnsw.bin'))) {
    try {
      const store = await HnswVectorStore.load(cacheDir, embeddings);
      const index = assemble(previous.chunks, store, embeddings, contentKey);
      return {
        index,
        stats: {
          files: files.length,
          chunks: previous.chunks.length,
          embedded: 0,
          reused: previous.chunks.length,
          fromCache: true,
          cacheDir,
        },
      };
    } catch {
      // A corrupt cache is rebuilt below.
    }
  }
  const reusable = new Map<string, { chunks: Chunk[]; vectors: number[][] }>();
  if (
    !opts.force &&
    previous &&
    previous.modelId === embeddings.modelId &&
    previous.chunkerVersion === CHUNKER_VERSION
  ) {
    try {
      const old = await HnswVectorStore.load(cacheDir, embeddings);
      previous.chunks.forEach((c, label) => {
        if (previous.files[c.source] !== files.find((f) => f.path === c.source)?.hash) return;
        const entry = reusable.get(c.source) ?? { chunks: [], vectors: [] };
        entry.chunks.push(c);
        entry.vectors.push(old.vectorAt(label));
        reusable.set(c.source, entry);
      });
    } catch {
      reusable.clear();
    }
  }
  const store = new HnswVectorStore(embeddings, { dims: embeddings.dims });
  const chunks: Chunk[] = [];
  let embedded = 0;
  let reused = 0;
  for (const [i, file] of files.entries()) {
    const cached = reusable.get(file.path);
    if (cached) {
      await store.addVectors(cached.vectors, cached.chunks.map(toDocument));
      chunks.push(...cached.chunks);
      reused += cached.chunks.length;
    } else {
      const fileChunks = chunkFile({ path: file.path, text: file.text });
      await store.addDocuments(fileChunks.map(toDocument));
      chunks.push(...fileChunks);
      embedded += fileChunks.length;
    }
    opts.onProgress?.(i + 1, files.length);
  }
  const manifest: Manifest = {
    contentKey,
    modelId: embeddings.modelId,
    chunkerVersion: CHUNKER_VERSION,
    files: Object.fromEntries(files.map((f) => [f.path, f.hash])),
    chunks,
  };
  // Written to a private folder, then swapped in, so concurrent readers never see half an index.
  const tmp = `${cacheDir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  await store.save(tmp);
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify(manifest));
  try {
    rmSync(cacheDir, { recursive: true, force: true });
    renameSync(tmp, cacheDir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another process swapped its (identical) build in first
  }
  const index = assemble(chunks, store, embeddings, contentKey);
  return { index, stats: { files: files.length, chunks: chunks.length, embedded, reused, fromCache: false, cacheDir } };
}
