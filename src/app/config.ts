/** Configuration: parsed once from an env object by zod; errors name each variable and what is wrong. */
import { z } from 'zod';
import { blankAsUnset, configError, MODERATOR_IDS, optional } from './env-schema.js';

const bool = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v)),
);
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

const schema = z.object({
  PERMABOT_KNOWLEDGE_DIR: z.preprocess(blankAsUnset, z.string().default('knowledge')),
  PERMABOT_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('data')),
  OPENAI_API_KEY: z.preprocess(blankAsUnset, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(
    blankAsUnset,
    z.url({ message: 'must be a URL such as http://127.0.0.1:8080/v1' }).optional(),
  ),
  OPENAI_MODEL: z.preprocess(blankAsUnset, z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: z.preprocess(blankAsUnset, num(100, 600_000).default(20_000)),
  LOG_LEVEL: z.preprocess(
    blankAsUnset,
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  ),
  REVIEW_MODE: z.preprocess(blankAsUnset, z.enum(['post', 'hold']).default('post')),
  CURATED_SIMILARITY: z.preprocess(blankAsUnset, num(0.5, 1).default(0.92)),
  REDACT_PII: z.preprocess(blankAsUnset, bool.default(true)),
  MAX_QUESTION_CHARS: z.preprocess(blankAsUnset, num(50, 20_000).default(2000)),
  DISCORD_MODERATOR_ROLE_IDS: optional(MODERATOR_IDS.DISCORD_MODERATOR_ROLE_IDS),
  SLACK_MODERATOR_USER_IDS: optional(MODERATOR_IDS.SLACK_MODERATOR_USER_IDS),
  SLACK_MODERATOR_USERGROUP_ID: optional(MODERATOR_IDS.SLACK_MODERATOR_USERGROUP_ID),
  CONVERSATION_MAX_TURNS: z.preprocess(blankAsUnset, num(0, 50).default(6)),
  CONVERSATION_MAX_AGE_MIN: z.preprocess(blankAsUnset, num(1, 7 * 24 * 60).default(30)),
  METRICS_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(65_535).optional()),
  METRICS_HOST: z.preprocess(blankAsUnset, z.string().default('127.0.0.1')),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(blankAsUnset, num(0, 600_000).default(10_000)),
});

/** The validated core configuration (platform adapters parse their own variables). */
export type Config = Readonly<z.infer<typeof schema> & { llm: boolean }>;

/** Parses the env object; throws one `config_invalid` error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configError('Invalid configuration', parsed.error.issues);
  const c = parsed.data;
  return Object.freeze({ ...c, llm: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL) });
}
