import { describe, expect, it } from 'vitest';
import type { RetrievalResult } from '../retrieve/hybrid-retriever.js';
import { analyzeQuery } from '../retrieve/query.js';
import type { Chunk } from '../types.js';
import { MAX_PER_PASSAGE, pickSentences, scoreSentences } from './sentences.js';

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

describe('an answer keeps a passage together', () => {
  const other: Chunk = { ...chunk, id: 'other.md#1', source: 'other.md', heading: 'Other' };
  const c = (ch: Chunk, position: number, score: number) => ({
    text: [
      'Welding is quick and painless.',
      'The jeweler measures your wrist first.',
      'Chains come in gold or silver.',
      'Aftercare is simple soap and water.',
    ][position] as string,
    chunk: ch,
    chunkRank: ch === chunk ? 0 : 1,
    position,
    score,
  });
  it(`takes up to ${MAX_PER_PASSAGE} sentences of the best passage before weaker ones elsewhere`, () => {
    const picked = pickSentences(
      [
        c(chunk, 0, 0.9),
        c(chunk, 1, 0.8),
        c(chunk, 2, 0.7),
        { ...c(other, 0, 0.6), text: 'Prices start at fifty dollars.' },
      ],
      {
        max: 3,
        words: 80,
        ratio: 0.3,
      },
    );
    expect(picked.map((p) => p.chunk.id)).toEqual(['studio.md#1', 'studio.md#1', 'studio.md#1']);
  });
  it('a sentence restating one already picked, or a second one on where the sources disagree, is left out', () => {
    const restated = pickSentences(
      [
        {
          ...c(chunk, 0, 0.9),
          text: 'Choose high-quality metals for permanent jewelry that will not tarnish or irritate your skin.',
        },
        {
          ...c(other, 0, 0.8),
          text: 'Choose quality materials: pick high-quality metals that will not tarnish or irritate your skin.',
        },
        { ...c(other, 1, 0.7), text: 'Sources disagree on whether removal needs a professional.' },
        { ...c(chunk, 1, 0.6), text: 'A chain can be cut at the weld, although one source says removal needs help.' },
      ],
      { max: 4, words: 200, ratio: 0.3 },
    );
    expect(restated.map((p) => p.text.slice(0, 12))).toEqual(['Choose high-', 'Sources disa']);
  });
  it('never more than that from one passage', () => {
    const many = [0, 1, 2, 3].map((i) => c(chunk, i, 0.9 - i * 0.05));
    const picked = pickSentences([...many, { ...c(other, 0, 0.5), text: 'Prices start at fifty dollars.' }], {
      max: 5,
      words: 200,
      ratio: 0.3,
    });
    expect(picked.filter((p) => p.chunk.id === chunk.id)).toHaveLength(MAX_PER_PASSAGE);
    expect(picked.some((p) => p.chunk.id === other.id)).toBe(true);
  });
});
