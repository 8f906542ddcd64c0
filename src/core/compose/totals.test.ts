import { describe, expect, it } from 'vitest';
import { countAsked, priceTotal } from './totals.js';

describe('how many a price question asks for', () => {
  it.each([
    ['3 microdermals in one session, what is the total', 3],
    ['how much for two lark bracelets in sterling', 2],
    ['matching anklets, what would the total be for both of us', 2],
    ['me and my mom want bracelets, how much total', 2],
    ['what would it cost for the three of us', 3],
  ])('%s → %d', (text, n) => {
    expect(countAsked(text)).toBe(n);
  });
  it.each([
    ['how much is a gold anklet'],
    ['me and my mom want bracelets'],
    ['how much is a 14k bracelet'],
    ['i got it 2 weeks ago, what is the total for a re-weld'],
  ])('%s asks no count', (text) => {
    expect(countAsked(text)).toBeNull();
  });
});

describe('a total from the prices quoted', () => {
  it('multiplies the cell of the metal asked in a price row', () => {
    expect(
      priceTotal('two sable bracelets in gold filled, total?', [
        'Sable (satellite) — Sterling silver: $65; 14k gold-filled: $82; 14k solid gold: $240.',
      ]),
    ).toBe('For 2: 2 × $82 = $164.');
  });
  it('adds each additional piece at its own price', () => {
    expect(
      priceTotal('3 microdermals, what is the total', [
        'A single microdermal is $95, which includes the anchor and a flat top.',
        'Each additional microdermal in the same session is $70.',
      ]),
    ).toBe('For 3: $95 + 2 × $70 = $235.');
  });
  it('multiplies one price said of the piece asked', () => {
    expect(priceTotal('how much for 2 charms', ['A charm is $15.'])).toBe('For 2: 2 × $15 = $30.');
  });
  it.each([
    // No metal asked, and the row has three prices.
    ['two sable bracelets, total?', ['Sable (satellite) — Sterling silver: $65; 14k gold-filled: $82.']],
    // A surcharge, a discount or a starting price is no price of one piece.
    ['two anklets, total?', ['Anklets are the bracelet price plus $20, in any style and metal.']],
    ['two necklaces, total?', ['Necklaces start from $85.']],
    // Two prices in one sentence.
    ['two rings, total?', ['Rings are $45 in sterling and $120 in solid gold.']],
    // Not said of the piece asked.
    ['two bracelets, total?', ['A charm is $15.']],
  ])('gives no total when the prices do not say one per piece: %s', (text, sentences) => {
    expect(priceTotal(text, sentences)).toBeNull();
  });
});
