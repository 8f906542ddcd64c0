/** The Discord adapter around the real assistant and review service: a follow-up in context, a medical question. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import type { PermabotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logger.js';
import { makeApp } from '../assistant/harness.js';
import { FakeDiscord } from './fake-discord/server.js';
import {
  ana,
  askInteraction,
  BOT_ID,
  BOT_USER,
  ben,
  DM_CHANNEL,
  GENERAL,
  GENERAL_POSTS,
  message,
  REVIEW_CHANNEL,
  REVIEW_POSTS,
  TOKEN,
  type user,
} from './harness.js';

let app: PermabotApp;
let discord: FakeDiscord;
let adapter: DiscordAdapter;
const DM_POSTS = new RegExp(`^/channels/${DM_CHANNEL}/messages$`);

beforeAll(async () => {
  app = await makeApp();
  discord = await new FakeDiscord().start();
  adapter = createDiscordAdapter({
    config: {
      token: TOKEN,
      reviewChannelId: REVIEW_CHANNEL,
      moderatorRoleIds: [],
      replyMode: 'reply',
      userQuestionsPerMin: 100,
      guildQuestionsPerMin: 100,
      apiUrl: discord.api,
    },
    assistant: app.assistant,
    review: app.review,
    logger: silentLogger,
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await discord.close();
  await app.close();
});

const mention = async (author: ReturnType<typeof user>, text: string) => {
  const n = discord.find('POST', GENERAL_POSTS).length + 1;
  discord.dispatch(
    'MESSAGE_CREATE',
    message({ channelId: GENERAL, author, content: `<@${BOT_ID}> ${text}`, mentions: [BOT_USER] }),
  );
  return String((await discord.waitFor(() => discord.find('POST', GENERAL_POSTS)[n - 1])).body?.content);
};

describe('Discord with the real core', () => {
  it("answers a person's follow-up mention with the kind from their first one, not someone else's", async () => {
    expect(await mention(ana, "I'm getting a microdermal next week, does it hurt?")).toMatch(/discomfort|manageable/);
    expect(await mention(ben, 'how long does a welded bracelet take?')).not.toMatch(/6-8 weeks/);
    expect(await mention(ana, 'and how long till it heals?')).toMatch(/6-8 weeks/);
  });

  it('answers a huge DM and a binary-looking one with a clear message, never a crash', async () => {
    const dm = async (content: string) => {
      const n = discord.find('POST', DM_POSTS).length + 1;
      discord.dispatch('MESSAGE_CREATE', message({ channelId: DM_CHANNEL, guildId: null, author: ben, content }));
      return String((await discord.waitFor(() => discord.find('POST', DM_POSTS)[n - 1])).body?.content);
    };
    expect(await dm('how long does healing take? '.repeat(150))).toContain('That message is too long for me');
    expect(await dm('\u0000\u0001\u0002\uFFFD\uFFFD')).toContain("doesn't look like text");
    expect(await dm('does a welded bracelet hurt?')).toMatch(/painless|does not hurt/i);
  });

  it('defers a medical /ask to a professional and puts it on the review channel', async () => {
    const slash = askInteraction(ana, 'my dermal is red and oozing, should I take it out myself?');
    discord.dispatch('INTERACTION_CREATE', slash);
    const edit = await discord.waitFor(
      () => discord.find('PATCH', new RegExp(`/${slash.token}/messages/@original$`))[0],
    );
    const text = String(edit.body?.content);
    expect(text).toMatch(/medical professional|doctor/i);
    expect(text).toMatch(/piercer/i);
    const card = await discord.waitFor(() => discord.find('POST', REVIEW_POSTS).at(-1));
    expect(JSON.stringify(card.body)).toContain('my dermal is red and oozing');
    expect(JSON.stringify(card.body)).toMatch(/medical|urgent/);
  });
});
