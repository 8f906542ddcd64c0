/** Configuration: parsed once from an env object by zod; errors name each variable and what is wrong. */
import { z } from 'zod';
import { PermabotError } from '../core/errors.js';

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const bool = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v)),
);
const num = (min: number, max: number) => z.coerce.number().min(min).max(max);

const schema = z.object({
  PERMABOT_KNOWLEDGE_DIR: z.preprocess(emptyAsUndefined, z.string().default('knowledge')),
  PERMABOT_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('data')),
  OPENAI_API_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  OPENAI_BASE_URL: z.preprocess(
    emptyAsUndefined,
    z.url({ message: 'must be a URL such as http://127.0.0.1:8080/v1' }).optional(),
  ),
  OPENAI_MODEL: z.preprocess(emptyAsUndefined, z.string().default('gpt-4o-mini')),
  OPENAI_TIMEOUT_MS: z.preprocess(emptyAsUndefined, num(100, 600_000).default(20_000)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  ),
  REVIEW_MODE: z.preprocess(emptyAsUndefined, z.enum(['post', 'hold']).default('post')),
  CURATED_SIMILARITY: z.preprocess(emptyAsUndefined, num(0.5, 1).default(0.92)),
  REDACT_PII: z.preprocess(emptyAsUndefined, bool.default(true)),
  MAX_QUESTION_CHARS: z.preprocess(emptyAsUndefined, num(50, 20_000).default(2000)),
  DISCORD_MODERATOR_ROLE_IDS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { message: 'must be comma-separated Discord role ids (digits)' })
      .optional(),
  ),
  SLACK_MODERATOR_USER_IDS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/, {
        message: 'must be comma-separated Slack user ids such as U012ABCDEF',
      })
      .optional(),
  ),
  SLACK_MODERATOR_USERGROUP_ID: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^S[A-Z0-9]+$/, { message: 'must be a Slack user group id such as S012ABCDEF' })
      .optional(),
  ),
  CONVERSATION_MAX_TURNS: z.preprocess(emptyAsUndefined, num(0, 50).default(6)),
  CONVERSATION_MAX_AGE_MIN: z.preprocess(emptyAsUndefined, num(1, 7 * 24 * 60).default(30)),
  METRICS_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
  METRICS_HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUndefined, num(0, 600_000).default(10_000)),
});

/** The validated core configuration (platform adapters parse their own variables). */
export type Config = Readonly<z.infer<typeof schema> & { llm: boolean }>;

/** Parses the env object; throws one `config_invalid` error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
    throw new PermabotError(`Invalid configuration:\n${lines.join('\n')}`, 'config_invalid');
  }
  const c = parsed.data;
  return Object.freeze({ ...c, llm: Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL) });
}
