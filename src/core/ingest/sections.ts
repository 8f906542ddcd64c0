/** Splits a cleaned document body into sections with their heading paths. */

export interface Section {
  /** Heading path, outermost first. */
  headings: string[];
  /** Paragraphs of body text under the innermost heading. */
  paragraphs: string[];
  /** Raw `<!-- key: value; … -->` metadata written right under the heading. */
  meta: Record<string, string[]>;
}

const MD_HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;
const META = /^<!--\s*([\s\S]*?)\s*-->$/;
/** A Markdown horizontal rule: "---", "***", "___". */
const RULE = /^([-*_])(\s*\1){2,}$/;
const TABLE_ROW = /^\|.*\|$/;
/** A short bold line that is not a sentence: a label heading what follows ("**Parking**"). */
const BOLD_LINE = /^\*\*([^*]{2,60}?[^*.!?]):?\*\*:?$/;
const TABLE_SEPARATOR = /^\|(\s*:?-+:?\s*\|)+$/;

/** Markdown inline formatting removed: emphasis, inline code, links (their text and address kept). */
export function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1')
    .replace(/`([^`]+)`/g, '$1');
}

const cells = (row: string) =>
  row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => plainInline(c.trim()));

/**
 * A Markdown table as sentences, one per row, each naming its columns: "Sunday: Noon – 5 pm." or
 * "Bracelet — Sterling silver: $55; Gold filled: $75." A row read alone still says what its numbers are.
 */
export function tableSentences(rows: string[]): string[] {
  const isSeparator = (r: string) => TABLE_SEPARATOR.test(r.replace(/\s+/g, ''));
  // A header row is the one above the "|---|" line; without that line every row is data.
  const hasHeader = rows.length > 1 && isSeparator(rows[1] ?? '');
  const parsed = rows.filter((r) => !isSeparator(r)).map(cells);
  const header = hasHeader ? (parsed[0] ?? []) : [];
  const body = hasHeader ? parsed.slice(1) : parsed;
  return body
    .filter((row) => row.some(Boolean))
    .map((row) => {
      const [first = '', ...rest] = row;
      const values = rest.map((v, i) => ({ label: header[i + 1] ?? '', v })).filter((x) => x.v);
      const named = values.map((x) => (x.label ? `${x.label}: ${x.v}` : x.v)).join('; ');
      const said = !values.length
        ? first
        : !first
          ? named
          : values.length === 1 && header.length <= 2
            ? `${first}: ${values[0]?.v}`
            : `${first} — ${named}`;
      return /[.!?]$/.test(said) ? said : `${said}.`;
    })
    .filter((said) => said !== '.');
}

/** A line of a plain-text article that reads as a heading: short, no sentence ending, followed by text. */
function looksLikeHeading(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 80 || /[.,;:!]$/.test(t) || t.startsWith('-')) return false;
  if (t.split(/\s+/).length > 12) return false;
  return next !== undefined && next.trim().length > 0;
}

function parseMeta(body: string): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  for (const part of body.split(';')) {
    const m = /^\s*([\w-]+)\s*:\s*(.*)$/.exec(part);
    if (m?.[1])
      meta[m[1]] = (m[2] ?? '')
        // Alternative phrasings of the section's question may contain commas: they are separated by "|".
        .split(m[1] === 'asks' ? '|' : ',')
        .map((s) => s.trim())
        .filter(Boolean);
  }
  return meta;
}

/** Sections of a body; `markdown` selects `#` headings, otherwise headings are detected heuristically. */
export function splitSections(body: string, markdown: boolean): Section[] {
  const lines = body.split('\n');
  const sections: Section[] = [];
  let path: { level: number; text: string }[] = [];
  let current: Section = { headings: [], paragraphs: [], meta: {} };
  let para: string[] = [];
  // The last line was a list item (or its wrapped continuation): its paragraph is still open.
  let inItem = false;
  const flushPara = () => {
    // (Emphasis may open on one line and close on the next: "**the Monday before\nValentine's Day we open**".)
    const joined = para.join(' ').replace(/\s+/g, ' ').trim();
    if (para.length) current.paragraphs.push(markdown ? plainInline(joined) : joined);
    para = [];
    inItem = false;
  };
  const open = (level: number, text: string) => {
    flushPara();
    if (current.paragraphs.length || current.headings.length) sections.push(current);
    path = [...path.filter((h) => h.level < level), { level, text }];
    current = { headings: path.map((h) => h.text), paragraphs: [], meta: {} };
  };
  const nextNonEmpty = (i: number) => lines.slice(i + 1).find((l) => l.trim().length > 0);
  let table: string[] = [];
  // Bold label lines sit one level under the last Markdown heading, side by side, never nested.
  let markdownLevel = 1;
  const flushTable = () => {
    for (const sentence of tableSentences(table)) current.paragraphs.push(sentence);
    table = [];
  };
  lines.forEach((line, i) => {
    const raw = line.trim();
    if (markdown && TABLE_ROW.test(raw)) {
      flushPara();
      table.push(raw);
      return;
    }
    if (table.length) flushTable();
    const t = markdown ? plainInline(raw) : raw;
    const md = MD_HEADING.exec(t);
    const meta = META.exec(raw);
    const bold = markdown ? BOLD_LINE.exec(raw) : null;
    if (markdown && RULE.test(raw)) flushPara();
    // A line that is bold and nothing else ("**Parking**") heads what follows, one level down.
    else if (bold && current.headings.length) open(markdownLevel + 1, bold[1] ?? '');
    else if (md) {
      markdownLevel = md[1]?.length ?? 2;
      open(markdownLevel, md[2] ?? '');
    } else if (meta) current.meta = { ...current.meta, ...parseMeta(meta[1] ?? '') };
    else if (!markdown && i === 0 && t) open(1, t);
    else if (!markdown && looksLikeHeading(t, nextNonEmpty(i)) && (lines[i + 1] ?? '').trim() !== t) {
      // "1. Delicate Chains" under "Popular Styles and Designs" nests one level deeper.
      if (current.headings.at(-1) !== t) open(/^\d+[.)]\s/.test(t) ? 3 : 2, t);
    } else if (!t) flushPara();
    else if (/^(\d+\.|[-*•])\s/.test(t)) {
      flushPara();
      para.push(t.replace(/^[-*•]\s+/, ''));
      inItem = true;
    } else if (inItem && markdown && (/^\s/.test(line) || !/[.!?:)]$/.test(para.at(-1) ?? ''))) {
      // A list item wrapped onto the next line ("…the host covers the\n  difference.") goes on with the item.
      para.push(t);
    } else {
      if (inItem) flushPara();
      para.push(t);
    }
  });
  if (table.length) flushTable();
  flushPara();
  if (current.paragraphs.length || current.headings.length) sections.push(current);
  return sections.filter((s) => s.paragraphs.length > 0);
}
