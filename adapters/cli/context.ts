/** What every CLI command receives: streams, env, and a way to build the app once. */
import type { Config } from '../../src/app/config.js';
import type { Logger } from '../../src/core/logger.js';

/** The CLI's view of the process, injectable for tests. */
export interface CliContext {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream & { isTTY?: boolean };
  config: Config;
  logger: Logger;
}

/** Exit codes: 0 ok, 1 the command ran but something failed, 2 bad usage or configuration. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Bad usage or configuration found by a command: a message on stderr (naming the flag or file) and exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
}
