/** Who may moderate from Slack: configured user ids, or members of the moderator user group (cached briefly). */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { type Authorization, authorizeModerator } from '../../src/core/review/moderators.js';
import type { Actor } from '../../src/core/review/types.js';
import type { SlackConfig } from './config.js';
import { errMessage } from './handlers/deps.js';

/**
 * How long a member set fetched from `usergroups.users.list` may still be used while the API fails; after that the
 * check fails closed (nobody is a member by group), so a removed moderator cannot act through an outage.
 */
export const MAX_MEMBERS_STALENESS_MS = 5 * 60_000;

/** Checks moderators; user-group membership is fetched with `usergroups.users.list` and cached for `ttlMs`. */
export class ModeratorCheck {
  private members: { ids: Set<string>; at: number } | null = null;

  constructor(
    private readonly config: SlackConfig,
    private readonly log: Logger,
    private readonly ttlMs = 60_000,
    private readonly maxStaleMs = MAX_MEMBERS_STALENESS_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides whether the actor may approve, correct or reject. */
  async authorize(client: webApi.WebClient, actor: Actor): Promise<Authorization> {
    const moderators = {
      discordRoleIds: [],
      slackUserIds: this.config.moderatorUserIds,
      slackUsergroupId: this.config.moderatorUsergroupId,
    };
    const direct = authorizeModerator(moderators, actor);
    if (direct.allowed || !this.config.moderatorUsergroupId) return direct;
    const inUsergroup = (await this.groupMembers(client, this.config.moderatorUsergroupId)).has(actor.id);
    return authorizeModerator(moderators, actor, { inUsergroup });
  }

  private async groupMembers(client: webApi.WebClient, usergroup: string): Promise<Set<string>> {
    if (this.members && this.now() - this.members.at < this.ttlMs) return this.members.ids;
    try {
      const res = await client.usergroups.users.list({ usergroup });
      this.members = { ids: new Set(res.users ?? []), at: this.now() };
      return this.members.ids;
    } catch (err) {
      const fresh = this.members && this.now() - this.members.at < this.maxStaleMs;
      this.log.warn(
        { err: errMessage(err), usergroup, usingCachedMembers: Boolean(fresh) },
        fresh ? 'user group lookup failed; using the recent member list' : 'user group lookup failed; failing closed',
      );
      return fresh && this.members ? this.members.ids : new Set();
    }
  }
}
