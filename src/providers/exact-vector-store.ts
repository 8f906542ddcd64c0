/** Brute-force cosine search: the recall reference for the HNSW store, and a fallback for tiny corpora. */
import type { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { VectorStore } from '@langchain/core/vectorstores';

type Filter = (doc: Document) => boolean;

/** Euclidean length, or 1 for a zero vector (so it stays zero when divided). */
function l2(v: ArrayLike<number>): number {
  let sq = 0;
  for (let d = 0; d < v.length; d++) sq += (v[d] ?? 0) * (v[d] ?? 0);
  return Math.sqrt(sq) || 1;
}

/** Unit vectors in one contiguous Float32Array (row = insertion order), with exact cosine scoring in float64. */
export class FlatVectors {
  /** Number of rows. */
  size: number;
  private data: Float32Array;

  /** An empty set, or the rows of `data` (as written by `raw`). */
  constructor(
    readonly dims: number,
    data?: Float32Array,
  ) {
    this.data = data ?? new Float32Array(dims * 1024);
    this.size = data ? Math.floor(data.length / dims) : 0;
  }

  /** Appends `v` scaled to unit length (a zero vector stays zero); returns its row. */
  add(v: ArrayLike<number>): number {
    if (v.length !== this.dims) throw new Error(`vector has ${v.length} dims, index has ${this.dims}`);
    if ((this.size + 1) * this.dims > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.dims * 1024));
      grown.set(this.data);
      this.data = grown;
    }
    const norm = l2(v);
    const o = this.size * this.dims;
    for (let d = 0; d < this.dims; d++) this.data[o + d] = (v[d] ?? 0) / norm;
    return this.size++;
  }

  /** The stored (unit) vector of a row. */
  row(i: number): number[] {
    return Array.from(this.data.subarray(i * this.dims, (i + 1) * this.dims));
  }

  /** The rows as one array (for saving). */
  get raw(): Float32Array {
    return this.data.subarray(0, this.size * this.dims);
  }

  /** The query as a unit Float64Array (a zero query stays zero). */
  unit(query: ArrayLike<number>): Float64Array {
    const norm = l2(query);
    return Float64Array.from(query, (x) => x / norm);
  }

  /** Cosine of row `i` with a unit query, accumulated in float64. */
  score(i: number, q: Float64Array): number {
    const { data, dims } = this;
    const o = i * dims;
    let a = 0;
    let b = 0;
    let d = 0;
    for (; d + 1 < dims; d += 2) {
      a += (data[o + d] as number) * (q[d] as number);
      b += (data[o + d + 1] as number) * (q[d + 1] as number);
    }
    if (d < dims) a += (data[o + d] as number) * (q[d] as number);
    return a + b;
  }

  /** Exact top-`k` rows by cosine among `rows` (default all), best first; equal scores keep the lower row first. */
  top(q: Float64Array, k: number, accept?: (row: number) => boolean, rows?: ArrayLike<number>): [number, number][] {
    const n = rows ? rows.length : this.size;
    const ids: number[] = [];
    const scores: number[] = [];
    for (let j = 0; j < n; j++) {
      const i = rows ? (rows[j] as number) : j;
      if (accept && !accept(i)) continue;
      const s = this.score(i, q);
      if (ids.length >= k && s <= (scores[k - 1] as number)) continue;
      let p = ids.length;
      for (; p > 0 && ((scores[p - 1] as number) < s || (scores[p - 1] === s && (ids[p - 1] as number) > i)); p--) {
        ids[p] = ids[p - 1] as number;
        scores[p] = scores[p - 1] as number;
      }
      ids[p] = i;
      scores[p] = s;
      if (ids.length > k) {
        ids.pop();
        scores.pop();
      }
    }
    return ids.map((i, r) => [i, scores[r] as number]);
  }
}

/** Exact k-nearest-neighbour search over unit vectors (cosine = dot product). */
export class ExactVectorStore extends VectorStore {
  declare FilterType: Filter;
  private vectors: FlatVectors | null = null;
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
      this.vectors ??= new FlatVectors(v.length);
      this.vectors.add(v);
      this.docs.push(doc);
    });
    return documents.map((d, i) => d.id ?? String(this.docs.length - documents.length + i));
  }

  async addDocuments(documents: Document[]): Promise<string[]> {
    return this.addVectors(await this.embeddings.embedDocuments(documents.map((d) => d.pageContent)), documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: Filter): Promise<[Document, number][]> {
    const flat = this.vectors;
    if (!flat || k <= 0) return [];
    const accept = filter ? (i: number) => this.docs[i] !== undefined && filter(this.docs[i] as Document) : undefined;
    return flat.top(flat.unit(query), k, accept).flatMap(([i, s]) => {
      const doc = this.docs[i];
      return doc ? [[doc, s] as [Document, number]] : [];
    });
  }
}
