/** Pure rendering of moderator review cards (embed + Approve/Correct/Reject), decided cards, releases and modals. */
import {
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  ButtonStyle,
  ComponentType,
  TextInputStyle,
} from 'discord.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import { citationTitles, DECIDED_VERB, decisionLine, REJECTED_RELEASE } from '../shared/review-text.js';
import { customId, INPUTS } from './ids.js';
import { buttonRow, type DiscordMessage, MAX_CONTENT, NO_PINGS } from './render.js';
import { breakPings, escapeText, truncate } from './text.js';

const COLOR = { pending: 0xf0b232, approved: 0x23a55a, corrected: 0x5865f2, rejected: 0xda373c } as const;

/** A review card: an embed plus, while pending, the decision buttons. */
export interface CardMessage {
  content: string;
  embeds: APIEmbed[];
  components: ReturnType<typeof buttonRow>[];
  allowedMentions: DiscordMessage['allowedMentions'];
}

function embed(item: ReviewItem): APIEmbed {
  const titles = citationTitles(item.citations);
  const from = `${item.platform}${item.held ? ' (held: waiting for a decision)' : ''}`;
  const fields = [
    { name: 'Question', value: truncate(escapeText(item.question) || '—', 1024) },
    { name: 'Answer given', value: truncate(breakPings(item.answerText) || '—', 1024) },
    { name: 'Reasons', value: escapeText(item.reasons.join(', ') || 'none'), inline: true },
    { name: 'From', value: escapeText(from), inline: true },
    { name: 'Origin', value: escapeText(item.origin ?? 'flag'), inline: true },
    { name: 'Sources', value: truncate(titles.map(escapeText).join(' · ') || 'none', 1024) },
  ];
  if (item.status === 'corrected' && item.correctedText)
    fields.push({ name: 'Corrected answer', value: truncate(breakPings(item.correctedText), 1024) });
  return {
    title: item.status === 'pending' ? '🔎 Answer to review' : `${DECIDED_VERB[item.status]} answer`,
    color: COLOR[item.status],
    fields,
    footer: { text: `Review ${item.id}${item.topic ? ` · topic ${item.topic}` : ''}` },
    timestamp: item.createdAt,
  };
}

/** The card posted to the review channel when an item is queued. */
export function renderReviewCard(item: ReviewItem): CardMessage {
  return {
    content: '',
    embeds: [embed(item)],
    components: [
      buttonRow([
        { label: 'Approve', id: customId.review('approved', item.id), style: ButtonStyle.Success },
        { label: 'Correct…', id: customId.review('corrected', item.id), style: ButtonStyle.Primary },
        { label: 'Reject', id: customId.review('rejected', item.id), style: ButtonStyle.Danger },
      ]),
    ],
    allowedMentions: NO_PINGS,
  };
}

/** The card after a decision: who decided and when, no buttons. */
export function renderDecidedCard(item: ReviewItem): CardMessage {
  const line = `**${escapeText(decisionLine(item))}**`;
  return { content: line, embeds: [embed(item)], components: [], allowedMentions: NO_PINGS };
}

/** The message released to the asker once a moderator decided a held answer; null when nothing is released. */
export function renderRelease(item: ReviewItem): DiscordMessage | null {
  if (item.status === 'rejected') return { content: REJECTED_RELEASE, allowedMentions: NO_PINGS };
  const answer = item.status === 'corrected' ? item.correctedText : item.answerText;
  if ((item.status !== 'approved' && item.status !== 'corrected') || !answer) return null;
  const footer = `\n\n-# ✅ Reviewed and ${item.status} by a moderator`;
  return {
    content: `${truncate(breakPings(answer), MAX_CONTENT - footer.length)}${footer}`,
    allowedMentions: NO_PINGS,
  };
}

/** One text input in a labelled modal. */
function modal(
  id: string,
  title: string,
  input: { id: string; label: string; required: boolean; value?: string; placeholder?: string },
): APIModalInteractionResponseCallbackData {
  return {
    custom_id: id,
    title,
    components: [
      {
        type: ComponentType.Label,
        label: input.label,
        component: {
          type: ComponentType.TextInput,
          custom_id: input.id,
          style: TextInputStyle.Paragraph,
          required: input.required,
          max_length: 4000,
          ...(input.value ? { value: truncate(input.value, 4000) } : {}),
          ...(input.placeholder ? { placeholder: input.placeholder } : {}),
        },
      },
    ],
  };
}

/** "Not helpful": an optional reason. */
export function renderReasonModal(answerId: string): APIModalInteractionResponseCallbackData {
  return modal(customId.feedbackReason(answerId), 'What was wrong with this answer?', {
    id: INPUTS.reason,
    label: 'Reason (optional)',
    required: false,
    placeholder: 'e.g. it did not answer my question about anklets',
  });
}

/** "Correct…": the corrected answer, prefilled with the answer given. */
export function renderCorrectModal(item: ReviewItem): APIModalInteractionResponseCallbackData {
  return modal(customId.correction(item.id), 'Correct the answer', {
    id: INPUTS.correction,
    label: 'Corrected answer',
    required: true,
    value: item.answerText,
  });
}
