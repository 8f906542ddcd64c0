/** The Discord adapter's public entry: config, factory, set-up helpers, and a builder from env (null when off). */
import type { Logger } from '../../src/core/logger.js';
import type { AssistantPort, ReviewActions } from '../../src/core/ports.js';
import { loadDiscordConfig } from './config.js';
import { createDiscordAdapter, type DiscordAdapter } from './discord-adapter.js';

export { inviteUrl, registerCommands, requiredPermissions } from './commands.js';
export { type DiscordConfig, loadDiscordConfig, requireApplicationId } from './config.js';
export { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from './discord-adapter.js';

/** Builds the adapter from env when DISCORD_TOKEN is set; null otherwise; throws `config_invalid` when invalid. */
export function discordAdapterFromEnv(
  env: Record<string, string | undefined>,
  ports: { assistant: AssistantPort; review: ReviewActions; logger?: Logger },
): DiscordAdapter | null {
  const config = loadDiscordConfig(env);
  return config ? createDiscordAdapter({ config, ...ports }) : null;
}
