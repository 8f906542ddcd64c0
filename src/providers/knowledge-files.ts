/** Reads a knowledge folder: every `.md`, `.markdown`, `.txt`, `.html`, `.htm` file below it, with content hashes. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PermabotError } from '../core/errors.js';

/** One knowledge file as read from disk. */
export interface KnowledgeFile {
  path: string;
  text: string;
  hash: string;
}

const EXTENSIONS = /\.(md|markdown|txt|html?)$/i;
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** SHA-256 hex of a string. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && EXTENSIONS.test(entry.name)) out.push(full);
  }
}

/** Lists and reads the knowledge files in stable order. Throws a coded error for a missing or empty folder. */
export function readKnowledgeFiles(dir: string): KnowledgeFile[] {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new PermabotError(`knowledge folder not found: ${dir}`, 'knowledge_empty');
  const paths: string[] = [];
  walk(dir, paths);
  paths.sort();
  const files = paths
    .filter((p) => statSync(p).size <= MAX_FILE_BYTES)
    .map((p) => {
      const text = readFileSync(p, 'utf8');
      return { path: relative(dir, p).split(sep).join('/'), text, hash: sha256(text) };
    });
  if (files.length === 0) {
    throw new PermabotError(`no .md, .txt or .html files in ${dir}`, 'knowledge_empty');
  }
  return files;
}
