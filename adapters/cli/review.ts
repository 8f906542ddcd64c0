/**
 * `review …`: the moderator queue from the terminal (the local admin). Opens only the store and the review
 * service (no index). A read-only data folder still answers list, show and stats, from a snapshot of the database.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reviewServiceFor } from '../../src/app/create-app.js';
import type { ReviewStore } from '../../src/core/review/store.js';
import { LocalEmbeddings } from '../../src/providers/embeddings/local-embeddings.js';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';
import { reviewDbPath, SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { type CliContext, EXIT, UsageError } from './context.js';
import { checkDataDir, type DataDir } from './data-dir.js';
import { runReviewCommand } from './review/review-command.js';
import { SUBCOMMANDS, USAGE } from './usage.js';

const READ_ONLY = new Set(['list', 'show', 'stats']);

/** The store of a data folder: the database itself, or a private snapshot of it when the folder is read-only. */
function openStore(dataDir: DataDir, sub: string | undefined): { store: ReviewStore; cleanup: () => void } {
  if (dataDir.writable) return { store: SqliteReviewStore.open(dataDir.path), cleanup: () => {} };
  if (!sub || !READ_ONLY.has(sub))
    throw new UsageError(
      `the data folder ${dataDir.path} is not writable, and review ${sub ?? ''} changes permabot.db; make the folder writable (review list, show and stats work read-only)`,
    );
  const db = reviewDbPath(dataDir.path);
  if (!existsSync(db)) return { store: new MemoryReviewStore(), cleanup: () => {} };
  const snapshot = mkdtempSync(join(tmpdir(), 'permabot-readonly-'));
  for (const suffix of ['', '-wal'])
    if (existsSync(db + suffix)) copyFileSync(db + suffix, reviewDbPath(snapshot) + suffix);
  return { store: SqliteReviewStore.open(snapshot), cleanup: () => rmSync(snapshot, { recursive: true, force: true }) };
}

/** Opens the review store and service and runs the review subcommand. */
export async function runReview(ctx: CliContext): Promise<number> {
  if (ctx.argv.length === 0) {
    ctx.err.write(USAGE.review ?? '');
    return EXIT.usage;
  }
  const sub = ctx.argv.find((a) => SUBCOMMANDS.review?.includes(a));
  const dataDir = checkDataDir(ctx.config.PERMABOT_DATA_DIR);
  const { store, cleanup } = openStore(dataDir, sub);
  try {
    const service = reviewServiceFor(ctx.config, store, LocalEmbeddings.load(), ctx.logger);
    return await runReviewCommand(ctx.argv, {
      service,
      store,
      out: ctx.out,
      err: ctx.err,
      isTTY: Boolean(ctx.out.isTTY),
    });
  } finally {
    await store.close();
    cleanup();
  }
}
