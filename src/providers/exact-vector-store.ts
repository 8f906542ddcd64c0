/** Brute-force cosine search: the recall reference for the HNSW store, and a fallback for tiny corpora. */
import type { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';

type Filter = (doc: Document) => boolean;

/** Exact k-nearest-neighbour search over unit vectors (cosine = dot product). */
export class ExactVectorStore extends VectorStore {
  declare FilterType: Filter;
  private readonly vectors: Float32Array[] = [];
  private readonly docs: Document[] = [];

  constructor(embeddings: EmbeddingsInterface) {
    super(embeddings, {});
  }

  _vectorstoreType(): string {
    return 'exact-permabot';
  }

  async addVectors(vectors: number[][], documents: Document[]): Promise<string[]> {
    vectors.forEach((v, i) => {
      const doc = documents[i];
      if (!doc) return;
      const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
      this.vectors.push(Float32Array.from(v, (x) => x / norm));
      this.docs.push(doc);
    });
    return documents.map((d, i) => d.id ?? String(this.docs.length - documents.length + i));
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: Filter): Promise<[Document, number][]> {
    const norm = Math.sqrt(query.reduce((s, x) => s + x * x, 0)) || 1;
    const scored: [number, number][] = [];
    this.vectors.forEach((v, i) => {
      const doc = this.docs[i];
      if (!doc || (filter && !filter(doc))) return;
      let dot = 0;
      for (let d = 0; d < v.length; d++) dot += (v[d] ?? 0) * (query[d] ?? 0);
      scored.push([i, dot / norm]);
    });
    scored.sort((a, b) => b[1] - a[1]);
    return scored.slice(0, k).flatMap(([i, s]) => {
      const doc = this.docs[i];
      return doc ? [[doc, s] as [Document, number]] : [];
    });
  }
}
