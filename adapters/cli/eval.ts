/**
 * `eval [--questions FILE|DIR]… [--knowledge DIR] [--json] [--verbose]`: scores answers against question sets.
 * Runs on throwaway in-memory stores: eval answers never enter the moderator queue or data/permabot.db.
 */
import { parseArgs } from 'node:util';
import { scoreCase } from '../../src/app/eval/score.js';
import { MemoryConversationStore } from '../../src/core/conversation/store.js';
import type { Incoming } from '../../src/core/types.js';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';
import { type CliContext, EXIT } from './context.js';
import { loadQuestionSets } from './eval-cases.js';
import { renderSummary, type ScoredCase, summarize } from './eval-report.js';
import { openRuntime } from './runtime.js';

export { DEFAULT_QUESTIONS, readCases } from './eval-cases.js';

/** Runs the eval and prints pass counts per kind and style, retrieval hit rate and latency percentiles. */
export async function runEval(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: ctx.argv,
    options: {
      questions: { type: 'string', multiple: true },
      knowledge: { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
  });
  const cases = loadQuestionSets(values.questions, ctx.err);
  const rt = await openRuntime(ctx, {
    ...(values.knowledge ? { knowledgeDir: values.knowledge } : {}),
    store: new MemoryReviewStore(),
    conversations: new MemoryConversationStore(),
  });
  // Citations are checked whenever the index holds a file a case names as its source (the seed articles, a studio's file).
  const indexed = new Set(rt.app.index.chunks.map((c) => c.source.split('/').pop() ?? c.source));
  const cites = (c: (typeof cases)[number]) => Boolean(c.sources?.some((s) => indexed.has(s)));
  const verdicts: ScoredCase[] = [];
  let hits = 0;
  let withSources = 0;
  try {
    for (const [n, c] of cases.entries()) {
      const key = `eval:${n}:${c.id}`; // ids may repeat across files; conversations must not
      for (const turn of c.turns ?? []) await rt.app.assistant.ask(incoming(turn, key));
      const t0 = performance.now();
      const answer = await rt.app.assistant.ask(incoming(c.question, key));
      const latencyMs = performance.now() - t0;
      const style = typeof c.style === 'string' && c.style ? { style: c.style } : {};
      verdicts.push({ ...scoreCase(c, answer, { citedSeeds: cites(c) }), ...style, latencyMs, text: answer.text });
      if (cites(c) && c.kind === 'answer' && c.sources?.length) {
        withSources++;
        const r = await rt.app.index.retriever.retrieve(c.question, 5);
        if (r.results.some((x) => c.sources?.some((s) => x.chunk.source.endsWith(s)))) hits++;
      }
    }
  } finally {
    await rt.close();
  }
  const knowledge = values.knowledge ?? rt.app.config.PERMABOT_KNOWLEDGE_DIR;
  const summary = summarize(knowledge, verdicts, withSources ? hits / withSources : null);
  ctx.out.write(values.json ? `${JSON.stringify(summary)}\n` : renderSummary(summary, values.verbose ?? false));
  return summary.pass === summary.total ? EXIT.ok : EXIT.failed;
}

function incoming(text: string, key: string): Incoming {
  return { text, platform: 'cli', userId: 'eval', channelRef: key, conversationKey: key, isPublic: false };
}
