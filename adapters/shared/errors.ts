/** Error helpers shared by the chat adapters. */

/** The message of an unknown thrown value, for logs. */
export function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
