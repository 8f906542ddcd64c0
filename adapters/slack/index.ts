/** The Slack adapter's public entry: config, factory, and a helper that builds it from env (null when not configured). */
import type { Logger } from '../../src/core/logger.js';
import type { AssistantPort, EventJournal, ReviewActions } from '../../src/core/ports.js';
import { loadSlackConfig } from './config.js';
import { createSlackAdapter, type SlackAdapter } from './slack-adapter.js';

export { loadSlackConfig, type SlackConfig } from './config.js';
export { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from './slack-adapter.js';

/** Builds the adapter from env when SLACK_BOT_TOKEN is set; null otherwise; throws `config_invalid` when partial. */
export function slackAdapterFromEnv(
  env: Record<string, string | undefined>,
  ports: { assistant: AssistantPort; review: ReviewActions; logger?: Logger; eventJournal?: EventJournal },
): SlackAdapter | null {
  const config = loadSlackConfig(env);
  return config ? createSlackAdapter({ config, ...ports }) : null;
}
