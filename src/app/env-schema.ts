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

const asText = (v: unknown) => (typeof v === 'number' ? String(v) : blankAsUnset(v));
const range = (min: number, max: number) => `from ${min} to ${max}`;

/** A whole-number variable within [min, max]; junk reads "must be a whole number from 50 to 20000". */
export const wholeNumber = (min: number, max: number) => {
  const message = `must be a whole number ${range(min, max)}`;
  return z.preprocess(
    asText,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message })
      .transform(Number)
      .pipe(z.number().min(min, { message }).max(max, { message })),
  );
};

/** A decimal variable within [min, max]; junk reads "must be a number from 0.5 to 1". */
export const decimal = (min: number, max: number) => {
  const message = `must be a number ${range(min, max)}`;
  return z.preprocess(
    asText,
    z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?$|^\.\d+$/, { message })
      .transform(Number)
      .pipe(z.number().min(min, { message }).max(max, { message })),
  );
};

/** zod's own wording for numbers ("expected number, received NaN") in words a person setting a variable can act on. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid input|Too small|Too big)/.test(issue.message)) return issue.message; // a message of our own
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int'))
    return issue.expected === 'int' ? 'must be a whole number' : 'must be a number';
  if (issue.code === 'too_small' && issue.origin === 'number') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `must be at most ${String(issue.maximum)}`;
  return issue.message;
}

/** One `config_invalid` error: a title and a line per bad variable naming it and what is wrong. */
export function configError(title: string, issues: readonly z.core.$ZodIssue[], more: string[] = []): PermabotError {
  const lines = [...issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${plainMessage(i)}`), ...more];
  return new PermabotError(`${title}:\n${lines.join('\n')}`, 'config_invalid');
}
