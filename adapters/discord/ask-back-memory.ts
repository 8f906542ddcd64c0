/**
 * The ask-back questions behind suggestion buttons, kept in bounded memory by answer id: a custom id (≤ 100 chars)
 * carries only `pb:sg:<index>:<answerId>`, so the question and who asked it live here. Lost on restart (the click
 * is then told the choice expired).
 */
import type { AssistantPort } from '../../src/core/ports.js';
import type { Incoming } from '../../src/core/types.js';
import { BoundedMap } from '../shared/bounded-set.js';
import { askBackChoices } from './render.js';

/** How many ask-back answers are remembered (the oldest are forgotten first); a few KB each at most. */
export const ASK_BACK_MEMORY = 2_000;

/** One ask-back: the questions offered, and the question that got them (asker, place, conversation). */
export interface AskBack {
  choices: string[];
  asked: Incoming;
}

/** Ask-backs by answer id. */
export type AskBackMemory = BoundedMap<AskBack>;

/** A fresh, bounded memory. */
export function createAskBackMemory(capacity = ASK_BACK_MEMORY): AskBackMemory {
  return new BoundedMap<AskBack>(capacity);
}

/**
 * The same assistant, remembering every answer that offers suggestion buttons (the same rule as the renderer's),
 * so every handler that posts an answer gets working buttons without knowing about ask-back.
 */
export function rememberingAskBacks(inner: AssistantPort, memory: AskBackMemory): AssistantPort {
  return {
    async ask(incoming) {
      const answer = await inner.ask(incoming);
      const choices = askBackChoices(answer);
      if (answer.answerId && choices.length) memory.set(answer.answerId, { choices, asked: incoming });
      return answer;
    },
  };
}

/** The question a click on choice `index` asks: the asker's own conversation and place, marked as a pick. */
export function pickedQuestion(askBack: AskBack, index: number): Incoming | null {
  const text = askBack.choices[index];
  if (text === undefined) return null;
  const { attachments: _ignored, ...asked } = askBack.asked;
  return { ...asked, text, fromSuggestion: true };
}
