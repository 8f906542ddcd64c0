/** Slack adapter configuration: parsed once by zod from an env object; errors name each bad variable. */
import { z } from 'zod';
import { blankAsUnset as blank, configError, MODERATOR_IDS, optional as opt } from '../../src/app/env-schema.js';
import { idList } from '../../src/core/review/moderators.js';

const schema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(blank, z.string().startsWith('xoxb-', { message: 'must start with xoxb-' })),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, { message: 'must be the app signing secret' })),
  SLACK_APP_TOKEN: opt(z.string().startsWith('xapp-', { message: 'must be an app-level token starting with xapp-' })),
  SLACK_REVIEW_CHANNEL_ID: opt(
    z.string().regex(/^[CGD][A-Z0-9]+$/, { message: 'must be a channel id such as C012ABCDEF' }),
  ),
  SLACK_MODERATOR_USER_IDS: opt(MODERATOR_IDS.SLACK_MODERATOR_USER_IDS),
  SLACK_MODERATOR_USERGROUP_ID: opt(MODERATOR_IDS.SLACK_MODERATOR_USERGROUP_ID),
  PORT: z.preprocess(blank, z.coerce.number().int().min(0).max(65_535).default(3000)),
  SLACK_HOST: z.preprocess(blank, z.string().default('0.0.0.0')),
  SLACK_API_URL: opt(z.url({ message: 'must be a URL such as https://slack.com/api/' })),
});

/** The validated Slack configuration. `socketMode` is true when SLACK_APP_TOKEN is set. */
export interface SlackConfig {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  socketMode: boolean;
  reviewChannelId?: string;
  moderatorUserIds: string[];
  moderatorUsergroupId?: string;
  port: number;
  host: string;
  apiUrl?: string;
}

/** Null when SLACK_BOT_TOKEN is unset (adapter off); throws `config_invalid` naming every bad variable. */
export function loadSlackConfig(env: Record<string, string | undefined>): SlackConfig | null {
  if (!env.SLACK_BOT_TOKEN?.trim()) return null;
  const parsed = schema.safeParse(env);
  const more =
    !env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim()
      ? ['  SLACK_SIGNING_SECRET: required in HTTP mode (set it, or SLACK_APP_TOKEN for Socket Mode)']
      : [];
  if (!parsed.success || more.length > 0)
    throw configError('Invalid Slack configuration', parsed.success ? [] : parsed.error.issues, more);
  const c = parsed.data;
  return {
    botToken: c.SLACK_BOT_TOKEN,
    socketMode: Boolean(c.SLACK_APP_TOKEN),
    moderatorUserIds: idList(c.SLACK_MODERATOR_USER_IDS),
    port: c.PORT,
    host: c.SLACK_HOST,
    ...(c.SLACK_SIGNING_SECRET ? { signingSecret: c.SLACK_SIGNING_SECRET } : {}),
    ...(c.SLACK_APP_TOKEN ? { appToken: c.SLACK_APP_TOKEN } : {}),
    ...(c.SLACK_REVIEW_CHANNEL_ID ? { reviewChannelId: c.SLACK_REVIEW_CHANNEL_ID } : {}),
    ...(c.SLACK_MODERATOR_USERGROUP_ID ? { moderatorUsergroupId: c.SLACK_MODERATOR_USERGROUP_ID } : {}),
    ...(c.SLACK_API_URL ? { apiUrl: c.SLACK_API_URL } : {}),
  };
}
