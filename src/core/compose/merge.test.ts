import { describe, expect, it } from 'vitest';
import type { Composition } from './local-composer.js';
import { mergeParts, SEE_ABOVE } from './merge.js';

const part = (question: string, text: string): { question: string; c: Composition } => ({
  question,
  c: { text, citations: [], inScope: true, noKnowledge: false, topic: null, confidence: 0.8, used: [] },
});

describe('multi-part answers', () => {
  it('gives each part its own answer and never repeats a sentence', () => {
    const m = mergeParts([
      part('where are you', 'The studio is at 12 Example Street. Parking is free on the street.'),
      part('is there parking', 'Parking is free on the street. The garage costs $2 an hour.'),
    ]);
    expect(m.text).toBe(
      '**Where are you?** The studio is at 12 Example Street. Parking is free on the street.\n\n**Is there parking?** The garage costs $2 an hour.',
    );
  });
  it('points back when a part has nothing new', () => {
    const m = mergeParts([part('does it hurt', 'Welding is painless.'), part('will it hurt', 'Welding is painless.')]);
    expect(m.text).toContain(`**Will it hurt?** ${SEE_ABOVE}`);
  });
});
