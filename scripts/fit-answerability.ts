/**
 * Fits the answerability model on labelled DEV questions (never the frozen test split): for every
 * in-domain question that is not a studio-fact question, the evidence signals of its retrieved passages
 * and whether the guidance answers it (`answer`) or not (`unknown`). Prints the fitted weights and the
 * precision/recall of "answer" at each threshold. Run: npx tsx scripts/fit-answerability.ts
 */
import { evidenceFeatures } from '../src/core/compose/answerability.js';
import { understand } from '../src/core/understand/index.js';
import { devCases, devIndex } from './dev-data.js';

const index = await devIndex();
const rows: { x: number[]; y: number; q: string }[] = [];
for (const c of devCases()) {
  if ((c.kind !== 'answer' && c.kind !== 'unknown') || c.turns?.length) continue;
  const u = understand(c.question, index.retriever.lexicon);
  if (u.studio.length || u.domain === 'none') continue;
  const r = await index.retriever.retrieve(u.question);
  const f = evidenceFeatures(r);
  rows.push({
    x: [f.lexical, f.dense, f.question, f.coverage, f.nameCoverage, f.nameGap, f.otherGap],
    y: c.kind === 'answer' ? 1 : 0,
    q: `${c.question} [${r.query.uncovered.join(',')}]`,
  });
}
const pos = rows.filter((r) => r.y === 1).length;
const neg = rows.length - pos;
console.log(`labelled dev questions: ${rows.length} (answerable ${pos}, unanswerable ${neg})`);
// Logistic regression, classes weighted to balance, small L2, plain gradient descent.
let w = rows[0]?.x.map(() => 0) ?? [];
let b = 0;
const sig = (z: number) => 1 / (1 + Math.exp(-z));
for (let it = 0; it < 20_000; it++) {
  const gw = w.map(() => 0);
  let gb = 0;
  for (const r of rows) {
    const p = sig(b + r.x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0));
    const cw = r.y === 1 ? rows.length / (2 * pos) : rows.length / (2 * neg);
    const e = (p - r.y) * cw;
    r.x.forEach((xi, i) => {
      gw[i] = (gw[i] ?? 0) + e * xi;
    });
    gb += e;
  }
  w = w.map((wi, i) => wi - 0.5 * ((gw[i] ?? 0) / rows.length + 0.001 * wi));
  b -= 0.5 * (gb / rows.length);
}
console.log(
  `weights: ${['lexical', 'dense', 'question', 'coverage', 'nameCoverage', 'nameGap', 'otherGap'].map((k, i) => `${k} ${w[i]?.toFixed(2)}`).join(', ')}, bias ${b.toFixed(2)}`,
);
const scored = rows.map((r) => ({ ...r, s: sig(b + r.x.reduce((s, xi, i) => s + xi * (w[i] ?? 0), 0)) }));
console.log('threshold | precision(answer) | recall(answer) | recall(unknown)');
for (const t of [0.2, 0.25, 0.3, 0.35, 0.4, 0.42, 0.45, 0.49, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8]) {
  const answered = scored.filter((r) => r.s >= t);
  const tp = answered.filter((r) => r.y === 1).length;
  const tn = scored.filter((r) => r.s < t && r.y === 0).length;
  console.log(
    `${t.toFixed(2)} | ${(tp / Math.max(1, answered.length)).toFixed(3)} | ${(tp / pos).toFixed(3)} | ${(tn / neg).toFixed(3)}`,
  );
}
// The threshold with the best balanced accuracy (mean of the recalls of both classes), in steps of 0.01.
let bestT = 0.5;
let bestBal = 0;
for (let t = 0.2; t <= 0.8; t += 0.01) {
  const tp = scored.filter((r) => r.s >= t && r.y === 1).length;
  const tn = scored.filter((r) => r.s < t && r.y === 0).length;
  const bal = (tp / pos + tn / neg) / 2;
  if (bal > bestBal + 1e-9) [bestT, bestBal] = [t, bal];
}
console.log(`best balanced accuracy ${bestBal.toFixed(3)} at threshold ${bestT.toFixed(2)}`);
if (process.env.SHOW)
  for (const r of scored.sort((a, b) => a.s - b.s))
    console.log(r.y, r.s.toFixed(2), r.x.map((v) => v.toFixed(2)).join(' '), r.q.slice(0, 80));
