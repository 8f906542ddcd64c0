/** Pure rendering of moderator review cards, the decided card and the modals. */
import type { types } from '@slack/bolt';
import type { ReviewItem } from '../../src/core/review/types.js';
import { citationTitles, DECIDED_VERB, decisionLine } from '../shared/review-text.js';
import { INPUTS, REVIEW_ACTIONS, VIEWS } from './ids.js';
import { escapeMrkdwn, toMrkdwn, truncate } from './mrkdwn.js';
import { button, context, type SlackMessage, section } from './render.js';

function body(item: ReviewItem): types.KnownBlock[] {
  const reasons = item.reasons.length ? item.reasons.join(', ') : 'none';
  const sources = citationTitles(item.citations);
  const meta = [
    `*Reasons:* ${escapeMrkdwn(reasons)}`,
    `*From:* ${escapeMrkdwn(item.platform)}${item.held ? ' (held: waiting for a decision)' : ''}`,
    item.origin ? `*Origin:* ${escapeMrkdwn(item.origin)}` : null,
    item.topic ? `*Topic:* ${escapeMrkdwn(item.topic)}` : null,
    sources.length ? `*Sources:* ${sources.map(escapeMrkdwn).join(' · ')}` : null,
    `*Review:* \`${escapeMrkdwn(item.id)}\``,
  ].filter(Boolean);
  return [
    section(`*Question*\n${truncate(escapeMrkdwn(item.question), 2900)}`),
    section(`*Answer given*\n${truncate(toMrkdwn(item.answerText), 2900)}`),
    context(meta.join('  |  ')),
  ];
}

/** The card posted to the review channel when an item is queued: question, answer, reasons, Approve/Correct/Reject. */
export function renderReviewCard(item: ReviewItem): SlackMessage {
  return {
    text: `Review needed: ${truncate(escapeMrkdwn(item.question), 200)}`,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: ':mag: Answer to review', emoji: true } },
      ...body(item),
      {
        type: 'actions',
        block_id: 'permabot_review',
        elements: [
          button('Approve', REVIEW_ACTIONS.approve, item.id, 'primary'),
          button('Correct…', REVIEW_ACTIONS.correct, item.id),
          button('Reject', REVIEW_ACTIONS.reject, item.id, 'danger'),
        ],
      },
    ],
  };
}

/** The card after a decision: who decided and when (and the correction), no buttons. */
export function renderDecidedCard(item: ReviewItem): SlackMessage {
  const line = decisionLine(item);
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `${DECIDED_VERB[item.status] ?? 'Decided'}`, emoji: true } },
    ...body(item),
  ];
  if (item.correctedText) blocks.push(section(`*Corrected answer*\n${truncate(toMrkdwn(item.correctedText), 2900)}`));
  if (item.note) blocks.push(section(`*Note:* ${truncate(escapeMrkdwn(item.note), 2900)}`));
  blocks.push(context(`:white_check_mark: ${escapeMrkdwn(line)}`));
  return { text: `Review ${escapeMrkdwn(item.id)} ${escapeMrkdwn(line)}`, blocks };
}

/** The Correct modal: a multiline input prefilled with the answer. */
export function renderCorrectModal(item: ReviewItem, privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.correct,
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: 'Correct the answer' },
    submit: { type: 'plain_text', text: 'Save correction' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(`*Question*\n${truncate(escapeMrkdwn(item.question), 2900)}`),
      {
        type: 'input',
        block_id: INPUTS.correctBlock,
        label: { type: 'plain_text', text: 'Corrected answer' },
        element: {
          type: 'plain_text_input',
          action_id: INPUTS.correctAction,
          multiline: true,
          max_length: 3000,
          initial_value: truncate(item.answerText, 3000),
        },
      },
    ],
  };
}

/** The Not helpful modal: an optional reason. Closing it still records the feedback. */
export function renderNotHelpfulModal(privateMetadata: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: VIEWS.notHelpful,
    private_metadata: privateMetadata,
    notify_on_close: true,
    title: { type: 'plain_text', text: 'Not helpful' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: INPUTS.reasonBlock,
        optional: true,
        label: { type: 'plain_text', text: 'What was wrong or missing? (optional)' },
        element: { type: 'plain_text_input', action_id: INPUTS.reasonAction, multiline: true, max_length: 1000 },
      },
    ],
  };
}
