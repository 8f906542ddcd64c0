/** Slack adapter configuration: parsed once by zod from an env object; errors name each bad variable. */
import { z } from 'zod';
import { PermabotError } from '../../src/core/errors.js';
import { idList } from '../../src/core/review/moderators.js';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());

const schema = z.object({
  SLACK_BOT_TOKEN: z.preprocess(blank, z.string().startsWith('xoxb-', { message: 'must start with xoxb-' })),
  SLACK_SIGNING_SECRET: opt(z.string().min(8, { message: 'must be the app signing secret' })),
  SLACK_APP_TOKEN: opt(z.string().startsWith('xapp-', { message: 'must be an app-level token starting with xapp-' })),
  SLACK_REVIEW_CHANNEL_ID: opt(
    z.string().regex(/^[CGD][A-Z0-9]+$/, { message: 'must be a channel id such as C012ABCDEF' }),
  ),
  SLACK_MODERATOR_USER_IDS: opt(
    z.string().regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/, {
      message: 'must be comma-separated Slack user ids such as U012ABCDEF',
    }),
  ),
  SLACK_MODERATOR_USERGROUP_ID: opt(
    z.string().regex(/^S[A-Z0-9]+$/, { message: 'must be a Slack user group id such as S012ABCDEF' }),
  ),
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
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
  if (!env.SLACK_APP_TOKEN?.trim() && !env.SLACK_SIGNING_SECRET?.trim()) {
    problems.push('  SLACK_SIGNING_SECRET: required in HTTP mode (set it, or SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!parsed.success || problems.length > 0) {
    throw new PermabotError(`Invalid Slack configuration:\n${problems.join('\n')}`, 'config_invalid');
  }
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
