/**
 * A LangChain `VectorStore` over hnswlib-node (cosine HNSW): add, filtered search, save and load.
 * (`@langchain/community`'s HNSWLib cannot be installed next to @langchain/core 1.x, so this is ours.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';
import hnswlib from 'hnswlib-node';

/** Tuning knobs of the HNSW graph. */
export interface HnswOptions {
  dims: number;
  /** Graph degree (default 16). */
  m?: number;
  /** Build-time beam (default 200). */
  efConstruction?: number;
  /** Query-time beam (default: grows with the index, 64 up to 2k vectors, 1000 above 50k). */
  efSearch?: number;
}

type Filter = (doc: Document) => boolean;
const INDEX_FILE = 'hnsw.bin';
const DOCS_FILE = 'docs.json';

/** HNSW-backed vector store; documents keep their metadata; labels are insertion order. */
export class HnswVectorStore extends VectorStore {
  declare FilterType: Filter;
  private index: hnswlib.HierarchicalNSW;
  private readonly docs: Document[] = [];

  constructor(
    embeddings: EmbeddingsInterface,
    private readonly options: HnswOptions,
  ) {
    super(embeddings, {});
    this.index = new hnswlib.HierarchicalNSW('cosine', options.dims);
    this.index.initIndex(1024, options.m ?? 16, options.efConstruction ?? 200, 42);
    this.index.setEf(options.efSearch ?? 64);
  }

  /** The beam for the current size: larger graphs need a wider search to keep recall. */
  private efFor(k: number): number {
    const n = this.docs.length;
    const bySize = n > 50_000 ? 1000 : n > 20_000 ? 400 : n > 2_000 ? 200 : 64;
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
    const needed = this.docs.length + vectors.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    const ids: string[] = [];
    vectors.forEach((vec, i) => {
      const doc = documents[i];
      if (!doc) return;
      if (vec.length !== this.options.dims)
        throw new Error(`vector has ${vec.length} dims, index has ${this.options.dims}`);
      this.index.addPoint(vec, this.docs.length);
      this.docs.push(doc);
      ids.push(doc.id ?? String(this.docs.length - 1));
    });
    return ids;
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: Filter): Promise<[Document, number][]> {
    if (this.docs.length === 0) return [];
    const accept = filter
      ? (label: number) => {
          const d = this.docs[label];
          return d !== undefined && filter(d);
        }
      : undefined;
    this.index.setEf(this.efFor(k));
    const { neighbors, distances } = this.index.searchKnn(query, Math.min(k, this.docs.length), accept);
    return neighbors.flatMap((label, i) => {
      const doc = this.docs[label];
      return doc ? [[doc, 1 - (distances[i] ?? 1)] as [Document, number]] : [];
    });
  }

  /** The stored vector for a label (used to reuse embeddings on incremental rebuilds). */
  vectorAt(label: number): number[] {
    return this.index.getPoint(label);
  }

  /** Writes the graph and the documents to `dir`. */
  async save(dir: string): Promise<void> {
    mkdirSync(dir, { recursive: true });
    this.index.writeIndexSync(join(dir, INDEX_FILE));
    const docs = this.docs.map((d) => ({ id: d.id, pageContent: d.pageContent, metadata: d.metadata }));
    writeFileSync(join(dir, DOCS_FILE), JSON.stringify({ options: this.options, docs }));
  }

  /** Reads a store written by `save`. */
  static async load(dir: string, embeddings: EmbeddingsInterface): Promise<HnswVectorStore> {
    const saved = JSON.parse(readFileSync(join(dir, DOCS_FILE), 'utf8')) as {
      options: HnswOptions;
      docs: { id?: string; pageContent: string; metadata: Record<string, unknown> }[];
    };
    const store = new HnswVectorStore(embeddings, saved.options);
    store.index.readIndexSync(join(dir, INDEX_FILE));
    for (const d of saved.docs) store.docs.push(new Document(d));
    return store;
  }
}
