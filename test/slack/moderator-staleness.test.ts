/** The user-group moderator check fails closed after a bounded staleness while usergroups.users.list fails. */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackConfig } from '../../adapters/slack/config.js';
import { MAX_MEMBERS_STALENESS_MS, ModeratorCheck } from '../../adapters/slack/moderator-check.js';
import { silentLogger } from '../../src/core/logger.js';
import { FakeSlackApi } from './fake-slack/web-api.js';

let api: FakeSlackApi;
beforeAll(async () => {
  api = await new FakeSlackApi().start();
});
afterAll(async () => {
  await api.close();
});

const groupie = { platform: 'slack' as const, id: 'UGROUPIE', name: 'g' };

describe('slack moderator check', () => {
  it('keeps a recent member list through an API failure, then fails closed after MAX_MEMBERS_STALENESS_MS', async () => {
    let t = 1_000_000;
    const config = { moderatorUserIds: [], moderatorUsergroupId: 'SMODS' } as unknown as SlackConfig;
    const check = new ModeratorCheck(config, silentLogger, 60_000, MAX_MEMBERS_STALENESS_MS, () => t);
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.url, retryConfig: { retries: 0 } });
    api.usergroupMembers = ['UGROUPIE'];
    expect((await check.authorize(client, groupie)).allowed).toBe(true);
    api.on('usergroups.users.list', () => ({ ok: false, error: 'internal_error' }));
    t += 2 * 60_000;
    expect((await check.authorize(client, groupie)).allowed).toBe(true);
    t += MAX_MEMBERS_STALENESS_MS;
    expect((await check.authorize(client, groupie)).allowed).toBe(false);
    expect(api.of('usergroups.users.list').length).toBe(3);
  });
});
