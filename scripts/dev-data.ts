/**
 * What the fitting scripts share: the labelled DEV questions (never a frozen test split, never a studio
 * set) and the index of the default knowledge they are answered from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadOrBuildIndex } from '../src/app/knowledge-index.js';
import { LocalEmbeddings } from '../src/providers/embeddings/local-embeddings.js';

const ROOT = resolve(import.meta.dirname, '..');

/** One labelled dev case, as the fitting scripts read it. */
export interface DevCase {
  kind: string;
  question: string;
  turns?: string[];
  must?: string[][];
}

/** Every dev case: the round-1 dev splits (without the studio set), rounds 3, 5, 7 and 9 (mixed and safety), the dev halves of round 10, and the project's own sets. */
export function devCases(): DevCase[] {
  const files = [
    ...readdirSync(join(ROOT, 'test/eval/blind'))
      .filter((f) => f.endsWith('.dev.jsonl') && !f.startsWith('D-'))
      .map((f) => join(ROOT, 'test/eval/blind', f)),
    ...['fresh.jsonl', 'fresh-2.jsonl', 'paraphrases.jsonl', 'questions.jsonl'].map((f) => join(ROOT, 'test/eval', f)),
    // Round 3 is development data (its README); its studio set needs its own file, so it is not here.
    ...['R-mixed.jsonl', 'S-safety.jsonl'].map((f) => join(ROOT, 'test/eval/blind3', f)),
    // …and so is round 5.
    ...['X-safety.jsonl', 'Y-mixed.jsonl'].map((f) => join(ROOT, 'test/eval/blind5', f)),
    // …and rounds 7 and 9, and the dev halves of round 10 (their test halves are frozen).
    ...['L-mixed.jsonl', 'N-safety.jsonl'].map((f) => join(ROOT, 'test/eval/blind7', f)),
    ...['Z-safety.jsonl', 'Z2-mixed.jsonl', 'Z3-redflags.jsonl'].map((f) => join(ROOT, 'test/eval/blind9', f)),
    ...['X10-mixed.dev.jsonl', 'Y10-safety.dev.jsonl'].map((f) => join(ROOT, 'test/eval/blind10', f)),
  ];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as DevCase),
  );
}

/** The index of `knowledge/` (built into `data/index` on first use). */
export async function devIndex() {
  const { index } = await loadOrBuildIndex({
    knowledgeDir: join(ROOT, 'knowledge'),
    indexRoot: join(ROOT, 'data/index'),
    embeddings: LocalEmbeddings.load(),
  });
  return index;
}
