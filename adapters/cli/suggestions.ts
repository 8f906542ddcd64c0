/** Ask-back in the terminal chat (pure): the suggested questions as a numbered list, and typing a number picks one. */
import type { Answer } from '../../src/core/types.js';

/** At most this many suggestions are offered (as on Discord and Slack). */
export const MAX_SUGGESTIONS = 3;

/** The questions an answer offers to pick from: up to three non-blank ones. */
export function offeredChoices(answer: Answer): string[] {
  return (answer.suggestions ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_SUGGESTIONS);
}

/** `1`, or `1–3`: the numbers there are to type. */
const rangeOf = (choices: string[]) => (choices.length === 1 ? '1' : `1–${choices.length}`);

/** A list item's text without its marker (`- `, `* `, `• `, `1. `, `2) `). */
const itemText = (line: string) =>
  line
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '')
    .trim()
    .toLowerCase();

/**
 * The answer text with the offered questions numbered: a line that lists one (the core lists them plainly for
 * platforms without buttons) gets its number; any not listed is added at the end; then how to pick.
 */
export function numberChoices(text: string, choices: string[]): string {
  if (!choices.length) return text;
  const placed = new Set<number>();
  const lines = text.split('\n').map((line) => {
    const i = choices.findIndex((c, n) => !placed.has(n) && itemText(line) === c.toLowerCase());
    if (i < 0) return line;
    placed.add(i);
    return `  ${i + 1}. ${choices[i]}`;
  });
  const missing = choices.flatMap((c, i) => (placed.has(i) ? [] : [`  ${i + 1}. ${c}`]));
  return [...lines, ...missing, `(type ${rangeOf(choices)} to ask one of these)`].join('\n');
}

/** What a typed line means while choices are offered. */
export type Pick = { kind: 'question'; text: string } | { kind: 'picked'; text: string } | { kind: 'out-of-range' };

/** A bare number picks the offered question with that number; any other line is a question. */
export function readPick(line: string, choices: string[]): Pick {
  const m = /^#?(\d{1,3})[.)]?$/.exec(line.trim());
  if (!m || !choices.length) return { kind: 'question', text: line };
  const chosen = choices[Number(m[1]) - 1];
  return chosen ? { kind: 'picked', text: chosen } : { kind: 'out-of-range' };
}

/** Told when a number names no offered choice. */
export function outOfRangeHint(choices: string[]): string {
  return `There is no choice with that number: type ${rangeOf(choices)}, or ask your question in words.`;
}
