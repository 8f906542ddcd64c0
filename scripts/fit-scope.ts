/**
 * Chooses the evidence a message needs when its only jewelry words have other everyday senses ("chain",
 * "ring", "weld", "punch"): labelled DEV messages of that kind, in scope (answer, unknown) vs
 * off-topic, scored by the evidence for their own words. Prints precision/recall of "in scope" per
 * threshold and the best balanced accuracy. Run: npx tsx scripts/fit-scope.ts (SENSE=none: messages naming
 * no jewelry word but a topic; SENSE=bare: neither).
 */
import { answerParts } from '../src/core/compose/answer-parts.js';
import { understand } from '../src/core/understand/index.js';
import { devCases, devIndex } from './dev-data.js';

const index = await devIndex();
const rows: { s: number; y: number; q: string }[] = [];
for (const c of devCases()) {
  // Deferrals and red flags are routed by triage before scope is asked.
  if (c.turns?.length || !['answer', 'unknown', 'offtopic'].includes(c.kind)) continue;
  const u = understand(c.question, index.retriever.lexicon);
  // SENSE=none: messages that name no jewelry but a topic ("does it hurt", "how long to heal").
  // SENSE=bare: messages that name neither a jewelry word nor a topic ("is that a thing people do").
  const sense = process.env.SENSE ?? 'ambiguous';
  const kind =
    sense === 'bare'
      ? u.domain === 'none' && !u.topics.length
      : u.domain === sense && (sense !== 'none' || u.topics.length > 0);
  if (!kind || u.studio.length || u.about === 'client') continue;
  const ctx = {
    query: u.question,
    kind: null,
    topic: null,
    carried: false,
    history: [],
    medical: null,
    followUp: false,
  };
  const a = await answerParts(index.retriever, u, ctx);
  rows.push({ s: a.typedEvidence, y: c.kind === 'offtopic' ? 0 : 1, q: c.question });
}
const pos = rows.filter((r) => r.y === 1).length;
const neg = rows.length - pos;
console.log(
  `messages with ${process.env.SENSE ?? 'ambiguous'} jewelry words: ${rows.length} (in scope ${pos}, off-topic ${neg})`,
);
console.log('threshold | precision(in scope) | recall(in scope) | recall(off-topic)');
let best = { t: 0.5, bal: 0 };
for (let t = 0.05; t <= 0.9; t += 0.05) {
  const inScope = rows.filter((r) => r.s >= t);
  const tp = inScope.filter((r) => r.y === 1).length;
  const tn = rows.filter((r) => r.s < t && r.y === 0).length;
  const bal = (tp / Math.max(1, pos) + tn / Math.max(1, neg)) / 2;
  if (bal > best.bal + 1e-9) best = { t, bal };
  console.log(
    `${t.toFixed(2)} | ${(tp / Math.max(1, inScope.length)).toFixed(3)} | ${(tp / Math.max(1, pos)).toFixed(3)} | ${(tn / Math.max(1, neg)).toFixed(3)}`,
  );
}
console.log(`best balanced accuracy ${best.bal.toFixed(3)} at ${best.t.toFixed(2)}`);
if (process.env.SHOW)
  for (const r of rows.sort((a, b) => a.s - b.s)) console.log(r.y, r.s.toFixed(2), r.q.slice(0, 90));
