/** What every Discord handler is built from: ports, config, logger, limits and the adapter's bounded memory. */
import {
  type BaseInteraction,
  type Client,
  type InteractionReplyOptions,
  MessageFlags,
  PermissionFlagsBits,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../../../src/core/logger.js';
import type { AssistantPort, ReviewActions } from '../../../src/core/ports.js';
import { type Authorization, authorizeModerator } from '../../../src/core/review/moderators.js';
import type { Actor } from '../../../src/core/review/types.js';
import { BoundedMap } from '../../shared/bounded-set.js';
import { errMessage } from '../../shared/errors.js';
import { FEEDBACK_LIMITS, RateLimiter } from '../../shared/rate-limit.js';
import { type AskBackMemory, createAskBackMemory, rememberingAskBacks } from '../ask-back-memory.js';
import type { DiscordConfig } from '../config.js';
import { NO_PINGS } from '../render.js';

/** Where a review card lives, so it can be edited when the item is decided (from any platform). */
export interface CardRef {
  channelId: string;
  messageId: string;
}

/** Shared handler dependencies. */
export interface DiscordDeps {
  config: DiscordConfig;
  assistant: AssistantPort;
  review: ReviewActions;
  log: Logger;
  client: Client;
  limiter: RateLimiter;
  /** Feedback clicks per member and guild. */
  feedbackLimiter: RateLimiter;
  /** Review cards by review id. */
  cards: BoundedMap<CardRef>;
  /** Ask-back suggestions by answer id (filled by `assistant`, read by handlers/suggestions.ts). */
  askBacks: AskBackMemory;
}

/** Creates the dependencies with bounded memory. */
export function createDeps(base: Omit<DiscordDeps, 'limiter' | 'feedbackLimiter' | 'cards' | 'askBacks'>): DiscordDeps {
  const { userQuestionsPerMin: perUser, guildQuestionsPerMin: perGuild } = base.config;
  const askBacks = createAskBackMemory();
  const assistant = rememberingAskBacks(base.assistant, askBacks);
  return {
    ...base,
    assistant,
    limiter: new RateLimiter({ perUser, perGuild }),
    feedbackLimiter: new RateLimiter(FEEDBACK_LIMITS),
    cards: new BoundedMap(5_000),
    askBacks,
  };
}

/** The actor behind an interaction. */
export function discordActor(interaction: BaseInteraction): Actor {
  const u = interaction.user;
  return { platform: 'discord', id: u.id, name: u.globalName ?? u.username };
}

/** Whether the clicking member may moderate: a configured role, or Manage Messages in the channel. */
export function authorize(deps: DiscordDeps, interaction: BaseInteraction): Authorization {
  const roles = interaction.member?.roles;
  const roleIds = Array.isArray(roles) ? roles : roles ? [...roles.cache.keys()] : [];
  const manageMessages = interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
  return authorizeModerator(
    { discordRoleIds: deps.config.moderatorRoleIds, slackUserIds: [] },
    discordActor(interaction),
    { roleIds, manageMessages },
  );
}

/** A private (ephemeral) reply or follow-up, whichever the interaction's state allows; failures are logged. */
export async function tellPrivately(deps: DiscordDeps, interaction: RepliableInteraction, content: string) {
  const message: InteractionReplyOptions = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS };
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (err) {
    deps.log.warn({ err: errMessage(err), interaction: interaction.id }, 'private reply failed');
  }
}

/** The notice for a refused question. */
export function rateNotice(scope: 'user' | 'guild', retryAfterSec: number): string {
  const who = scope === 'user' ? 'You are asking' : 'This server is asking';
  return `⏱️ ${who} a lot of questions right now. Please try again in ${retryAfterSec} s.`;
}

/** Shown for an empty question. */
export const EMPTY_HINT =
  'Ask me anything about permanent jewelry: welded chains, microdermals, aftercare, removal. For example: *how long does a microdermal take to heal?*';
