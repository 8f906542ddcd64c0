import { describe, expect, it } from 'vitest';
import { loadSlackConfig } from './config.js';

describe('slack config', () => {
  it('is off when SLACK_BOT_TOKEN is unset or blank', () => {
    expect(loadSlackConfig({})).toBeNull();
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: '  ', SLACK_APP_TOKEN: 'bad' })).toBeNull();
  });

  it('parses HTTP mode with defaults', () => {
    expect(
      loadSlackConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 'secret-123',
        SLACK_MODERATOR_USER_IDS: 'U1, U2',
      }),
    ).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 'secret-123',
      socketMode: false,
      moderatorUserIds: ['U1', 'U2'],
      port: 3000,
      host: '0.0.0.0',
    });
  });

  it('uses Socket Mode when SLACK_APP_TOKEN is set (no signing secret needed)', () => {
    const c = loadSlackConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_REVIEW_CHANNEL_ID: 'C1',
      PORT: '8080',
    });
    expect(c).toMatchObject({ socketMode: true, appToken: 'xapp-1', reviewChannelId: 'C1', port: 8080 });
  });

  it('names every bad variable at once', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xoxb-wrong',
      SLACK_MODERATOR_USER_IDS: 'bob',
      SLACK_MODERATOR_USERGROUP_ID: 'G1',
      PORT: 'eighty',
      SLACK_API_URL: 'not a url',
    };
    const error = (() => {
      try {
        loadSlackConfig(env);
      } catch (err) {
        return err as Error & { code: string };
      }
      return null;
    })();
    expect(error?.code).toBe('config_invalid');
    for (const name of [
      'SLACK_APP_TOKEN',
      'SLACK_MODERATOR_USER_IDS',
      'SLACK_MODERATOR_USERGROUP_ID',
      'PORT',
      'SLACK_API_URL',
    ]) {
      expect(error?.message).toContain(name);
    }
    expect(error?.message).toContain('xapp-');
  });

  it('requires the signing secret in HTTP mode', () => {
    expect(() => loadSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET: required in HTTP mode/);
  });
});
