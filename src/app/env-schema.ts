/** Pieces every configuration parser uses (core, Slack, Discord): blank = unset, shared id lists, one error shape. */
import { z } from 'zod';
import { PermabotError } from '../core/errors.js';

/** A blank or whitespace-only variable counts as unset. */
export const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** An optional variable (blank = unset). */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

/** Moderator identities: read by the core (authorization) and by the adapters (their own checks). */
export const MODERATOR_IDS = {
  DISCORD_MODERATOR_ROLE_IDS: z
    .string()
    .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { message: 'must be comma-separated Discord role ids (digits)' }),
  SLACK_MODERATOR_USER_IDS: z.string().regex(/^\s*[UW][A-Z0-9]+(\s*,\s*[UW][A-Z0-9]+)*\s*$/, {
    message: 'must be comma-separated Slack user ids such as U012ABCDEF',
  }),
  SLACK_MODERATOR_USERGROUP_ID: z
    .string()
    .regex(/^S[A-Z0-9]+$/, { message: 'must be a Slack user group id such as S012ABCDEF' }),
};

/** One `config_invalid` error: a title and a line per bad variable naming it and what is wrong. */
export function configError(title: string, issues: readonly z.core.$ZodIssue[], more: string[] = []): PermabotError {
  const lines = [...issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`), ...more];
  return new PermabotError(`${title}:\n${lines.join('\n')}`, 'config_invalid');
}
