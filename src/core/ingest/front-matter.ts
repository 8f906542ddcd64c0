/** A small front-matter reader for the knowledge files: scalars, `[a, b]` lists and `- item` lists. */

export type FrontMatter = Record<string, string | string[]>;

const unquote = (s: string) => s.trim().replace(/^['"]|['"]$/g, '');
const stripComment = (s: string) => s.replace(/\s+#.*$/, '');

/** Splits `---` front matter from the body; files without it get `{}`. Never throws. */
export function parseFrontMatter(text: string): { data: FrontMatter; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { data: {}, body: text };
  const data: FrontMatter = {};
  let listKey: string | null = null;
  for (const rawLine of (m[1] ?? '').split(/\r?\n/)) {
    const line = stripComment(rawLine);
    if (!line.trim()) continue;
    const item = /^\s+-\s*(.*)$/.exec(line);
    if (item && listKey) {
      const list = data[listKey];
      if (Array.isArray(list)) list.push(unquote(item[1] ?? ''));
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1] ?? '';
    const value = (kv[2] ?? '').trim();
    listKey = null;
    if (value === '') {
      data[key] = [];
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      data[key] = value.slice(1, -1).split(',').map(unquote).filter(Boolean);
    } else {
      data[key] = unquote(value);
    }
  }
  return { data, body: text.slice(m[0].length) };
}

/** Reads a list field (a list, or a comma-separated scalar). */
export function listField(data: FrontMatter, key: string): string[] {
  const v = data[key];
  if (Array.isArray(v)) return v;
  return v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
