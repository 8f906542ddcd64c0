/** Deterministic bag-of-words embeddings for tests: each word hashes to a direction; similar texts share words. */
import { Embeddings } from '@langchain/core/embeddings';

const hash = (s: string) => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
};

/** Fake embeddings: `dims`-dimensional, unit length, no model. */
export class HashEmbeddings extends Embeddings {
  constructor(readonly dims = 32) {
    super({});
  }

  embedSync(text: string): number[] {
    const v = new Array<number>(this.dims).fill(0);
    for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      const h = hash(w);
      v[h % this.dims] = (v[h % this.dims] ?? 0) + 1;
      v[(h >>> 8) % this.dims] = (v[(h >>> 8) % this.dims] ?? 0) + 0.5;
    }
    const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
    return v.map((x) => x / n);
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedSync(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedSync(text);
  }
}
