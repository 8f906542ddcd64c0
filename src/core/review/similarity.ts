/** Text and vector similarity used by the review core (knowledge-gap grouping, curated-answer matching). */
import { terms } from '../text/tokenize.js';

function jaccard(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return shared / (sa.size + sb.size - shared);
}

/** Jaccard overlap of content terms (stemmed, stop words dropped), 0..1. Identical texts score 1. */
export function tokenJaccard(a: string, b: string): number {
  return cachedTokenJaccard(new Map())(a, b);
}

/** `tokenJaccard` that tokenises each distinct text once (for many comparisons, e.g. gap clustering). */
export function cachedTokenJaccard(cache = new Map<string, Set<string>>()): (a: string, b: string) => number {
  const termSet = (text: string) => {
    let set = cache.get(text);
    if (!set) {
      set = new Set(terms(text));
      cache.set(text, set);
    }
    return set;
  };
  return (a, b) => {
    const sa = termSet(a);
    const sb = termSet(b);
    if (sa.size === 0 && sb.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0;
    return jaccard(sa, sb);
  };
}

/** Cosine similarity of two vectors of the same length; 0 when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
