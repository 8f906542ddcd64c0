/** Configuration: parsed once from an env object by zod; errors name each variable and what is wrong. */
import { z } from 'zod';
import { blankAsUnset, configError, decimal, MODERATOR_IDS, optional, wholeNumber } from './env-schema.js';

const bool = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v)),
);

const schema = z.object({
  PERMABOT_KNOWLEDGE_DIR: z.preprocess(blankAsUnset, z.string().default('knowledge')),
  PERMABOT_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('data')),
  OPENAI_API_KEY: z.preprocess(blankAsUnset, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(
    blankAsUnset,
    z.url({ message: 'must be a URL such as http://127.0.0.1:8080/v1' }).optional(),
  ),
  OPENAI_MODEL: z.preprocess(blankAsUnset, z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: z.preprocess(blankAsUnset, wholeNumber(100, 600_000).default(20_000)),
  LOG_LEVEL: z.preprocess(
    blankAsUnset,
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  ),
  REVIEW_MODE: z.preprocess(blankAsUnset, z.enum(['post', 'hold']).default('post')),
  CURATED_SIMILARITY: z.preprocess(blankAsUnset, decimal(0.5, 1).default(0.92)),
  REDACT_PII: z.preprocess(blankAsUnset, bool.default(true)),
  MAX_QUESTION_CHARS: z.preprocess(blankAsUnset, wholeNumber(50, 20_000).default(2000)),
  DISCORD_MODERATOR_ROLE_IDS: optional(MODERATOR_IDS.DISCORD_MODERATOR_ROLE_IDS),
  SLACK_MODERATOR_USER_IDS: optional(MODERATOR_IDS.SLACK_MODERATOR_USER_IDS),
  SLACK_MODERATOR_USERGROUP_ID: optional(MODERATOR_IDS.SLACK_MODERATOR_USERGROUP_ID),
  CONVERSATION_MAX_TURNS: z.preprocess(blankAsUnset, wholeNumber(0, 50).default(6)),
  CONVERSATION_MAX_AGE_MIN: z.preprocess(blankAsUnset, wholeNumber(1, 7 * 24 * 60).default(30)),
  METRICS_PORT: z.preprocess(blankAsUnset, wholeNumber(0, 65_535).optional()),
  METRICS_HOST: z.preprocess(blankAsUnset, z.string().default('127.0.0.1')),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(blankAsUnset, wholeNumber(0, 600_000).default(10_000)),
});

/** The validated core configuration (platform adapters parse their own variables). */
export type Config = Readonly<z.infer<typeof schema> & { llm: boolean }>;

/** Variables of the Slack adapter that mean nothing without SLACK_BOT_TOKEN (the moderator ids are core config). */
const SLACK_ADAPTER_VARIABLES = [
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_REVIEW_CHANNEL_ID',
  'SLACK_HOST',
  'SLACK_API_URL',
];

/** "SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not": a half-configured Slack app must not silently open the chat. */
function slackWithoutBotToken(env: Record<string, string | undefined>): string[] {
  if (env.SLACK_BOT_TOKEN?.trim()) return [];
  return SLACK_ADAPTER_VARIABLES.filter((name) => env[name]?.trim()).map(
    (name) =>
      `  ${name}: set, but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) to turn the Slack adapter on, or unset ${name}`,
  );
}

/** Parses the env object; throws one `config_invalid` error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  const slack = slackWithoutBotToken(env);
  if (!parsed.success || slack.length)
    throw configError('Invalid configuration', parsed.success ? [] : parsed.error.issues, slack);
  const c = parsed.data;
  return Object.freeze({ ...c, llm: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL) });
}
