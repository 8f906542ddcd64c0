/**
 * Fits the sentence model of extractive answers on labelled DEV questions (never the frozen test
 * splits): every sentence of the passages retrieved for an answerable question, labelled relevant when
 * it states one of the facts the case requires (matches one of its `must` groups). Prints the fitted
 * weights, then how many dev questions the composed answer passes (every `must` group in the text) for
 * the current and the fitted weights and for each pick ratio. Run: npx tsx scripts/fit-sentences.ts
 */
import { bestEvidence } from '../src/core/compose/answerability.js';
import { composeLocal, PICK } from '../src/core/compose/local-composer.js';
import { SENTENCE_WEIGHTS, type SentenceFeatures, scoreSentences } from '../src/core/compose/sentences.js';
import type { RetrievalResult } from '../src/core/retrieve/hybrid-retriever.js';
import { type QuestionPart, understand } from '../src/core/understand/index.js';
import { devCases, devIndex } from './dev-data.js';

const index = await devIndex();
const retriever = index.retriever;

interface Case {
  r: RetrievalResult;
  part: QuestionPart;
  must: RegExp[][];
}
const cases: Case[] = [];
for (const c of devCases()) {
  if (c.kind !== 'answer' || c.turns?.length || !c.must?.length) continue;
  const u = understand(c.question, retriever.lexicon);
  const part = u.parts[0];
  if (u.parts.length !== 1 || !part || u.studio.length || u.domain === 'none') continue;
  let r = await retriever.retrieve(u.question);
  if (u.focus) {
    const alone = await retriever.retrieve(u.focus);
    if (bestEvidence(alone) > bestEvidence(r)) r = alone;
  }
  cases.push({ r, part, must: c.must.map((g) => g.map((re) => new RegExp(re, 'i'))) });
}
const KEYS = Object.keys(SENTENCE_WEIGHTS).filter((k) => k !== 'bias') as (keyof SentenceFeatures)[];
// A sentence is relevant when it states one of the facts the case requires.
const groups: { x: number[][]; rel: number[] }[] = [];
for (const c of cases) {
  const all = scoreSentences(c.r);
  const rel = all.flatMap((s, i) => (c.must.some((g) => g.some((re) => re.test(s.text))) ? [i] : []));
  if (rel.length && rel.length < all.length) groups.push({ x: all.map((s) => KEYS.map((k) => s.features[k])), rel });
}
console.log(`dev questions: ${cases.length}; with a relevant and an irrelevant sentence: ${groups.length}`);

const passes = () =>
  cases.filter((c) => {
    const text = composeLocal(c.r, c.part).text;
    return c.must.every((g) => g.some((re) => re.test(text)));
  }).length;
const before = { ...SENTENCE_WEIGHTS };
console.log(`composed answers passing, current weights: ${passes()}/${cases.length}`);

// Ranking model: per question, a softmax over its sentences; maximise the probability of the relevant
// ones (conditional logit), small L2, plain gradient descent. The bias does not change the ranking.
let w = KEYS.map(() => 0);
for (let it = 0; it < 3000; it++) {
  const gw = KEYS.map(() => 0);
  for (const g of groups) {
    const z = g.x.map((x) => x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0));
    const m = Math.max(...z);
    const e = z.map((v) => Math.exp(v - m));
    const sum = e.reduce((a, b) => a + b, 0);
    const mean = KEYS.map((_k, i) => g.x.reduce((s, x, j) => s + (x[i] ?? 0) * (e[j] ?? 0), 0) / sum);
    for (const r of g.rel)
      g.x[r]?.forEach((xi, i) => {
        gw[i] = (gw[i] ?? 0) + (xi - (mean[i] ?? 0)) / g.rel.length;
      });
  }
  w = w.map((wi, i) => wi + 0.5 * ((gw[i] ?? 0) / groups.length - 0.001 * wi));
}
const b = SENTENCE_WEIGHTS.bias;
console.log(`fitted: ${KEYS.map((k, i) => `${k}: ${w[i]?.toFixed(2)}`).join(', ')}, bias: ${b.toFixed(2)}`);
KEYS.forEach((k, i) => {
  SENTENCE_WEIGHTS[k] = Number((w[i] ?? 0).toFixed(2));
});

console.log(`composed answers passing, fitted weights: ${passes()}/${cases.length}`);
const ratio = PICK.ratio;
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
  PICK.ratio = t;
  console.log(`  pick ratio ${t.toFixed(2)}: ${passes()}/${cases.length}`);
}
PICK.ratio = ratio;
Object.assign(SENTENCE_WEIGHTS, before);
if (process.env.SHOW) {
  for (const c of cases) {
    const text = composeLocal(c.r, c.part).text;
    if (c.must.every((g) => g.some((re) => re.test(text)))) continue;
    const all = scoreSentences(c.r);
    const reachable = c.must.every((g) => all.some((s) => g.some((re) => re.test(s.text))));
    console.log(`\n${reachable ? 'SELECT' : 'RETRIEVE'} ${c.part.text}\n  got: ${text.slice(0, 200)}`);
    if (reachable)
      for (const s of all.slice(0, 5))
        console.log(
          `  ${s.score.toFixed(2)} ${c.must.some((g) => g.some((re) => re.test(s.text))) ? '+' : '-'} ${s.text.slice(0, 90)}`,
        );
  }
}
