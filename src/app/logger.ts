/** pino wired at the edge: JSON in production, pretty on a TTY, a file under the terminal chat, secrets redacted. */
import pino from 'pino';
import pinoPretty from 'pino-pretty';
import type { Logger } from '../core/logger.js';

/** Paths pino redacts wherever they appear. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'botToken',
  '*.botToken',
  'appToken',
  '*.appToken',
  'signingSecret',
  '*.signingSecret',
  'password',
  '*.password',
  'OPENAI_API_KEY',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
];

/** Where the logs of the terminal chat go, so they never land between the prompts. */
export const LOG_FILE = 'permabot.log';

/** Options of the process logger. */
export interface LoggerOptions {
  /** Pretty, coloured lines (default: when stderr is a TTY). */
  pretty?: boolean;
  /** Append JSON lines at `level` to this file; then only `terminalLevel` and above reach stderr. */
  file?: string;
  /** What still reaches stderr when logging to a file (default warn). */
  terminalLevel?: string;
}

/** Creates the process logger. Logs go to stderr (or a file) so stdout stays clean for `--json` output. */
export function createLogger(level: string, opts: LoggerOptions = {}): Logger {
  const pretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  const base = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: { app: 'permabot' } };
  if (opts.file) {
    const stderr = pretty ? pinoPretty({ destination: 2, colorize: true, sync: true }) : pino.destination(2);
    const streams = [
      { level: level as pino.Level, stream: pino.destination({ dest: opts.file, append: true, sync: true }) },
      { level: (opts.terminalLevel ?? 'warn') as pino.Level, stream: stderr },
    ];
    return pino(base, pino.multistream(streams)) as unknown as Logger;
  }
  const transport = pretty ? { target: 'pino-pretty', options: { destination: 2, colorize: true } } : undefined;
  return pino(
    { ...base, ...(transport ? { transport } : {}) },
    transport ? undefined : pino.destination(2),
  ) as unknown as Logger;
}
