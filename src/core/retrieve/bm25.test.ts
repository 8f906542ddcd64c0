import { describe, expect, it } from 'vitest';
import type { Chunk } from '../types.js';
import { Bm25Index } from './bm25.js';
import { reciprocalRankFusion } from './fusion.js';

const chunk = (id: string, text: string, heading = ''): Chunk => ({
  id,
  source: `${id}.md`,
  title: id,
  heading,
  text,
  topics: [],
  appliesTo: [],
});
const chunks = [
  chunk('heal', 'Microdermal implants take 6-8 weeks to heal.', 'Healing'),
  chunk('cut', 'A welded bracelet can be cut with scissors at the weld.', 'Removal'),
  chunk('clean', 'Clean the area with saline solution. Saline is gentle.', 'Cleaning'),
];

describe('BM25', () => {
  const index = new Bm25Index(chunks);

  it('ranks the passage sharing the rare query terms first', () => {
    expect(
      index.search(
        [
          { term: 'scissor', weight: 1 },
          { term: 'weld', weight: 1 },
        ],
        3,
      )[0]?.chunk.id,
    ).toBe('cut');
    expect(index.search([{ term: 'salin', weight: 1 }], 3).map((r) => r.chunk.id)).toEqual(['clean']);
  });

  it('weights expansion terms below typed terms', () => {
    const typed = index.search(
      [
        { term: 'heal', weight: 1 },
        { term: 'salin', weight: 0.2 },
      ],
      3,
    );
    expect(typed[0]?.chunk.id).toBe('heal');
  });

  it('gives rarer terms a higher idf and unknown terms none', () => {
    expect(index.idf('salin')).toBeGreaterThan(0);
    expect(index.idf('pizza')).toBe(0);
    expect(index.search([{ term: 'pizza', weight: 1 }], 3)).toEqual([]);
  });

  it('filters candidates', () => {
    expect(index.search([{ term: 'weld', weight: 1 }], 3, (c) => c.id !== 'cut')).toEqual([]);
  });
});

describe('reciprocal-rank fusion', () => {
  it('rewards chunks ranked well by both lists', () => {
    const [a, b, c] = chunks as [Chunk, Chunk, Chunk];
    const fused = reciprocalRankFusion([
      {
        results: [
          { chunk: a, score: 9 },
          { chunk: b, score: 5 },
        ],
      },
      {
        results: [
          { chunk: b, score: 0.9 },
          { chunk: c, score: 0.8 },
        ],
      },
    ]);
    expect(fused.map((r) => r.chunk.id)).toEqual(['cut', 'heal', 'clean']);
  });

  it('respects list weights', () => {
    const [a, b] = chunks as [Chunk, Chunk];
    const fused = reciprocalRankFusion([
      { results: [{ chunk: a, score: 1 }], weight: 0.1 },
      { results: [{ chunk: b, score: 1 }], weight: 1 },
    ]);
    expect(fused[0]?.chunk.id).toBe('cut');
  });
});
