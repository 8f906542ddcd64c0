/** Bridges Bolt's logger interface to the project's Logger port (pino in production). */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';

const join = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ');

/** A Bolt logger writing to `log` (level filtering stays with the project logger). */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...msg) => log.debug({ source: 'bolt' }, join(msg)),
    info: (...msg) => log.info({ source: 'bolt' }, join(msg)),
    warn: (...msg) => log.warn({ source: 'bolt' }, join(msg)),
    error: (...msg) => log.error({ source: 'bolt' }, join(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
