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
  const flushPara = () => {
    if (para.length) current.paragraphs.push(para.join(' ').replace(/\s+/g, ' ').trim());
    para = [];
  };
  const open = (level: number, text: string) => {
    flushPara();
    if (current.paragraphs.length || current.headings.length) sections.push(current);
    path = [...path.filter((h) => h.level < level), { level, text }];
    current = { headings: path.map((h) => h.text), paragraphs: [], meta: {} };
  };
  const nextNonEmpty = (i: number) => lines.slice(i + 1).find((l) => l.trim().length > 0);
  lines.forEach((line, i) => {
    const t = line.trim();
    const md = MD_HEADING.exec(t);
    const meta = META.exec(t);
    if (md) open(md[1]?.length ?? 2, md[2] ?? '');
    else if (meta) current.meta = { ...current.meta, ...parseMeta(meta[1] ?? '') };
    else if (!markdown && i === 0 && t) open(1, t);
    else if (!markdown && looksLikeHeading(t, nextNonEmpty(i)) && (lines[i + 1] ?? '').trim() !== t) {
      // "1. Delicate Chains" under "Popular Styles and Designs" nests one level deeper.
      if (current.headings.at(-1) !== t) open(/^\d+[.)]\s/.test(t) ? 3 : 2, t);
    } else if (!t) flushPara();
    else if (/^(\d+\.|[-*•])\s/.test(t)) {
      flushPara();
      para.push(t.replace(/^[-*•]\s+/, ''));
      flushPara();
    } else para.push(t);
  });
  flushPara();
  if (current.paragraphs.length || current.headings.length) sections.push(current);
  return sections.filter((s) => s.paragraphs.length > 0);
}
