/** Stable error codes: adapters and logs key on these, never on messages. */
export type ErrorCode =
  | 'config_invalid'
  | 'index_missing'
  | 'index_corrupt'
  | 'knowledge_empty'
  | 'provider_failed'
  | 'store_failed'
  | 'not_found'
  | 'forbidden'
  | 'already_decided';

/** One error base class with a stable `code` and an optional `cause`. */
export class PermabotError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PermabotError';
  }
}

/** Wraps anything thrown into a PermabotError (keeps it if it already is one). */
export function asPermabotError(err: unknown, code: ErrorCode = 'provider_failed'): PermabotError {
  if (err instanceof PermabotError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new PermabotError(message, code, { cause: err });
}
