/** Deterministic bag-of-words embeddings for review tests: each word hashes to a direction, so near-identical texts are near. */
import { Embeddings } from '@langchain/core/embeddings';

function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Fake embeddings: unit-length `dims`-dimensional vectors; counts every embedded text in `calls`. */
export class FakeEmbeddings extends Embeddings {
  calls = 0;

  constructor(readonly dims = 256) {
    super({});
  }

  /** The vector of one text (lowercased words, each hashed to one signed coordinate). */
  vector(text: string): number[] {
    const v = new Array<number>(this.dims).fill(0);
    for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      const h = fnv1a(word);
      const i = h % this.dims;
      v[i] = (v[i] ?? 0) + (h & 0x80000000 ? -1 : 1);
    }
    const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    return v.map((x) => x / norm);
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    this.calls += texts.length;
    return texts.map((t) => this.vector(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    this.calls++;
    return this.vector(text);
  }
}
