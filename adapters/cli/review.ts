/** `review …`: the moderator queue from the terminal (the local admin). */
import { type CliContext, EXIT } from './context.js';
import { runReviewCommand } from './review/review-command.js';
import { openRuntime } from './runtime.js';

/** Opens the app (for the service and its embeddings) and runs the review subcommand. */
export async function runReview(ctx: CliContext): Promise<number> {
  if (ctx.argv.length === 0) {
    ctx.err.write('Usage: permabot review list|show|approve|correct|reject|retire|pull|stats|purge …\n');
    return EXIT.usage;
  }
  const rt = await openRuntime(ctx);
  try {
    return await runReviewCommand(ctx.argv, {
      service: rt.app.review,
      store: rt.app.store,
      out: ctx.out,
      err: ctx.err,
      isTTY: Boolean(ctx.out.isTTY),
    });
  } finally {
    await rt.close();
  }
}
