/** Pure text helpers for Discord markdown: escaping user text, neutralising pings, splitting and trimming. */
import { escapeMarkdown } from 'discord.js';

/** Cuts to `max` characters (with an ellipsis), never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, Math.max(0, max - 1)));
  const last = cut.at(-1);
  if (last && last.length === 1 && /[\uD800-\uDBFF]/.test(last)) cut.pop();
  return `${cut.join('')}…`;
}

/**
 * User-supplied text made inert for Discord: markdown escaped, mention syntax (`<@…>`, `<#…>`, `<@&…>`) and
 * `@everyone`/`@here` broken with a zero-width space, so nothing pings or renders as markup even if quoted.
 */
export function escapeText(text: string): string {
  return breakPings(escapeMarkdown(text));
}

/** Mention syntax and `@everyone`/`@here` broken with a zero-width space (markdown kept). */
export function breakPings(text: string): string {
  return text.replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>').replace(/@(everyone|here)/gi, '@\u200b$1');
}

/** Splits `text` into pieces of at most `max` chars, preferring paragraph, then line, then sentence, then word ends. */
export function splitMessage(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = [/\n\n(?=[^\n]*$)/, /\n(?=[^\n]*$)/, /[.!?](?=\s[^.!?]*$)/, /\s(?=\S*$)/]
      .map((re) => re.exec(window))
      .find((m) => m && m.index > max / 3);
    const at = cut ? cut.index + (cut[0].trim() ? 1 : 0) : max;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}
