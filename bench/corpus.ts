/** Synthetic corpora built from the real knowledge chunks: shuffled sentences plus filler from the corpus vocabulary. */
import { splitSentences } from '../src/core/ingest/clean.js';
import type { Chunk } from '../src/core/types.js';

/** A small deterministic PRNG (mulberry32) so every run builds the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` chunks derived from `base`: each a permutation of a base chunk's sentences plus 12 random corpus words. */
export function syntheticCorpus(base: Chunk[], n: number, seed = 7): Chunk[] {
  const random = rng(seed);
  const vocab = [...new Set(base.flatMap((c) => c.text.toLowerCase().match(/[a-z]{4,}/g) ?? []))];
  const out: Chunk[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length] as Chunk;
    const sentences = splitSentences(src.text).sort(() => random() - 0.5);
    const filler = Array.from({ length: 12 }, () => vocab[Math.floor(random() * vocab.length)]).join(' ');
    out.push({ ...src, id: `syn-${i}`, source: `synthetic/${i}.md`, text: `${sentences.join(' ')} ${filler}.` });
  }
  return out;
}

/** Percentile of a list of numbers (nearest rank). */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0) : 0;
}
