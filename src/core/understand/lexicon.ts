/** The lexicon the understanding stage corrects against: the guidance's own vocabulary plus general English. */
import { correctSpelling, type EnglishRank, type Vocabulary } from '../retrieve/query.js';
import { stem } from '../text/tokenize.js';
import type { Lexicon } from './index.js';

/** English words ranked beyond this are rare enough that a near-miss of a guidance word is more likely a typo. */
export const RARE_ENGLISH_RANK = 60_000;

/** A lexicon over the guidance vocabulary (stems) and the English word ranks of the embedding vocabulary. */
export class GuidanceLexicon implements Lexicon {
  private readonly memo = new Map<string, string | null>();

  constructor(
    private readonly vocab: Vocabulary,
    private readonly englishRank: EnglishRank,
  ) {}

  knows(word: string): boolean {
    return this.vocab.has(stem(word)) || this.englishRank(word) !== undefined;
  }

  inGuidance(word: string): boolean {
    return this.vocab.has(stem(word));
  }

  rank(word: string): number | undefined {
    return this.englishRank(word);
  }

  correct(word: string): string | null {
    const cached = this.memo.get(word);
    if (cached !== undefined) return cached;
    const rank = this.englishRank(word);
    const fixed =
      this.vocab.has(stem(word)) || (rank !== undefined && rank <= RARE_ENGLISH_RANK)
        ? null
        : (correctSpelling(word, this.vocab) ?? correctSpelling(stem(word), this.vocab));
    if (this.memo.size > 20_000) this.memo.clear();
    this.memo.set(word, fixed);
    return fixed;
  }
}
