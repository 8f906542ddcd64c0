/** `eval [--questions FILE] [--knowledge DIR] [--json]`: scores answers against a question file. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type EvalCase, type EvalVerdict, scoreCase } from '../../src/app/eval/score.js';
import type { Incoming } from '../../src/core/types.js';
import { type CliContext, EXIT } from './context.js';
import { openRuntime } from './runtime.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The development question set beside the repository. */
export const DEFAULT_QUESTIONS = resolve(REPO, '../shared/eval/questions.jsonl');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0) : 0;
};

/** Reads a JSONL question file; bad lines are reported, not fatal. */
export function readCases(path: string, err: NodeJS.WritableStream): EvalCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as EvalCase];
      } catch {
        err.write(`skipping line ${i + 1} of ${path}: not JSON\n`);
        return [];
      }
    });
}

/** Runs the eval and prints pass counts per kind, retrieval hit rate and latency percentiles. */
export async function runEval(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: ctx.argv,
    options: {
      questions: { type: 'string' },
      knowledge: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const cases = readCases(resolve(values.questions ?? DEFAULT_QUESTIONS), ctx.err);
  const rt = await openRuntime(ctx, values.knowledge ? { knowledgeDir: values.knowledge } : {});
  const citedSeeds = Boolean(values.knowledge && /seeds/.test(values.knowledge));
  const verdicts: (EvalVerdict & { latencyMs: number; text: string })[] = [];
  let hits = 0;
  let withSources = 0;
  try {
    for (const c of cases) {
      const key = `eval:${c.id}`;
      for (const turn of c.turns ?? []) await rt.app.assistant.ask(incoming(turn, key));
      const t0 = performance.now();
      const answer = await rt.app.assistant.ask(incoming(c.question, key));
      const latencyMs = performance.now() - t0;
      verdicts.push({ ...scoreCase(c, answer, { citedSeeds }), latencyMs, text: answer.text });
      if (citedSeeds && c.kind === 'answer' && c.sources?.length) {
        withSources++;
        const r = await rt.app.index.retriever.retrieve(c.question, 5);
        if (r.results.some((x) => c.sources?.some((s) => x.chunk.source.endsWith(s)))) hits++;
      }
    }
  } finally {
    await rt.close();
  }
  const kinds = [...new Set(verdicts.map((v) => v.kind))];
  const byKind = Object.fromEntries(
    kinds.map((k) => {
      const vs = verdicts.filter((v) => v.kind === k);
      return [k, { pass: vs.filter((v) => v.pass).length, total: vs.length }];
    }),
  );
  const lat = verdicts.map((v) => v.latencyMs);
  const summary = {
    knowledge: values.knowledge ?? rt.app.config.PERMABOT_KNOWLEDGE_DIR,
    pass: verdicts.filter((v) => v.pass).length,
    total: verdicts.length,
    byKind,
    retrievalHitRate: withSources ? hits / withSources : null,
    latencyMs: { p50: pct(lat, 50), p95: pct(lat, 95), max: pct(lat, 100) },
    failures: verdicts.filter((v) => !v.pass).map(({ id, kind, failures, text }) => ({ id, kind, failures, text })),
  };
  if (values.json) ctx.out.write(`${JSON.stringify(summary)}\n`);
  else {
    ctx.out.write(`eval on ${summary.knowledge}: ${summary.pass}/${summary.total} passed\n`);
    for (const [k, v] of Object.entries(byKind)) ctx.out.write(`  ${k.padEnd(9)} ${v.pass}/${v.total}\n`);
    if (summary.retrievalHitRate !== null)
      ctx.out.write(`  retrieval hit rate (top 5, expected source): ${(summary.retrievalHitRate * 100).toFixed(0)}%\n`);
    ctx.out.write(
      `  latency ms: p50 ${summary.latencyMs.p50.toFixed(2)}, p95 ${summary.latencyMs.p95.toFixed(2)}, max ${summary.latencyMs.max.toFixed(2)}\n`,
    );
    for (const f of summary.failures)
      ctx.out.write(
        `  FAIL ${f.id} (${f.kind}): ${f.failures.join('; ')}${values.verbose ? `\n    ${f.text.replace(/\n/g, '\n    ')}` : ''}\n`,
      );
  }
  return summary.pass === summary.total ? EXIT.ok : EXIT.failed;
}

function incoming(text: string, key: string): Incoming {
  return { text, platform: 'cli', userId: 'eval', channelRef: key, conversationKey: key, isPublic: false };
}
