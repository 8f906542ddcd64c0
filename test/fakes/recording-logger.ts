/** A Logger that keeps every line, to assert that errors are logged with context. */
import type { Logger } from '../../src/core/logger.js';

/** A log line captured by the recording logger. */
export interface LogLine {
  level: string;
  obj: Record<string, unknown>;
  msg?: string;
}

/** A Logger that keeps every line (to assert that errors are logged with context). */
export function recordingLogger(lines: LogLine[], bindings: Record<string, unknown> = {}): Logger {
  const at = (level: string) => (obj: object, msg?: string) =>
    lines.push({ level, obj: { ...bindings, ...(obj as Record<string, unknown>) }, ...(msg ? { msg } : {}) });
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (b) => recordingLogger(lines, { ...bindings, ...b }),
  };
}
