/** Input cleaning and output neutralising: no pings, no raw HTML, no links, no control characters. */
import { TEMPLATES } from './templates.js';

/** Limits on what a question may be. */
export interface InputLimits {
  maxChars: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
/** Zero-width, joiners, bidi controls, soft hyphen and fillers: invisible, yet they split a word a filter looks for. */
const INVISIBLE =
  /\u034F|\u180B|\u180C|\u180D|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\u3164\uFEFF\uFFA0]/g;

/** What a removed link becomes. */
export const LINK_REMOVED = '(link removed)';
/** Passes of the rules before giving up and scrubbing every markup character (never reached by real text). */
const MAX_PASSES = 12;

/** Removes invisible characters (zero-width spaces, joiners, bidi controls, soft hyphens). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Matches a link with a scheme (`https://…`). */
const URL = /[a-z][a-z0-9+.-]{0,30}:\/\/[^\s<>]*/gi;
/** Matches a `www.` address. */
const WWW = /www\d{0,3}\.[^\s<>]*/gi;
/** Matches a protocol-relative link (`//host/path`). */
const PROTOCOL_RELATIVE = /\/\/[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[^\s<>]*/giu;

/** A link as the knowledge's contacts are keyed: no scheme, no `www.`. */
const bareLink = (s: string) =>
  trimContact(s.replace(/^([a-z][a-z0-9+.-]{0,30}:)?\/\//i, '').replace(/^www\d{0,3}\./i, ''));

/** Matches an e-mail address. */
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}[a-z]{2,24}(?![\p{L}\p{N}_-])/giu;
/** Matches a bare domain with an optional path (`studio.example/book`). */
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}-]{1,63}\.){1,8}[a-z]{2,24}(?![\p{L}\p{N}_-])(?:[/:?#][^\s<>]*)?/giu;

/**
 * The e-mail addresses and bare domains a text states (a studio's own knowledge file): the only ones an
 * answer may repeat. Lowercased, trailing punctuation dropped.
 */
export function statedContacts(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [EMAIL, BARE_DOMAIN]) for (const m of text.matchAll(re)) out.add(trimContact(m[0]));
  return out;
}
const trimContact = (s: string) => s.toLowerCase().replace(/[.,;:!?)*_]+$/, '');

/** The rules whose match may be a contact the knowledge states. */
const CONTACT_PATTERNS: ReadonlySet<RegExp> = new Set([URL, WWW, PROTOCOL_RELATIVE, EMAIL, BARE_DOMAIN]);

// Each rule removes or defuses one way to ping, inject markup or link; one pass can reveal another (`@![](x)everyone`).
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/<(script|style|iframe|object|embed)\b[\s\S]*?(<\/\1\s*>|$)/gi, ''],
  // Discord <@id> <@!id> <@&role> <#channel>, Slack <@U…|name> <#C…> <!here> <!channel> <!everyone> <!subteam^…>
  [/<[@#!][^<>]*>/g, ''],
  [/<\/?[a-z][^<>]*>/gi, ''],
  [/<(?=[\p{L}!/@#?[&])/giu, '‹'],
  [/@+\s*(everyone|here|channel)/gi, '$1'],
  [/!\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [URL, LINK_REMOVED],
  [/(?:javascript|vbscript):/gi, ''],
  [/data:[a-z]+\//gi, ''],
  [PROTOCOL_RELATIVE, LINK_REMOVED],
  [WWW, LINK_REMOVED],
  // An e-mail address goes whole (Slack links it as mailto:), before its domain would be taken for a link.
  [EMAIL, '[email]'],
  // Bare domains (Slack links `evil.example/login`): labels, a dot, a letters-only top-level label, an optional path.
  [BARE_DOMAIN, LINK_REMOVED],
];

function onePass(text: string, keep: ReadonlySet<string>): string {
  let out = stripInvisible(text);
  for (const [pattern, replacement] of RULES) {
    // A contact the knowledge itself states (the studio's e-mail, its booking page) stays; any other goes.
    out =
      keep.size > 0 && CONTACT_PATTERNS.has(pattern)
        ? out.replace(pattern, (m) => (keep.has(trimContact(m)) || keep.has(bareLink(m)) ? m : replacement))
        : out.replace(pattern, replacement);
  }
  return out;
}

/** Keeps letters, digits, spaces and plain punctuation only: no rule can match what is left. */
function scrub(text: string): string {
  return text.replace(/[^\p{L}\p{N} \n,;'"?!-]/gu, ' ');
}

/**
 * Removes every way a text could ping people, inject markup or carry a link. Applies the rules until nothing
 * changes (a fixpoint, so it is idempotent); after MAX_PASSES it scrubs every markup character instead.
 */
export function neutralizeOutput(text: string, keep: ReadonlySet<string> = new Set()): string {
  let current = String(text);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = onePass(current, keep);
    if (next === current) return current;
    current = next;
  }
  return scrub(current);
}

/** Cleans raw user text; empty, huge or binary input becomes a value with a short, kind message. */
export function sanitizeInput(
  raw: unknown,
  limits: Partial<InputLimits> = {},
): { ok: true; text: string } | { ok: false; code: 'empty' | 'too-long' | 'binary'; message: string } {
  const maxChars = limits.maxChars ?? 2000;
  if (typeof raw !== 'string') return { ok: false, code: 'binary', message: TEMPLATES.invalid.binary };
  const controls = raw.match(CONTROL)?.length ?? 0;
  if (raw.length > 0 && (raw.includes('\u0000') || controls / raw.length > 0.1)) {
    return { ok: false, code: 'binary', message: TEMPLATES.invalid.binary };
  }
  if (raw.length > maxChars * 4) return { ok: false, code: 'too-long', message: TEMPLATES.invalid['too-long'] };
  const collapsed = neutralizeOutput(raw.replace(CONTROL, ' '))
    .replace(/[*_~`|>#]{2,}/g, ' ')
    .replace(/\s+/g, ' ');
  // Collapsing can join what neutralising kept apart (`@**everyone**`), so neutralise once more.
  const text = neutralizeOutput(collapsed).trim();
  if (text.length > maxChars) return { ok: false, code: 'too-long', message: TEMPLATES.invalid['too-long'] };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, code: 'empty', message: TEMPLATES.invalid.empty };
  return { ok: true, text };
}
