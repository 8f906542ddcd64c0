/** Turns one knowledge file into retrieval chunks with heading context and metadata. */
import type { Chunk } from '../types.js';
import { cleanText, htmlToText, splitSentences } from './clean.js';
import { listField, parseFrontMatter } from './front-matter.js';
import { asKinds, asTopics, inferKinds, inferTopics } from './metadata.js';
import { splitSections } from './sections.js';

/** A source document as read from disk. */
export interface SourceFile {
  /** Path relative to the knowledge dir, with forward slashes. */
  path: string;
  text: string;
}

const MAX_WORDS = 140;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Packs paragraphs into pieces of at most MAX_WORDS words (long paragraphs split at sentences). */
function pack(paragraphs: string[]): string[] {
  const units = paragraphs.flatMap((p) => (wordCount(p) > MAX_WORDS ? splitSentences(p) : [p]));
  const out: string[] = [];
  let cur: string[] = [];
  for (const u of units) {
    if (cur.length && wordCount([...cur, u].join(' ')) > MAX_WORDS) {
      out.push(cur.join('\n'));
      cur = [];
    }
    cur.push(u);
  }
  if (cur.length) out.push(cur.join('\n'));
  return out;
}

/** Chunks a `.md`, `.txt` or `.html` file. Files with no usable text give no chunks. */
export function chunkFile(file: SourceFile): Chunk[] {
  const isHtml = /\.html?$/i.test(file.path);
  const isMd = /\.(md|markdown)$/i.test(file.path);
  const { data, body } = parseFrontMatter(file.text.replaceAll('\u0000', ''));
  const text = cleanText(isHtml ? htmlToText(body) : body);
  const sections = splitSections(text, isMd || isHtml);
  const fileKinds = asKinds(listField(data, 'appliesTo'));
  const fileTopics = asTopics(listField(data, 'topics'));
  const inferredFileKinds = inferKinds(text).slice(0, 3);
  const firstHeading = sections[0]?.headings[0];
  const title = (typeof data.title === 'string' && data.title) || firstHeading || file.path.replace(/\.[^.]+$/, '');
  const chunks: Chunk[] = [];
  for (const section of sections) {
    const headings = section.headings.filter((h) => h !== title);
    const heading = headings.join(' › ');
    for (const piece of pack(section.paragraphs)) {
      const context = `${heading}\n${piece}`;
      const declaredKinds = asKinds(section.meta.appliesTo ?? []);
      const declaredTopics = asTopics(section.meta.topics ?? []);
      const inferred = inferKinds(context);
      const appliesTo = declaredKinds.length
        ? declaredKinds
        : fileKinds.length
          ? fileKinds
          : [...new Set([...inferred, ...inferredFileKinds])];
      const topics = declaredTopics.length ? declaredTopics : fileTopics.length ? fileTopics : inferTopics(context);
      chunks.push({
        id: `${file.path}#${chunks.length}`,
        source: file.path,
        title,
        heading,
        text: piece,
        topics,
        appliesTo,
        ...(section.meta.asks?.length ? { questions: section.meta.asks } : {}),
      });
    }
  }
  return chunks;
}
