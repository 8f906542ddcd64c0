/** Pure rendering of the neutral `Answer` as Block Kit blocks plus fallback text. */
import type { types } from '@slack/bolt';
import type { Answer } from '../../src/core/types.js';
import { APOLOGY, citationTitles } from '../shared/review-text.js';
import { FEEDBACK_ACTIONS } from './ids.js';
import { escapeMrkdwn, splitText, toMrkdwn, truncate } from './mrkdwn.js';
import { type AskedIn, encodeChoice, suggestionAction } from './suggestion-value.js';

/** Slack's limit of blocks per message. */
export const MAX_BLOCKS = 50;

/** At most this many ask-back suggestions become buttons (the answer text lists them all). */
export const MAX_SUGGESTIONS = 3;

/** Slack's limit of characters in a button's text. */
export const MAX_BUTTON_TEXT = 75;

/** A Slack message: blocks and the notification/fallback text. */
export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

export { APOLOGY } from '../shared/review-text.js';

/** A mrkdwn section block. */
export function section(text: string): types.SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/** A context block with one mrkdwn element. */
export function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 2000) }] };
}

/** A button with an action id and value. */
export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): types.Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  };
}

/** The notice shown above a deferred or urgent answer, or null. */
export function answerNotice(answer: Answer): string | null {
  if (answer.urgent) return ':rotating_light: *This may need medical attention now.* Please seek care right away.';
  if (answer.deferred)
    return ':information_source: This is not medical advice: a medical professional and your piercer can help.';
  if (answer.held) return ':hourglass_flowing_sand: A moderator will review this question and follow up here.';
  return null;
}

/** The sources line: unique citation titles, escaped. */
export function sourcesLine(answer: Answer): string | null {
  const titles = citationTitles(answer.citations);
  return titles.length ? `*Sources:* ${titles.map(escapeMrkdwn).join(' · ')}` : null;
}

/**
 * The ask-back buttons: one per suggested question (text cut at 75 chars, the value carrying the whole question
 * and where it was asked); null without suggestions, on a held answer, without an answer id or without `asked`.
 */
export function suggestionBlock(answer: Answer, asked?: AskedIn): types.ActionsBlock | null {
  const answerId = answer.answerId;
  if (!answerId || answer.held || !asked) return null;
  const choices = (answer.suggestions ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, MAX_SUGGESTIONS);
  const elements = choices.flatMap((question, index) => {
    const value = encodeChoice({ answerId, index, question, asked });
    return value ? [button(truncate(question, MAX_BUTTON_TEXT), suggestionAction(index), value)] : [];
  });
  return elements.length ? { type: 'actions', block_id: 'permabot_suggestions', elements } : null;
}

/**
 * Renders an answer: notice, answer sections (≤3000 chars each), ask-back buttons (when `asked` is given: who asked
 * and where), sources, feedback buttons; ≤50 blocks.
 */
export function renderAnswer(answer: Answer, asked?: AskedIn): SlackMessage {
  const notice = answerNotice(answer);
  const sources = answer.held ? null : sourcesLine(answer);
  const withButtons = Boolean(answer.answerId) && !answer.held;
  const tail: types.KnownBlock[] = [];
  const suggestions = suggestionBlock(answer, asked);
  if (suggestions) tail.push(suggestions);
  if (sources) tail.push(context(sources));
  if (withButtons && answer.answerId) {
    tail.push({
      type: 'actions',
      block_id: 'permabot_feedback',
      elements: [
        button(':thumbsup: Helpful', FEEDBACK_ACTIONS.helpful, answer.answerId),
        button(':thumbsdown: Not helpful', FEEDBACK_ACTIONS['not-helpful'], answer.answerId),
        button(':raising_hand: Ask a human', FEEDBACK_ACTIONS['ask-human'], answer.answerId),
      ],
    });
  }
  const head: types.KnownBlock[] = notice ? [section(notice)] : [];
  const room = MAX_BLOCKS - head.length - tail.length;
  let parts = splitText(toMrkdwn(answer.text || '_No answer text._'));
  if (parts.length > room) {
    parts = parts.slice(0, room);
    parts[room - 1] = `${truncate(parts[room - 1] ?? '', 2970)}\n_(answer shortened)_`;
  }
  const blocks = [...head, ...parts.map(section), ...tail];
  const fallback = truncate(`${notice ? `${notice}\n` : ''}${escapeMrkdwn(answer.text)}`, 3000);
  return { text: fallback, blocks };
}

/** The apology message, as blocks and text. */
export function renderApology(): SlackMessage {
  return { text: APOLOGY, blocks: [section(`:warning: ${APOLOGY}`)] };
}
