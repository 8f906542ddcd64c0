/**
 * Offline sentence embeddings: SIF-weighted average of GloVe-derived word vectors (shipped in
 * assets/word-vectors.bin.gz), with hashed character-trigram vectors for words the vocabulary lacks
 * (so "microdermal" still matches "microdermal", and typos land near their word).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import { isStopWord, stem, words } from '../../core/text/tokenize.js';
import { decodeWordVectors, type WordVectors } from './word-vector-file.js';

const SIF_A = 1e-3;
const HARMONIC = 13; // ≈ H(400k): normaliser of the Zipf estimate p(rank) = 1 / ((rank + 1) · H)

/** Finds assets/word-vectors.bin.gz from here upwards (works from src/ and from dist/). */
export function defaultWordVectorPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'assets', 'word-vectors.bin.gz');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('assets/word-vectors.bin.gz not found; reinstall the package');
}

function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A word-vector `Embeddings` that runs offline, deterministic, ~µs per word. */
export class LocalEmbeddings extends Embeddings {
  readonly dims: number;
  /** Identifies the model in index manifests (changing it invalidates cached vectors). */
  readonly modelId: string;
  private readonly cache = new Map<string, Float32Array>();

  constructor(
    private readonly vectors: WordVectors,
    params: EmbeddingsParams = {},
  ) {
    super(params);
    this.dims = vectors.dims;
    this.modelId = `local-sif-glove${vectors.dims}-${vectors.index.size}`;
  }

  /** Loads the shipped vectors (about 60 ms). */
  static load(path = defaultWordVectorPath()): LocalEmbeddings {
    return new LocalEmbeddings(decodeWordVectors(readFileSync(path)));
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedSync(t));
  }

  override async embedQuery(text: string): Promise<number[]> {
    return this.embedSync(text);
  }

  /** Frequency rank of a word in general English (0 = most common), undefined when unknown. */
  englishRank(word: string): number | undefined {
    return this.vectors.index.get(word);
  }

  /** Synchronous embedding of one text (unit length; all zeros for text without content words). */
  embedSync(text: string): number[] {
    const out = new Float64Array(this.dims);
    for (const w of words(text)) {
      if (isStopWord(w) || w.length < 2) continue;
      const { vec, weight } = this.wordVector(w);
      for (let d = 0; d < this.dims; d++) out[d] = (out[d] ?? 0) + weight * (vec[d] ?? 0);
    }
    let norm = 0;
    for (const x of out) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(out, (x) => x / norm);
  }

  private wordVector(w: string): { vec: Float32Array; weight: number } {
    const rank = this.vectors.index.get(w) ?? this.vectors.index.get(stem(w));
    if (rank === undefined) return { vec: this.oovVector(w), weight: 0.8 };
    const p = 1 / ((rank + 1) * HARMONIC);
    return { vec: this.rowVector(rank), weight: SIF_A / (SIF_A + p) };
  }

  private rowVector(rank: number): Float32Array {
    const key = `#${rank}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const { dims, data, scales } = this.vectors;
    const scale = scales[rank] ?? 0;
    const vec = new Float32Array(dims);
    for (let d = 0; d < dims; d++) vec[d] = (data[rank * dims + d] ?? 0) * scale;
    return this.remember(key, vec);
  }

  /** Sum of pseudo-random unit vectors of the word's character trigrams, scaled like a word vector. */
  private oovVector(w: string): Float32Array {
    const hit = this.cache.get(w);
    if (hit) return hit;
    const vec = new Float32Array(this.dims);
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      let h = hash32(padded.slice(i, i + 3));
      for (let d = 0; d < this.dims; d++) {
        h = Math.imul(h ^ (h >>> 15), 2246822519) >>> 0;
        vec[d] = (vec[d] ?? 0) + ((h & 0xffff) / 0xffff - 0.5);
      }
    }
    let norm = 0;
    for (const x of vec) norm += x * x;
    const target = 5 / (Math.sqrt(norm) || 1); // GloVe word vectors have norms around 5
    for (let d = 0; d < this.dims; d++) vec[d] = (vec[d] ?? 0) * target;
    return this.remember(w, vec);
  }

  private remember(key: string, vec: Float32Array): Float32Array {
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(key, vec);
    return vec;
  }
}
