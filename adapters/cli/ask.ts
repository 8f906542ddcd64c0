/** `ask [--json] [--stdin] [--knowledge DIR] [QUESTION]`: answers one question, or one per stdin line. */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Incoming } from '../../src/core/types.js';
import { type CliContext, EXIT } from './context.js';
import { renderAnswer } from './render.js';
import { openRuntime } from './runtime.js';

interface Job {
  id: string;
  question: string;
  conversation?: string;
}

/** Parses one stdin line: `{"id","question","conversation"?}` JSON, or plain text. */
export function parseLine(line: string, n: number): Job | null {
  const t = line.trim();
  if (!t) return null;
  if (t.startsWith('{')) {
    try {
      const o = JSON.parse(t) as Record<string, unknown>;
      if (typeof o.question === 'string') {
        const job: Job = {
          id: typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : String(n),
          question: o.question,
        };
        if (typeof o.conversation === 'string') job.conversation = o.conversation;
        return job;
      }
    } catch {
      // Not JSON after all: treat as a plain question.
    }
  }
  return { id: String(n), question: t };
}

/** Runs the ask command. */
export async function runAsk(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: ctx.argv,
    options: { json: { type: 'boolean' }, stdin: { type: 'boolean' }, knowledge: { type: 'string' } },
    allowPositionals: true,
  });
  const single = positionals.join(' ');
  if (!values.stdin && !single.trim()) {
    ctx.err.write('Usage: permabot ask [--json] [--stdin] [--knowledge DIR] "your question"\n');
    return EXIT.usage;
  }
  const rt = await openRuntime(ctx, values.knowledge ? { knowledgeDir: values.knowledge } : {});
  try {
    const answerOne = async (job: Job) => {
      const incoming: Incoming = {
        text: job.question,
        platform: 'cli',
        userId: 'local',
        channelRef: `cli:${process.pid}`,
        conversationKey: job.conversation ?? `cli:${process.pid}:${job.id}`,
        isPublic: false,
      };
      const started = performance.now();
      const answer = await rt.app.assistant.ask(incoming);
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      if (values.json)
        ctx.out.write(`${JSON.stringify({ id: job.id, question: job.question, ...answer, latencyMs })}\n`);
      else ctx.out.write(`${renderAnswer(answer, { color: Boolean(ctx.out.isTTY) })}\n\n`);
    };
    if (values.stdin) {
      let n = 0;
      for await (const line of createInterface({ input: ctx.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
        const job = parseLine(line, ++n);
        if (job) await answerOne(job);
      }
    } else {
      await answerOne({ id: '1', question: single });
    }
    return EXIT.ok;
  } finally {
    await rt.close();
  }
}
