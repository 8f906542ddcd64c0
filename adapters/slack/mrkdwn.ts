/** Pure helpers turning the core's neutral markdown into safe Slack mrkdwn. */

/** Slack's limit for the text of a section block. */
export const SECTION_LIMIT = 3000;

/** Escapes `&`, `<`, `>` (so no links, mentions or `<!channel>` can form) and defuses `@here`/`@channel`/`@everyone`. */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/** Neutral markdown → escaped mrkdwn: `**b**` → `*b*`, headings bold, `- ` bullets, `[t](u)` → `t (u)`. */
export function toMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/__([^_\n]+)__/g, '_$1_')
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*')
    .replace(/^\s*[-*]\s+/gm, '• ');
}

/** Splits text into pieces of at most `limit` chars, preferring paragraph, then line, then word boundaries. */
export function splitText(text: string, limit = SECTION_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    // Never cut an escape such as `&amp;` in half.
    const amp = window.lastIndexOf('&', cut);
    if (amp > cut - 6 && !window.slice(amp, cut).includes(';')) cut = amp > 0 ? amp : cut;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** Truncates to `limit` chars with an ellipsis. */
export function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
