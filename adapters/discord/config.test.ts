import { describe, expect, it } from 'vitest';
import { loadDiscordConfig, requireApplicationId } from './config.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.abcdefghijklmnopqrstuvwxyz0123';

describe('Discord configuration', () => {
  it('is off without DISCORD_TOKEN (blank counts as unset)', () => {
    expect(loadDiscordConfig({})).toBeNull();
    expect(loadDiscordConfig({ DISCORD_TOKEN: '  ' })).toBeNull();
  });

  it('has safe defaults: replies, 6 questions a minute per user, 60 per server', () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      moderatorRoleIds: [],
      replyMode: 'reply',
      userQuestionsPerMin: 6,
      guildQuestionsPerMin: 60,
    });
  });

  it('parses ids, lists, modes and the API URL', () => {
    const c = loadDiscordConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '900000000000000002',
      DISCORD_REVIEW_CHANNEL_ID: '200000000000000002',
      DISCORD_MODERATOR_ROLE_IDS: '300000000000000001, 300000000000000002',
      DISCORD_REPLY_MODE: 'thread',
      DISCORD_USER_QUESTIONS_PER_MIN: '3',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(c).toMatchObject({
      applicationId: '900000000000000002',
      reviewChannelId: '200000000000000002',
      moderatorRoleIds: ['300000000000000001', '300000000000000002'],
      replyMode: 'thread',
      userQuestionsPerMin: 3,
      apiUrl: 'http://127.0.0.1:9999/api',
    });
  });

  it('names every bad variable and says what is wrong', () => {
    const run = () =>
      loadDiscordConfig({
        DISCORD_TOKEN: 'a-client-secret',
        DISCORD_REVIEW_CHANNEL_ID: '#mod-review',
        DISCORD_MODERATOR_ROLE_IDS: 'Moderators',
        DISCORD_REPLY_MODE: 'dm',
        DISCORD_GUILD_QUESTIONS_PER_MIN: '0',
        DISCORD_API_URL: 'discord',
      });
    expect(run).toThrowError(/DISCORD_TOKEN: must be the bot token/);
    for (const name of [
      'DISCORD_REVIEW_CHANNEL_ID',
      'DISCORD_MODERATOR_ROLE_IDS',
      'DISCORD_REPLY_MODE',
      'DISCORD_GUILD_QUESTIONS_PER_MIN',
      'DISCORD_API_URL',
    ])
      expect(run).toThrowError(new RegExp(`${name}: `));
  });

  it('requires the application id only for set-up commands, naming it', () => {
    const c = loadDiscordConfig({ DISCORD_TOKEN: TOKEN });
    expect(() => requireApplicationId(c ?? ({} as never))).toThrowError(/DISCORD_APPLICATION_ID: required/);
  });
});
