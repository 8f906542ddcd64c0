/**
 * The Discord adapter: a discord.js Client with minimal, non-privileged intents (Guilds, GuildMessages,
 * DirectMessages: the content of messages that mention the bot and of DMs arrives without MessageContent).
 * Events enter in `handlers/messages.ts` (mentions, DMs) and `handlers/interactions.ts` (/ask, buttons, modals).
 */
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials, Status } from 'discord.js';
import { type Logger, silentLogger } from '../../src/core/logger.js';
import type { AssistantPort, ReviewActions } from '../../src/core/ports.js';
import { errMessage } from '../shared/errors.js';
import type { DiscordConfig } from './config.js';
import { createDeps } from './handlers/deps.js';
import { onInteraction } from './handlers/interactions.js';
import { onMessage } from './handlers/messages.js';
import { subscribeReviewEvents } from './handlers/review-events.js';
import { NO_PINGS } from './render.js';

/** What the adapter is built from. `clientOptions` is merged last (tests shorten timeouts). */
export interface DiscordAdapterOptions {
  config: DiscordConfig;
  assistant: AssistantPort;
  review: ReviewActions;
  logger?: Logger;
  clientOptions?: Partial<ClientOptions>;
}

/** A running (or startable) Discord adapter. */
export interface DiscordAdapter {
  readonly name: 'discord';
  readonly client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): boolean;
}

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

/** Builds the client and registers every handler; nothing connects until `start()`. */
export function createDiscordAdapter(opts: DiscordAdapterOptions): DiscordAdapter {
  const { config } = opts;
  const log = (opts.logger ?? silentLogger).child({ adapter: 'discord' });
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel], // DM channels arrive uncached
    allowedMentions: NO_PINGS,
    ...opts.clientOptions,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), ...opts.clientOptions?.rest },
  });
  const deps = createDeps({ config, assistant: opts.assistant, review: opts.review, log, client });
  client.on(Events.MessageCreate, (message) => void onMessage(deps, message));
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(deps, interaction));
  client.on(Events.Error, (err) => log.error({ err: errMessage(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'gateway resumed'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter }, 'REST rate limited'),
  );

  let unsubscribe: (() => void) | null = null;
  return {
    name: 'discord',
    client,
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      unsubscribe = subscribeReviewEvents(deps);
      log.info(
        { user: client.user?.id, guilds: client.guilds.cache.size, mode: config.replyMode },
        'discord adapter ready',
      );
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await client.destroy().catch((err: unknown) => log.warn({ err: errMessage(err) }, 'discord stop failed'));
    },
    ready() {
      return client.isReady() && client.ws.status === Status.Ready;
    },
  };
}
