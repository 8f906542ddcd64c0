/**
 * Ask-back suggestion buttons: their action ids and the value each carries. The value (≤ 2000 chars) holds the
 * question itself, the answer it belongs to and where it was asked, so a click works after a restart too. Slack
 * sends back the value of the bot's own message in a signed request; it is still parsed without trusting it.
 */
import { z } from 'zod';
import type { Incoming } from '../../src/core/types.js';

/** Action id of the `index`-th suggestion button (unique within the actions block, as Slack requires). */
export const suggestionAction = (index: number) => `permabot_suggestion_${index}`;

/** Matches every suggestion action id (for `app.action`). */
export const SUGGESTION_ACTION = /^permabot_suggestion_\d$/;

/** Slack's limit of characters in a button's value. */
export const MAX_VALUE = 2000;

/** What of the asked question a suggestion needs to ask its own in the same place and conversation. */
export type AskedIn = Pick<Incoming, 'userId' | 'channelRef' | 'conversationKey' | 'isPublic'>;

const Value = z.object({
  a: z.string().min(1).max(64),
  i: z.number().int().min(0).max(9),
  q: z.string().min(1).max(1000),
  u: z.string().min(1).max(64),
  r: z.string().min(1).max(200),
  k: z.string().min(1).max(200).optional(),
  p: z.boolean(),
});

/** A decoded button value. */
export interface SuggestionChoice {
  answerId: string;
  index: number;
  question: string;
  asked: AskedIn;
}

/** The button value for one choice, or null when it would not fit in Slack's limit (that button is left out). */
export function encodeChoice(c: SuggestionChoice): string | null {
  const { userId: u, channelRef: r, conversationKey: k, isPublic: p } = c.asked;
  const value = JSON.stringify({ a: c.answerId, i: c.index, q: c.question, u, r, ...(k ? { k } : {}), p });
  return value.length <= MAX_VALUE && Value.safeParse(JSON.parse(value)).success ? value : null;
}

/** A button value back into a choice; null for anything malformed. */
export function decodeChoice(value: string | undefined): SuggestionChoice | null {
  if (!value || value.length > MAX_VALUE) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return null;
  }
  const v = Value.safeParse(raw);
  if (!v.success) return null;
  const { a, i, q, u, r, k, p } = v.data;
  return {
    answerId: a,
    index: i,
    question: q,
    asked: { userId: u, channelRef: r, isPublic: p, ...(k ? { conversationKey: k } : {}) },
  };
}

/** The question a click asks: the asker's own place and conversation, marked as a pick. */
export function pickedQuestion(c: SuggestionChoice): Incoming {
  return { text: c.question, platform: 'slack', ...c.asked, fromSuggestion: true };
}
