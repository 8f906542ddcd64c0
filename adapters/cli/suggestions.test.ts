import { describe, expect, it } from 'vitest';
import { makeAnswer } from '../../src/core/answer.js';
import { numberChoices, offeredChoices, readPick } from './suggestions.js';

describe('terminal ask-back choices', () => {
  it('offers at most three non-blank suggestions', () => {
    expect(offeredChoices(makeAnswer({ text: 'x', suggestions: [' a ', '', 'b', 'c', 'd'] }))).toEqual(['a', 'b', 'c']);
    expect(offeredChoices(makeAnswer({ text: 'x' }))).toEqual([]);
  });

  it('numbers listed questions in place, whatever their marker, and adds the ones not listed', () => {
    const text = "I'm not sure which of these you mean:\n\n• Does it hurt?\n1. how long to heal?";
    expect(numberChoices(text, ['How long to heal?', 'Does it hurt?', 'Can I swim?'])).toBe(
      "I'm not sure which of these you mean:\n\n  2. Does it hurt?\n  1. How long to heal?\n  3. Can I swim?\n(type 1–3 to ask one of these)",
    );
    expect(numberChoices('plain', [])).toBe('plain');
    expect(numberChoices('- Only?', ['Only?'])).toBe('  1. Only?\n(type 1 to ask one of these)');
  });

  it('reads a bare number as a pick and anything else as a question', () => {
    const choices = ['A?', 'B?'];
    expect(readPick('2', choices)).toEqual({ kind: 'picked', text: 'B?' });
    expect(readPick(' 1. ', choices)).toEqual({ kind: 'picked', text: 'A?' });
    expect(readPick('3', choices)).toEqual({ kind: 'out-of-range' });
    expect(readPick('0', choices)).toEqual({ kind: 'out-of-range' });
    expect(readPick('2 weeks?', choices)).toEqual({ kind: 'question', text: '2 weeks?' });
    expect(readPick('2', [])).toEqual({ kind: 'question', text: '2' });
  });
});
