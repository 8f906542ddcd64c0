/**
 * Checks PERMABOT_DATA_DIR up front: a folder permabot can create and write (probed with a real file, so a
 * folder under /proc or a read-only mount fails at once instead of hanging or failing half-way).
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './context.js';

/** The data dir as found: its absolute path and whether permabot may write there. */
export interface DataDir {
  path: string;
  writable: boolean;
}

const WHAT_TO_DO = 'set PERMABOT_DATA_DIR to a folder permabot may create and write (default: data)';

/** Resolves, creates and probes the data dir; throws a UsageError naming it when it cannot be a data dir. */
export function checkDataDir(dir: string): DataDir {
  const path = resolve(dir);
  try {
    if (!statSync(path).isDirectory())
      throw new UsageError(`PERMABOT_DATA_DIR is a file, not a folder: ${path}; ${WHAT_TO_DO}`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    try {
      makeDirs(path);
    } catch (mkErr) {
      const why = (mkErr as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a part of the path is a file' : reason(mkErr);
      throw new UsageError(`cannot create the data folder ${path} (${why}); ${WHAT_TO_DO}`);
    }
  }
  const probe = join(path, `.permabot-write-check-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
    return { path, writable: true };
  } catch {
    return { path, writable: false };
  }
}

/** Throws unless the data dir is writable (every command that stores answers or builds an index). */
export function requireWritable(dataDir: DataDir): void {
  if (!dataDir.writable)
    throw new UsageError(
      `the data folder ${dataDir.path} is not writable (permabot stores answers and the index there); make it writable or ${WHAT_TO_DO}`,
    );
}

/** `mkdir -p` one level at a time: Node's recursive mkdir never returns for a path under /proc. */
function makeDirs(path: string): void {
  const found = statSync(path, { throwIfNoEntry: false });
  if (found?.isDirectory()) return;
  if (found) throw Object.assign(new Error(`${path} is a file`), { code: 'ENOTDIR' });
  const parent = dirname(path);
  if (parent !== path) makeDirs(parent);
  mkdirSync(path);
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOENT') return 'its parent cannot hold new folders';
  return code ?? String(err);
}
