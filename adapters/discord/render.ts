/** Pure rendering of the neutral `Answer` as Discord messages: ≤2000 chars each, sources, notice, buttons. */
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import type { Answer } from '../../src/core/types.js';
import { APOLOGY, citationTitles } from '../shared/review-text.js';
import { customId } from './ids.js';
import { breakPings, escapeText, splitMessage, truncate } from './text.js';

/** Discord's limit of characters per message. */
export const MAX_CONTENT = 2000;

/** At most this many ask-back suggestions become buttons (the answer text lists them all). */
export const MAX_SUGGESTIONS = 3;

/** Discord's limit of characters in a button label. */
export const MAX_LABEL = 80;

/** Every message the bot sends pings nobody: no @everyone/@here, roles or users. */
export const NO_PINGS = { parse: [] as never[] };

/** A message as the adapter posts it (the subset of discord.js message options it uses). */
export interface DiscordMessage {
  content: string;
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: never[]; repliedUser?: boolean };
}

/** A button row. */
export function buttonRow(
  buttons: Array<{ label: string; id: string; style?: ButtonStyle }>,
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map((b) => ({
      type: ComponentType.Button,
      style: (b.style ?? ButtonStyle.Secondary) as ButtonStyle.Secondary,
      label: b.label,
      custom_id: b.id,
    })),
  };
}

/** The notice shown above a deferred, urgent or held answer, or null. */
export function answerNotice(answer: Answer): string | null {
  if (answer.urgent) return '🚨 **This may need medical attention now.** Please seek care right away.';
  if (answer.deferred) return 'ℹ️ *Not medical advice: a medical professional and your piercer can help.*';
  if (answer.held) return '⏳ *A moderator will review this question and follow up here.*';
  return null;
}

/** The sources line: unique citation titles, escaped. */
export function sourcesLine(answer: Answer): string | null {
  const titles = citationTitles(answer.citations);
  return titles.length ? `-# Sources: ${titles.map(escapeText).join(' · ')}` : null;
}

/** Helpful / Not helpful / Ask a human under an answer with an id. */
export function feedbackRow(answerId: string): APIActionRowComponent<APIButtonComponent> {
  return buttonRow([
    { label: '👍 Helpful', id: customId.feedback('helpful', answerId) },
    { label: '👎 Not helpful', id: customId.feedback('not-helpful', answerId) },
    { label: '🙋 Ask a human', id: customId.feedback('ask-human', answerId) },
  ]);
}

/**
 * The ask-back questions an answer offers as buttons: up to three non-blank ones, and none on a held answer or
 * one without an id (a click names the answer by id). Their order is the index in the buttons' custom ids.
 */
export function askBackChoices(answer: Answer): string[] {
  if (!answer.answerId || answer.held) return [];
  return (answer.suggestions ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_SUGGESTIONS);
}

/** One button per ask-back question; the label is the question (cut at 80 chars), the custom id only its index. */
export function suggestionRow(answerId: string, choices: string[]): APIActionRowComponent<APIButtonComponent> {
  return buttonRow(
    choices.map((q, i) => ({
      label: truncate(q, MAX_LABEL),
      id: customId.suggestion(i, answerId),
      style: ButtonStyle.Primary,
    })),
  );
}

/**
 * Renders an answer as one or more messages (at most `maxParts`): notice, text split at paragraph, line or
 * sentence boundaries, the sources line, and on the last message the ask-back buttons (if any) above the feedback
 * buttons.
 */
export function renderAnswer(answer: Answer, maxParts = 4): DiscordMessage[] {
  const notice = answerNotice(answer);
  const sources = answer.held ? null : sourcesLine(answer);
  const body = [notice, breakPings(answer.text.trim()) || '*No answer text.*', sources].filter(Boolean).join('\n\n');
  let parts = splitMessage(body, MAX_CONTENT);
  if (parts.length > maxParts) {
    parts = parts.slice(0, maxParts);
    parts[maxParts - 1] = `${truncate(parts[maxParts - 1] ?? '', MAX_CONTENT - 40)}\n*(answer shortened)*`;
  }
  const choices = askBackChoices(answer);
  const buttons = answer.answerId && !answer.held ? [feedbackRow(answer.answerId)] : [];
  if (answer.answerId && choices.length) buttons.unshift(suggestionRow(answer.answerId, choices));
  return parts.map((content, i) => ({
    content,
    allowedMentions: NO_PINGS,
    ...(i === parts.length - 1 && buttons.length ? { components: buttons } : {}),
  }));
}

/** A plain notice (rate limit, empty question, apology). */
export function renderNotice(text: string): DiscordMessage {
  return { content: truncate(text, MAX_CONTENT), allowedMentions: NO_PINGS };
}

/** The apology posted when answering failed. */
export function renderApology(): DiscordMessage {
  return renderNotice(`⚠️ ${APOLOGY}`);
}
