/** How the service tests run the real CLI: the bin, from source, offline, on their own data folder. */
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/permabot.mjs');

/** The environment of a spawned `permabot`: no .env file, no model, on `dataDir`; `extra` is added last. */
export function offlineEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PERMABOT_FROM_SOURCE: '1',
    PERMABOT_ENV_FILE: '',
    PERMABOT_DATA_DIR: dataDir,
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
    ...extra,
  };
}
