import { describe, expect, it } from 'vitest';
import type { RetrievalResult } from '../retrieve/hybrid-retriever.js';
import { analyzeQuery } from '../retrieve/query.js';
import type { Chunk } from '../types.js';
import { scoreSentences } from './sentences.js';

const chunk: Chunk = {
  id: 'studio.md#1',
  source: 'studio.md',
  title: 'Studio',
  heading: 'Deposits and lateness',
  text: 'Welding appointments need a deposit, and cancelling late forfeits the deposit. If you are more than 15 minutes late, we may have to reschedule you.',
  topics: ['studio'],
  appliesTo: [],
};
const vocab = { has: () => true, vocabulary: () => [] };
// The studio ask appends its fact's words to the question, as answer-parts does.
const typed = 'running 10 minutes late, will you still take me';
const query = analyzeQuery(`${typed} (deposit cancel refund)`, vocab);
const r: RetrievalResult = {
  query,
  results: [{ chunk, score: 1 }],
  bestLexical: 1,
  bestDense: 0.5,
  idf: new Map(query.terms.map((t) => [t.term, 1])),
  evidence: [{ chunkId: chunk.id, lexical: 0.5, dense: 0.5, question: 0.5, sentences: [0.5, 0.5] }],
};

describe('the words asked choose the sentence, not the words retrieval added', () => {
  it('picks the lateness rule for "running 10 min late" when the deposit words are only added', () => {
    const asked = new Set(analyzeQuery(typed, vocab).terms.map((t) => t.term));
    expect(scoreSentences(r, r.results, asked)[0]?.text).toMatch(/15 minutes late/);
  });
  it('without knowing what was asked, the appended deposit words win', () => {
    expect(scoreSentences(r)[0]?.text).toMatch(/deposit/);
  });
});
