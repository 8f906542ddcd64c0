/** Discord adapter configuration: parsed once by zod from an env object; errors name each bad variable. */
import { z } from 'zod';
import { blankAsUnset as blank, configError, MODERATOR_IDS, optional as opt } from '../../src/app/env-schema.js';
import { idList } from '../../src/core/review/moderators.js';

const snowflake = (what: string) =>
  z.string().regex(/^\d{5,25}$/, { message: `must be a Discord ${what} id (digits)` });
const perMinute = (fallback: number) => z.preprocess(blank, z.coerce.number().int().min(1).max(1000).default(fallback));

const schema = z.object({
  DISCORD_TOKEN: z.preprocess(
    blank,
    z.string().regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, {
      message: 'must be the bot token from the Developer Portal (three dot-separated parts), not the client secret',
    }),
  ),
  DISCORD_APPLICATION_ID: opt(snowflake('application')),
  DISCORD_REVIEW_CHANNEL_ID: opt(snowflake('channel')),
  DISCORD_MODERATOR_ROLE_IDS: opt(MODERATOR_IDS.DISCORD_MODERATOR_ROLE_IDS),
  DISCORD_REPLY_MODE: z.preprocess(
    blank,
    z
      .enum(['reply', 'thread'], { message: 'must be "reply" (answer as a reply) or "thread" (open a thread)' })
      .default('reply'),
  ),
  DISCORD_USER_QUESTIONS_PER_MIN: perMinute(6),
  DISCORD_GUILD_QUESTIONS_PER_MIN: perMinute(60),
  DISCORD_API_URL: opt(z.url({ message: 'must be a URL such as https://discord.com/api' })),
});

/** The validated Discord configuration. */
export interface DiscordConfig {
  token: string;
  applicationId?: string;
  reviewChannelId?: string;
  moderatorRoleIds: string[];
  /** Mentions are answered as a reply (default) or in a new thread on the question. */
  replyMode: 'reply' | 'thread';
  userQuestionsPerMin: number;
  guildQuestionsPerMin: number;
  /** REST base URL override (proxies, tests): requests go to `${apiUrl}/v10/...`. */
  apiUrl?: string;
}

/** Null when DISCORD_TOKEN is unset (adapter off); throws `config_invalid` naming every bad variable. */
export function loadDiscordConfig(env: Record<string, string | undefined>): DiscordConfig | null {
  if (!env.DISCORD_TOKEN?.trim()) return null;
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configError('Invalid Discord configuration', parsed.error.issues);
  const c = parsed.data;
  return {
    token: c.DISCORD_TOKEN,
    moderatorRoleIds: idList(c.DISCORD_MODERATOR_ROLE_IDS),
    replyMode: c.DISCORD_REPLY_MODE,
    userQuestionsPerMin: c.DISCORD_USER_QUESTIONS_PER_MIN,
    guildQuestionsPerMin: c.DISCORD_GUILD_QUESTIONS_PER_MIN,
    ...(c.DISCORD_APPLICATION_ID ? { applicationId: c.DISCORD_APPLICATION_ID } : {}),
    ...(c.DISCORD_REVIEW_CHANNEL_ID ? { reviewChannelId: c.DISCORD_REVIEW_CHANNEL_ID } : {}),
    ...(c.DISCORD_API_URL ? { apiUrl: c.DISCORD_API_URL.replace(/\/+$/, '') } : {}),
  };
}

/** The application id for set-up commands, or a `config_invalid` error naming the variable. */
export function requireApplicationId(config: DiscordConfig): string {
  if (config.applicationId) return config.applicationId;
  throw configError(
    'Invalid Discord configuration',
    [],
    ['  DISCORD_APPLICATION_ID: required for this command (Developer Portal → General Information → Application ID)'],
  );
}
