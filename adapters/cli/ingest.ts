/** `ingest [--knowledge DIR] [--index DIR] [--force]`: (re)builds the index, incrementally by content hash. */
import { parseArgs } from 'node:util';
import { type CliContext, EXIT } from './context.js';
import { openRuntime } from './runtime.js';

/** Runs the ingest command and prints what it did. */
export async function runIngest(ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: ctx.argv,
    options: {
      knowledge: { type: 'string' },
      index: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
  const started = performance.now();
  const rt = await openRuntime(ctx, {
    ...(values.knowledge ? { knowledgeDir: values.knowledge } : {}),
    ...(values.index ? { indexRoot: values.index } : {}),
    forceRebuild: values.force ?? false,
  });
  const s = rt.app.indexStats;
  const ms = Math.round(performance.now() - started);
  if (values.json) ctx.out.write(`${JSON.stringify({ ...s, ms })}\n`);
  else
    ctx.out.write(
      s.fromCache
        ? `index up to date: ${s.files} files, ${s.chunks} chunks (${s.cacheDir}) in ${ms} ms\n`
        : `indexed ${s.files} files into ${s.chunks} chunks: ${s.embedded} embedded, ${s.reused} reused (${s.cacheDir}) in ${ms} ms\n`,
    );
  await rt.close();
  return EXIT.ok;
}
