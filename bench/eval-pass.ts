/** Eval pass rate of the full answer pipeline when retrieval comes from a given system. */
import { readFileSync } from 'node:fs';
import type { EvalCase } from '../src/app/eval/score.js';
import { scoreCase } from '../src/app/eval/score.js';
import { Assistant, type Retrieve } from '../src/core/assistant.js';
import type { Bm25Index } from '../src/core/retrieve/bm25.js';
import type { EvidenceScorer } from '../src/core/retrieve/evidence.js';
import { analyzeQuery, type EnglishRank } from '../src/core/retrieve/query.js';
import type { Chunk } from '../src/core/types.js';

/** Wraps a top-10-ids search into the assistant's retriever port (lexical signals from the shared BM25). */
export function retrieverFrom(
  search: (q: string) => Promise<string[]>,
  bm25: Bm25Index,
  chunks: Chunk[],
  englishRank: EnglishRank,
  scorer: EvidenceScorer,
): Retrieve {
  const byId = new Map(chunks.map((c) => [c.id, c]));
  return {
    async retrieve(text: string) {
      const query = analyzeQuery(text, bm25, englishRank);
      const found = (await search(text)).flatMap((id, i) => {
        const chunk = byId.get(id);
        return chunk ? [{ chunk, score: 1 / (i + 1) }] : [];
      });
      const lexical = bm25.search(query.terms, 1);
      const results = found.slice(0, 8);
      const idf = new Map(query.terms.map((t) => [t.term, bm25.idf(t.term)]));
      return {
        query,
        results,
        bestLexical: lexical[0]?.score ?? 0,
        bestDense: 0,
        idf,
        evidence: await scorer.score(query, results, idf),
      };
    },
  };
}

/** Reads a JSONL question file. */
export const readCases = (path: string): EvalCase[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvalCase);

/** Share of cases passing with this retriever. */
export async function passRate(retriever: Retrieve, cases: EvalCase[]): Promise<number> {
  const assistant = new Assistant({ retriever });
  let pass = 0;
  for (const c of cases) {
    const a = await assistant.ask({
      text: c.question,
      platform: 'cli',
      userId: 'bench',
      channelRef: 'bench',
      isPublic: false,
    });
    if (scoreCase(c, a, { citedSeeds: false }).pass) pass++;
  }
  return pass / cases.length;
}
