/** Who may moderate from Slack: configured user ids, or members of the moderator user group (cached briefly). */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { type Authorization, authorizeModerator } from '../../src/core/review/moderators.js';
import type { Actor } from '../../src/core/review/types.js';
import type { SlackConfig } from './config.js';
import { errMessage } from './handlers/deps.js';

/** Checks moderators; user-group membership is fetched with `usergroups.users.list` and cached for `ttlMs`. */
export class ModeratorCheck {
  private members: { ids: Set<string>; at: number } | null = null;

  constructor(
    private readonly config: SlackConfig,
    private readonly log: Logger,
    private readonly ttlMs = 60_000,
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
    if (this.members && Date.now() - this.members.at < this.ttlMs) return this.members.ids;
    try {
      const res = await client.usergroups.users.list({ usergroup });
      this.members = { ids: new Set(res.users ?? []), at: Date.now() };
      return this.members.ids;
    } catch (err) {
      this.log.warn({ err: errMessage(err), usergroup }, 'user group lookup failed; treating as not a member');
      return this.members?.ids ?? new Set();
    }
  }
}
