/**
 * Who may decide review items. Identities come from configuration: Discord role ids (or the Manage
 * Messages permission), Slack user ids (or a user group); the terminal is the local admin.
 */
import type { Actor } from './types.js';

/** The configured moderator identities. */
export interface ModeratorConfig {
  discordRoleIds: readonly string[];
  slackUserIds: readonly string[];
  /** Members of this Slack user group moderate too (the adapter resolves membership). */
  slackUsergroupId?: string | undefined;
}

/** What the platform knows about the actor at the moment of the click. */
export interface ActorFacts {
  /** Discord: the member's role ids. */
  roleIds?: readonly string[];
  /** Discord: the member has Manage Messages in the channel. */
  manageMessages?: boolean;
  /** Slack: the user is in the moderator user group. */
  inUsergroup?: boolean;
}

/** A decision on whether an actor may moderate, with the reason (shown to refused users and logged). */
export type Authorization = { allowed: true; via: string } | { allowed: false; reason: string };

/** Decides whether `actor` may approve, correct, reject, retire or pull. */
export function authorizeModerator(config: ModeratorConfig, actor: Actor, facts: ActorFacts = {}): Authorization {
  switch (actor.platform) {
    case 'cli':
      return { allowed: true, via: 'terminal (local admin)' };
    case 'discord': {
      const role = facts.roleIds?.find((r) => config.discordRoleIds.includes(r));
      if (role) return { allowed: true, via: `discord role ${role}` };
      if (facts.manageMessages) return { allowed: true, via: 'discord Manage Messages permission' };
      return { allowed: false, reason: 'Only moderators (a moderator role or Manage Messages) can review answers.' };
    }
    case 'slack':
      if (config.slackUserIds.includes(actor.id)) return { allowed: true, via: 'slack moderator user id' };
      if (config.slackUsergroupId && facts.inUsergroup)
        return { allowed: true, via: `slack user group ${config.slackUsergroupId}` };
      return { allowed: false, reason: 'Only studio moderators can review answers.' };
    default:
      return { allowed: false, reason: 'Reviews can only be decided from Discord, Slack or the terminal.' };
  }
}

/** Parses a comma-separated id list from configuration (blank entries dropped). */
export function idList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
