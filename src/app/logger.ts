/** pino wired at the edge: JSON in production, pretty on a TTY, tokens and secrets redacted. */
import pino from 'pino';
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

/** Creates the process logger. Logs go to stderr so stdout stays clean for `--json` output. */
export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const pretty = opts.pretty ?? Boolean(process.stderr.isTTY);
  const transport = pretty ? { target: 'pino-pretty', options: { destination: 2, colorize: true } } : undefined;
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { app: 'permabot' },
      ...(transport ? { transport } : {}),
    },
    transport ? undefined : pino.destination(2),
  ) as unknown as Logger;
}
