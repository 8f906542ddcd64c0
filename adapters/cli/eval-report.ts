/** The eval summary (pure): pass counts per kind and per style, retrieval hit rate, latency, failures. */
import type { EvalVerdict } from '../../src/app/eval/score.js';

/** One scored case with what the report needs. */
export type ScoredCase = EvalVerdict & { style?: string; latencyMs: number; text: string };

/** Pass/total per group. */
export type Tally = Record<string, { pass: number; total: number }>;

/** Cases without a `style` field are counted under this name in the style breakdown. */
export const NO_STYLE = 'unstyled';

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0) : 0;
};

function tally(verdicts: ScoredCase[], key: (v: ScoredCase) => string): Tally {
  const out: Tally = {};
  for (const v of verdicts) {
    const t = out[key(v)] ?? { pass: 0, total: 0 };
    out[key(v)] = t;
    t.total++;
    if (v.pass) t.pass++;
  }
  return out;
}

/** The summary printed by `eval --json` (and rendered as text otherwise). */
export function summarize(knowledge: string, verdicts: ScoredCase[], retrievalHitRate: number | null) {
  const lat = verdicts.map((v) => v.latencyMs);
  return {
    knowledge,
    pass: verdicts.filter((v) => v.pass).length,
    total: verdicts.length,
    byKind: tally(verdicts, (v) => v.kind),
    byStyle: tally(verdicts, (v) => v.style ?? NO_STYLE),
    retrievalHitRate,
    latencyMs: { p50: pct(lat, 50), p95: pct(lat, 95), max: pct(lat, 100) },
    failures: verdicts
      .filter((v) => !v.pass)
      .map(({ id, kind, style, failures, text }) => ({ id, kind, ...(style ? { style } : {}), failures, text })),
  };
}

/** The eval summary. */
export type EvalSummary = ReturnType<typeof summarize>;

const rows = (t: Tally) => Object.entries(t).map(([k, v]) => `    ${k.padEnd(9)} ${v.pass}/${v.total}`);

/** The text report; `verbose` adds each failing answer's text. */
export function renderSummary(s: EvalSummary, verbose: boolean): string {
  const lines = [`eval on ${s.knowledge}: ${s.pass}/${s.total} passed`, '  by kind:', ...rows(s.byKind)];
  lines.push('  by style:', ...rows(s.byStyle));
  if (s.retrievalHitRate !== null)
    lines.push(`  retrieval hit rate (top 5, expected source): ${(s.retrievalHitRate * 100).toFixed(0)}%`);
  const { p50, p95, max } = s.latencyMs;
  lines.push(`  latency ms: p50 ${p50.toFixed(2)}, p95 ${p95.toFixed(2)}, max ${max.toFixed(2)}`);
  for (const f of s.failures) {
    const style = f.style ? `, ${f.style}` : '';
    lines.push(`  FAIL ${f.id} (${f.kind}${style}): ${f.failures.join('; ')}`);
    if (verbose) lines.push(`    ${f.text.replace(/\n/g, '\n    ')}`);
  }
  return `${lines.join('\n')}\n`;
}
