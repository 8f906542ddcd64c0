/**
 * A LangChain `VectorStore` over hnswlib-node: add, filtered search, save and load.
 * Up to `exactUpTo` vectors (default 200k) the search is exact: hnswlib's native brute-force scan
 * (≈ 2 ms at 100k × 100 dims on one core) picks candidates that are rescored in float64. Above that an
 * HNSW graph is built and its candidates are rescored the same way. Scores are the cosine similarity.
 * (`@langchain/community`'s HNSWLib cannot be installed next to @langchain/core 1.x, so this is ours.)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';
import { FlatVectors } from './exact-vector-store.js';

/** Tuning knobs of the index. */
export interface HnswOptions {
  dims: number;
  /** Up to this many vectors the search is an exact scan and no graph is built (default 200,000). */
  exactUpTo?: number;
  /** Graph degree (default 24). */
  m?: number;
  /** Build-time beam (default 200). */
  efConstruction?: number;
  /** Query-time beam (default: grows with the index, 64 up to 2k vectors, 2000 above 50k). */
  efSearch?: number;
}

type Filter = (doc: Document) => boolean;
type Native = hnswlib.HierarchicalNSW | hnswlib.BruteforceSearch;
/** The native index of the current mode (graph or brute force); the name is kept for existing caches. */
const INDEX_FILE = 'hnsw.bin';
const VECTORS_FILE = 'vectors.f32';
const DOCS_FILE = 'docs.json';
/** Candidates fetched beyond k and rescored in float64, so the native scan's float32 rounding cannot drop a true top-k. */
const RESCORE_MARGIN = 10;

/** Vector store with exact search up to `exactUpTo` vectors and HNSW above; labels are insertion order. */
export class HnswVectorStore extends VectorStore {
  declare FilterType: Filter;
  private native: Native;
  private vectors: FlatVectors;
  private readonly docs: Document[] = [];

  constructor(
    embeddings: EmbeddingsInterface,
    private readonly options: HnswOptions,
  ) {
    super(embeddings, {});
    this.vectors = new FlatVectors(options.dims);
    this.native = this.newScan(512);
  }

  private get exactUpTo(): number {
    return this.options.exactUpTo ?? 200_000;
  }

  private get isGraph(): boolean {
    return this.native instanceof hnswlib.HierarchicalNSW;
  }

  /** The beam for the current size: larger graphs need a wider search to keep recall. */
  private efFor(k: number): number {
    const n = this.docs.length;
    const bySize = n > 50_000 ? 2000 : n > 20_000 ? 400 : n > 2_000 ? 200 : 64;
    return Math.max(k, this.options.efSearch ?? bySize);
  }

  _vectorstoreType(): string {
    return 'hnswlib-permabot';
  }

  /** Number of stored vectors. */
  get size(): number {
    return this.docs.length;
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    const bad = vectors.find((v) => v.length !== this.options.dims);
    if (bad) throw new Error(`vector has ${bad.length} dims, index has ${this.options.dims}`);
    const ids: string[] = [];
    const added: number[][] = [];
    vectors.forEach((vec, i) => {
      const doc = documents[i];
      if (!doc) return;
      this.vectors.add(vec);
      this.docs.push(doc);
      added.push(vec);
      ids.push(doc.id ?? String(this.docs.length - 1));
    });
    this.indexAdded(added);
    return ids;
  }

  /** Adds the last `added` rows to the native index; recreates it when full (a scan cannot grow) or when crossing to a graph. */
  private indexAdded(added: number[][]): void {
    const n = this.docs.length;
    let from = n - added.length;
    const wantGraph = n > this.exactUpTo;
    let index = this.native;
    if (wantGraph !== this.isGraph || (!wantGraph && n > index.getMaxElements())) {
      const capacity = Math.max(n, 2 * index.getMaxElements());
      index = wantGraph ? this.newGraph(capacity) : this.newScan(capacity);
      this.native = index;
      from = 0;
    } else if (index instanceof hnswlib.HierarchicalNSW && n > index.getMaxElements()) {
      index.resizeIndex(Math.max(n, index.getMaxElements() * 2));
    }
    for (let i = from; i < n; i++) index.addPoint(added[i - n + added.length] ?? this.vectors.row(i), i);
  }

  private newScan(capacity: number): hnswlib.BruteforceSearch {
    const scan = new hnswlib.BruteforceSearch('cosine', this.options.dims);
    scan.initIndex(capacity);
    return scan;
  }

  private newGraph(capacity: number): hnswlib.HierarchicalNSW {
    const graph = new hnswlib.HierarchicalNSW('cosine', this.options.dims);
    graph.initIndex(capacity, this.options.m ?? 24, this.options.efConstruction ?? 200, 42);
    return graph;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: Filter): Promise<[Document, number][]> {
    const n = this.docs.length;
    if (n === 0 || k <= 0) return [];
    const q = this.vectors.unit(query);
    const accept = filter
      ? (label: number) => {
          const d = this.docs[label];
          return d !== undefined && filter(d);
        }
      : undefined;
    let top: [number, number][];
    if (accept && !this.isGraph) {
      top = this.vectors.top(q, k, accept); // hnswlib's brute-force scan mishandles filters; this one is exact
    } else {
      if (this.native instanceof hnswlib.HierarchicalNSW) this.native.setEf(this.efFor(k + RESCORE_MARGIN));
      const { neighbors } = this.native.searchKnn(query, Math.min(k + RESCORE_MARGIN, n), accept);
      top = this.vectors.top(q, k, undefined, neighbors);
    }
    return top.flatMap(([label, score]) => {
      const doc = this.docs[label];
      return doc ? [[doc, score] as [Document, number]] : [];
    });
  }

  /** The stored (unit-length) vector for a label (used to reuse embeddings on incremental rebuilds). */
  vectorAt(label: number): number[] {
    return this.vectors.row(label);
  }

  /** Writes the native index, the vectors and the documents to `dir`. */
  async save(dir: string): Promise<void> {
    mkdirSync(dir, { recursive: true });
    this.native.writeIndexSync(join(dir, INDEX_FILE));
    const raw = this.vectors.raw;
    writeFileSync(join(dir, VECTORS_FILE), new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength));
    const docs = this.docs.map((d) => ({ id: d.id, pageContent: d.pageContent, metadata: d.metadata }));
    const mode = this.isGraph ? 'graph' : 'exact';
    writeFileSync(join(dir, DOCS_FILE), JSON.stringify({ options: this.options, mode, docs }));
  }

  /** Reads a store written by `save` (a store saved before `vectors.f32` existed is rebuilt from its graph). */
  static async load(dir: string, embeddings: EmbeddingsInterface): Promise<HnswVectorStore> {
    const saved = JSON.parse(readFileSync(join(dir, DOCS_FILE), 'utf8')) as {
      options: HnswOptions;
      mode?: 'graph' | 'exact';
      docs: { id?: string; pageContent: string; metadata: Record<string, unknown> }[];
    };
    const store = new HnswVectorStore(embeddings, saved.options);
    const docs = saved.docs.map((d) => new Document(d));
    const { dims } = saved.options;
    if (!existsSync(join(dir, VECTORS_FILE))) {
      const graph = new hnswlib.HierarchicalNSW('cosine', dims);
      graph.readIndexSync(join(dir, INDEX_FILE));
      await store.addVectors(
        docs.map((_, label) => graph.getPoint(label)),
        docs,
      );
      return store;
    }
    const bytes = readFileSync(join(dir, VECTORS_FILE));
    store.vectors = new FlatVectors(
      dims,
      new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    );
    store.docs.push(...docs);
    store.native =
      saved.mode === 'graph'
        ? new hnswlib.HierarchicalNSW('cosine', dims)
        : new hnswlib.BruteforceSearch('cosine', dims);
    store.native.readIndexSync(join(dir, INDEX_FILE));
    return store;
  }
}
