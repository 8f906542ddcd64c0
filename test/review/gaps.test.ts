import { describe, expect, it } from 'vitest';
import { groupGaps } from '../../src/core/review/gaps.js';
import { cosine, tokenJaccard } from '../../src/core/review/similarity.js';

const at = (i: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();

describe('tokenJaccard and cosine', () => {
  it('scores identical wording 1, shared content words in between, and unrelated questions 0', () => {
    expect(tokenJaccard('Do you sell gift cards?', 'do you sell GIFT CARDS')).toBe(1);
    const near = tokenJaccard('Can I wear my anklet in the sauna?', 'Is a welded anklet ok in a sauna?');
    expect(near).toBeGreaterThan(0.3);
    expect(near).toBeLessThan(1);
    expect(tokenJaccard('Do you sell gift cards?', 'How long does healing take?')).toBe(0);
  });

  it('computes cosine similarity and treats a zero vector as dissimilar', () => {
    expect(cosine([1, 0], [1, 0])).toBeCloseTo(1);
    expect(cosine([1, 0], [0, 1])).toBeCloseTo(0);
    expect(cosine([1, 1], [2, 2])).toBeCloseTo(1);
    expect(cosine([0, 0], [1, 0])).toBe(0);
  });
});

describe('groupGaps', () => {
  it('clusters similar questions, most frequent first, with the commonest wording as the label', () => {
    const qs = [
      'Do you sell gift cards?',
      'Is a welded anklet ok in a sauna?',
      'Do you sell gift cards?',
      'Can I wear my welded anklet in the sauna?',
      'do you sell gift cards',
      'What are your opening hours?',
    ].map((question, i) => ({ question, createdAt: at(10 - i) }));
    const gaps = groupGaps(qs);
    expect(gaps.map((g) => [g.question, g.count])).toEqual([
      ['Do you sell gift cards?', 3],
      ['Is a welded anklet ok in a sauna?', 2],
      ['What are your opening hours?', 1],
    ]);
    expect(gaps[0]?.examples).toEqual(['Do you sell gift cards?', 'do you sell gift cards']);
    expect(gaps[0]?.lastAskedAt).toBe(at(10));
  });

  it('uses the similarity function and threshold it is given, and honours the limit', () => {
    const qs = ['a b', 'a c', 'x y'].map((question, i) => ({ question, createdAt: at(i) }));
    const everything = () => 1;
    expect(groupGaps(qs, { similarity: everything })).toEqual([
      { question: 'a b', count: 3, examples: ['a b', 'a c', 'x y'], lastAskedAt: at(2) },
    ]);
    expect(groupGaps(qs, { similarity: () => 0.4, threshold: 0.5 })).toHaveLength(3);
    expect(groupGaps(qs, { similarity: () => 0, limit: 1 })).toHaveLength(1);
    expect(groupGaps([{ question: '   ', createdAt: at(0) }])).toEqual([]);
  });
});
