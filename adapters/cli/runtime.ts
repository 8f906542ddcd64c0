/** Opens the app (index, assistant, review store) for a CLI command and closes it afterwards. */
import { type CreateAppOptions, createApp, type PermabotApp } from '../../src/app/create-app.js';
import type { CliContext } from './context.js';

/** A running app plus its cleanup. */
export interface Runtime {
  app: PermabotApp;
  close(): Promise<void>;
}

/** Builds the app for a command; shows ingest progress on a TTY. */
export async function openRuntime(ctx: CliContext, opts: Partial<CreateAppOptions> = {}): Promise<Runtime> {
  const onProgress = ctx.err.isTTY
    ? (done: number, total: number) => {
        if (total >= 20) ctx.err.write(`\rindexing ${done}/${total} files${done === total ? '\n' : ''}`);
      }
    : undefined;
  const app = await createApp(ctx.config, { logger: ctx.logger, ...(onProgress ? { onProgress } : {}), ...opts });
  return { app, close: () => app.close() };
}
