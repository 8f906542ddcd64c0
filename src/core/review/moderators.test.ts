import { describe, expect, it } from 'vitest';
import { authorizeModerator, idList } from './moderators.js';

const config = { discordRoleIds: ['111', '222'], slackUserIds: ['U1'], slackUsergroupId: 'S9' };

describe('moderator authorization', () => {
  it('treats the terminal as the local admin', () => {
    expect(authorizeModerator(config, { platform: 'cli', id: 'local', name: 'ana' }).allowed).toBe(true);
  });

  it('allows Discord members with a configured role or Manage Messages, refuses others with a reason', () => {
    const actor = { platform: 'discord' as const, id: '42', name: 'bo' };
    expect(authorizeModerator(config, actor, { roleIds: ['999', '222'] })).toEqual({
      allowed: true,
      via: 'discord role 222',
    });
    expect(authorizeModerator(config, actor, { roleIds: [], manageMessages: true }).allowed).toBe(true);
    const refused = authorizeModerator(config, actor, { roleIds: ['999'] });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.reason).toMatch(/moderators/);
  });

  it('allows configured Slack users and members of the moderator user group', () => {
    expect(authorizeModerator(config, { platform: 'slack', id: 'U1', name: 'cy' }).allowed).toBe(true);
    expect(authorizeModerator(config, { platform: 'slack', id: 'U2', name: 'di' }, { inUsergroup: true }).allowed).toBe(
      true,
    );
    expect(authorizeModerator(config, { platform: 'slack', id: 'U2', name: 'di' }).allowed).toBe(false);
    expect(
      authorizeModerator(
        { ...config, slackUsergroupId: undefined },
        { platform: 'slack', id: 'U2', name: 'di' },
        { inUsergroup: true },
      ).allowed,
    ).toBe(false);
  });

  it('parses comma-separated id lists from configuration', () => {
    expect(idList(' 1, 2,,3 ')).toEqual(['1', '2', '3']);
    expect(idList(undefined)).toEqual([]);
  });
});
