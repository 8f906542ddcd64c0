/** Reading eval question sets: JSONL files, or folders of them, named by `--questions` (any number of times). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalCase } from '../../src/app/eval/score.js';
import { UsageError } from './context.js';

/** The repository root: the nearest folder up with a package.json (from the sources or from `dist/`). */
function repoRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
const REPO = repoRoot(dirname(fileURLToPath(import.meta.url)));
/** The project's own development set (a copy of the set the project was started with). */
export const DEFAULT_QUESTIONS = join(REPO, 'test/eval/questions.jsonl');

/** One case as read: the scored fields, the optional `style` (discord, slack, plain…) and the file it came from. */
export type LoadedCase = EvalCase & { style?: string; file: string };

/** Reads a JSONL question file; bad lines are reported on `err`, not fatal. */
export function readCases(path: string, err: NodeJS.WritableStream): LoadedCase[] {
  const file = relative(process.cwd(), path) || path;
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        const c = JSON.parse(line) as LoadedCase;
        if (typeof c.question !== 'string' || typeof c.kind !== 'string') throw new Error('no question or kind');
        return [{ ...c, id: String(c.id ?? `${file}:${i + 1}`), file }];
      } catch {
        err.write(`skipping line ${i + 1} of ${file}: not a JSON case with "question" and "kind"\n`);
        return [];
      }
    });
}

/** The JSONL files a `--questions` value names: the file itself, or every *.jsonl in a folder (sorted). */
export function questionFiles(arg: string): string[] {
  const path = resolve(arg);
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`questions file not found: ${arg} (give --questions a .jsonl file or a folder of them)`);
  }
  if (!isDir) return [path];
  const files = readdirSync(path)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(path, f));
  if (!files.length) throw new UsageError(`no .jsonl question files in ${arg}`);
  return files;
}

/** Every case of every set named (the default set when none is). */
export function loadQuestionSets(args: string[] | undefined, err: NodeJS.WritableStream): LoadedCase[] {
  const files = (args?.length ? args : [DEFAULT_QUESTIONS]).flatMap(questionFiles);
  const cases = files.flatMap((f) => readCases(f, err));
  if (!cases.length)
    throw new UsageError(`no eval cases in ${files.map((f) => relative(process.cwd(), f)).join(', ')}`);
  return cases;
}
