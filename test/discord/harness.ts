/** Starts the real discord.js Client (through the adapter) against the fake Discord on loopback, with port fakes. */
import type { DiscordConfig } from '../../adapters/discord/config.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { FakeAssistant, type FakeAssistantOptions, FakeReviewActions } from '../fakes/chat-ports.js';
import { type LogLine, recordingLogger } from '../fakes/recording-logger.js';
import { APP_ID, BOT_ID, BOT_USER, GENERAL, MOD_ROLE, message, REVIEW_CHANNEL, user } from './fake-discord/payloads.js';
import { FakeDiscord, type RestCall } from './fake-discord/server.js';

export * from './fake-discord/payloads.js';

export const GENERAL_POSTS = new RegExp(`^/channels/${GENERAL}/messages$`);
export const REVIEW_POSTS = new RegExp(`^/channels/${REVIEW_CHANNEL}/messages$`);

/** The people in the tests: two members and a moderator (by role). */
export const ana = user('400000000000000001', 'ana');
export const ben = user('400000000000000003', 'ben');
export const mia = user('400000000000000002', 'mia');
/** Every interaction callback (acknowledgements, private replies, modals). */
export const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123';

/** Everything a test needs. */
export interface Harness {
  discord: FakeDiscord;
  adapter: DiscordAdapter;
  assistant: FakeAssistant;
  review: FakeReviewActions;
  logs: LogLine[];
  /** Waits for the n-th (1-based) REST call matching method and path, and returns it. */
  call(method: string, path: RegExp, n?: number): Promise<RestCall>;
  /** Mentions the bot in #general as `author`; resolves with the message object of the bot's reply. */
  mention(author: ReturnType<typeof user>, text: string): Promise<ReturnType<typeof message>>;
  /** The n-th (1-based) review card posted to the review channel, as the message object Discord returned. */
  card(n?: number): Promise<ReturnType<typeof message>>;
  close(): Promise<void>;
}

/** Starts a harness; `mode` is the review mode of the fake review core. */
export async function startHarness(
  opts: {
    mode?: 'post' | 'hold';
    assistant?: Omit<FakeAssistantOptions, 'review'>;
    config?: Partial<DiscordConfig>;
  } = {},
): Promise<Harness> {
  const discord = await new FakeDiscord().start();
  const review = new FakeReviewActions(opts.mode ?? 'post');
  const assistant = new FakeAssistant({ ...opts.assistant, review });
  const logs: LogLine[] = [];
  const config: DiscordConfig = {
    token: TOKEN,
    applicationId: APP_ID,
    reviewChannelId: REVIEW_CHANNEL,
    moderatorRoleIds: [MOD_ROLE],
    replyMode: 'reply',
    userQuestionsPerMin: 100,
    guildQuestionsPerMin: 1000,
    apiUrl: discord.api,
    ...opts.config,
  };
  const call = (method: string, path: RegExp, n = 1) => discord.waitFor(() => discord.find(method, path)[n - 1]);
  const adapter = createDiscordAdapter({ config, assistant, review, logger: recordingLogger(logs) });
  await adapter.start();
  return {
    discord,
    adapter,
    assistant,
    review,
    logs,
    call,
    async mention(author, text) {
      const before = discord.find('POST', GENERAL_POSTS).length;
      discord.dispatch(
        'MESSAGE_CREATE',
        message({ channelId: GENERAL, author, content: `<@${BOT_ID}> ${text}`, mentions: [BOT_USER] }),
      );
      return (await call('POST', GENERAL_POSTS, before + 1)).response as ReturnType<typeof message>;
    },
    async card(n = 1) {
      return (await call('POST', REVIEW_POSTS, n)).response as ReturnType<typeof message>;
    },
    async close() {
      await adapter.stop();
      await discord.close();
    },
  };
}
