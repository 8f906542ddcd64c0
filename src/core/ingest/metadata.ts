/** Infers topics and jewelry kinds from text, and validates declared ones. */
import { KIND_WORDS, TOPIC_WORDS } from '../text/lexicon.js';
import { JEWELRY_KINDS, type JewelryKind, TOPICS, type Topic } from '../types.js';

/** Jewelry kinds named in a text, most-mentioned first. */
export function inferKinds(text: string): JewelryKind[] {
  const lower = text.toLowerCase();
  const counts = JEWELRY_KINDS.map(
    (k) => [k, lower.match(new RegExp(KIND_WORDS[k].source, 'g'))?.length ?? 0] as const,
  );
  return counts
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
}

/** Topics a text is about (any topic word present). */
export function inferTopics(text: string): Topic[] {
  const lower = text.toLowerCase();
  return TOPICS.filter((t) => TOPIC_WORDS[t].test(lower));
}

/** Keeps only known kinds from a declared list. */
export function asKinds(values: string[]): JewelryKind[] {
  return values.filter((v): v is JewelryKind => (JEWELRY_KINDS as readonly string[]).includes(v));
}

/** Keeps only known topics from a declared list. */
export function asTopics(values: string[]): Topic[] {
  return values.filter((v): v is Topic => (TOPICS as readonly string[]).includes(v));
}
