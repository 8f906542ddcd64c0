/** Custom ids of buttons and modals (≤ 100 chars): `pb:<what>:<arg>:<id>`, parsed back without trusting them. */
import type { Decision, FeedbackKind } from '../../src/core/review/types.js';

/** Everything a click or a modal submission can mean. */
export type ComponentAction =
  | { type: 'feedback'; kind: FeedbackKind; answerId: string }
  | { type: 'feedback-reason'; answerId: string }
  | { type: 'review'; decision: Decision; reviewId: string }
  | { type: 'correction'; reviewId: string }
  | { type: 'suggestion'; index: number; answerId: string };

const FEEDBACK: Record<string, FeedbackKind> = { helpful: 'helpful', unhelpful: 'not-helpful', human: 'ask-human' };
const FEEDBACK_CODE: Record<FeedbackKind, string> = {
  helpful: 'helpful',
  'not-helpful': 'unhelpful',
  'ask-human': 'human',
};
const DECISIONS: Record<string, Decision> = { approve: 'approved', correct: 'corrected', reject: 'rejected' };
const DECISION_CODE: Record<Decision, string> = { approved: 'approve', corrected: 'correct', rejected: 'reject' };
const ID = /^[\w-]{1,64}$/;

/** The text input ids inside the modals. */
export const INPUTS = { reason: 'reason', correction: 'correction' } as const;

export const customId = {
  feedback: (kind: FeedbackKind, answerId: string) => `pb:fb:${FEEDBACK_CODE[kind]}:${answerId}`,
  feedbackReason: (answerId: string) => `pb:fbm:reason:${answerId}`,
  review: (decision: Decision, reviewId: string) => `pb:rv:${DECISION_CODE[decision]}:${reviewId}`,
  correction: (reviewId: string) => `pb:rvm:correct:${reviewId}`,
  /** The `index`-th ask-back suggestion under answer `answerId` (the question itself stays in memory). */
  suggestion: (index: number, answerId: string) => `pb:sg:${index}:${answerId}`,
};

/** Parses a custom id; null for anything that is not ours or is malformed. */
export function parseCustomId(value: string): ComponentAction | null {
  const [prefix, what, arg, id, ...rest] = value.split(':');
  if (prefix !== 'pb' || !arg || !id || rest.length > 0 || !ID.test(id)) return null;
  if (what === 'fb' && FEEDBACK[arg]) return { type: 'feedback', kind: FEEDBACK[arg], answerId: id };
  if (what === 'fbm' && arg === 'reason') return { type: 'feedback-reason', answerId: id };
  if (what === 'rv' && DECISIONS[arg]) return { type: 'review', decision: DECISIONS[arg], reviewId: id };
  if (what === 'rvm' && arg === 'correct') return { type: 'correction', reviewId: id };
  if (what === 'sg' && /^[0-9]$/.test(arg)) return { type: 'suggestion', index: Number(arg), answerId: id };
  return null;
}
