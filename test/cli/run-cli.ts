/** Runs the real `permabot` binary in a child process, offline and against a given data dir. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

/** Extra process settings for one run. */
export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Run as this user (tests that need a folder the process cannot write, when the suite runs as root). */
  uid?: number;
}

/** Spawns `bin/permabot.mjs` with LLM mode off and `PERMABOT_DATA_DIR` set; `json()` parses stdout. */
export function runCli(dataDir: string, args: string[], input?: string, opts: RunOptions = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/permabot.mjs'), ...args], {
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      PERMABOT_DATA_DIR: dataDir,
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
      PERMABOT_FROM_SOURCE: '1',
      PERMABOT_ENV_FILE: '',
      ...(opts.uid === undefined ? {} : { HOME: '/tmp' }),
      ...opts.env,
    },
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
    timeout: 60_000,
  });
  return { ...r, json: () => JSON.parse(r.stdout) };
}
