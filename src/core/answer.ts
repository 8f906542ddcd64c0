/** Building Answers: one place for the neutral defaults. */
import type { Answer } from './types.js';

/** A plain, in-scope, unflagged local answer, with the given fields overriding the defaults. */
export function makeAnswer(over: Partial<Answer> = {}): Answer {
  return {
    text: '',
    citations: [],
    deferred: false,
    urgent: false,
    flagged: false,
    reasons: [],
    inScope: true,
    topic: null,
    confidence: 0,
    mode: 'local',
    ...over,
  };
}
