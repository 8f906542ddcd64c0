/** Redacts e-mail addresses and phone numbers from text before it is stored (privacy by default), and caps it. */
import { stripInvisible } from '../safety/sanitize.js';

// Bounded repetitions keep this linear on hostile input (a 50k-character run used to take seconds).
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
// A run of digits with the separators people type in phone numbers: +1 (555) 123-4567, 0612 34 56 78, 555.123.4567.
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{5,40}\d(?![\p{L}\p{N}])/gu;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Placeholders that replace what was redacted. */
export const REDACTED = { email: '[email]', phone: '[phone]' } as const;

function redactPhone(candidate: string): string {
  const digits = candidate.replace(/\D/g, '').length;
  // Fewer than 7 digits: quantities, gauges, healing weeks. More than 15: not a phone number (E.164 max).
  if (digits < 7 || digits > 15 || ISO_DATE.test(candidate)) return candidate;
  // Lists of small numbers ("sizes 6 7 8 9 10 11") are not phone numbers: allow at most 5 groups unless it starts with +.
  const groups = candidate.split(/[\s().-]+/).filter(Boolean);
  if (groups.length > 5 && !candidate.startsWith('+')) return candidate;
  return REDACTED.phone;
}

/** The most characters of user text any table keeps; the rest is cut and marked. */
export const MAX_STORED_CHARS = 4000;
const CUT_MARK = ' [cut]';

/** Full-width and compatibility forms folded (NFKC), invisible characters removed: what redaction must see. */
export function normalizeForRedaction(text: string): string {
  return stripInvisible(text.normalize('NFKC'));
}

/**
 * Replaces e-mail addresses with `[email]` and phone numbers with `[phone]`, after folding full-width forms and
 * removing zero-width characters (so `jane@exa\u200bmple.com` is caught); everything else is unchanged.
 */
export function redactPii(text: string): string {
  return normalizeForRedaction(text).replace(EMAIL, REDACTED.email).replace(PHONE_CANDIDATE, redactPhone);
}

/** Cuts text to `MAX_STORED_CHARS` (marking the cut). */
export function capStored(text: string, max = MAX_STORED_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - CUT_MARK.length)}${CUT_MARK}`;
}

/** What every table stores of user text: normalised, redacted (unless turned off) and capped. */
export function storableText(text: string, redact = true): string {
  // Cap before redacting too, so hostile input costs bounded work; the final cap covers expansions.
  const bounded = text.length > MAX_STORED_CHARS * 2 ? text.slice(0, MAX_STORED_CHARS * 2) : text;
  return capStored(redact ? redactPii(bounded) : normalizeForRedaction(bounded));
}
