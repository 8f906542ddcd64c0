/** Input cleaning and output neutralising: no pings, no raw HTML, no auto-linked URLs, no control characters. */
import { TEMPLATES } from './templates.js';

/** Limits on what a question may be. */
export interface InputLimits {
  maxChars: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;

/** Removes every way a text could ping people or inject markup; idempotent. */
export function neutralizeOutput(text: string): string {
  return (
    String(text)
      .replace(INVISIBLE, '')
      .replace(/<(script|style|iframe|object|embed)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      // Discord <@id> <@!id> <@&role> <#channel>, Slack <@U…> <!here> <!channel> <!everyone> <!subteam^…>
      .replace(/<(@[!&]?|#)\w+>/g, '')
      .replace(/<!(here|channel|everyone|subteam\^[^>]*)(\|[^>]*)?>/gi, '')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/<(?=[a-z!/@#?])/gi, '‹')
      .replace(/@+\s*(everyone|here|channel)/gi, '$1')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\((?:https?|ftp|javascript|data):[^)]*\)/gi, '$1')
      .replace(/\b(?:https?|ftp):\/\/\S+/gi, '[link removed]')
      .replace(/\bjavascript:/gi, '')
  );
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
  const text = neutralizeOutput(raw.replace(CONTROL, ' '))
    .replace(/[*_~`|>#]{2,}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length > maxChars) return { ok: false, code: 'too-long', message: TEMPLATES.invalid['too-long'] };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, code: 'empty', message: TEMPLATES.invalid.empty };
  return { ok: true, text };
}
