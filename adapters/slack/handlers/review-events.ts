/** Review-core events: queued items become cards in the review channel; decisions update cards and release held answers. */
import type { webApi } from '@slack/bolt';
import type { ReviewItem } from '../../../src/core/review/types.js';
import { syncReviewCards } from '../../shared/review-cards.js';
import { REJECTED_RELEASE } from '../../shared/review-text.js';
import { toMrkdwn, truncate } from '../mrkdwn.js';
import { postMessage } from '../post.js';
import { context, type SlackMessage, section } from '../render.js';
import { renderDecidedCard, renderReviewCard } from '../render-review.js';
import { parseChannelRef } from '../to-incoming.js';
import type { CardRef, SlackDeps } from './deps.js';

/** The message released to the original thread once a moderator decided a held answer. */
export function renderRelease(item: ReviewItem): SlackMessage | null {
  if (item.status === 'rejected') {
    return { text: REJECTED_RELEASE, blocks: [section(REJECTED_RELEASE)] };
  }
  const answer = item.status === 'corrected' ? item.correctedText : item.answerText;
  if ((item.status !== 'approved' && item.status !== 'corrected') || !answer) return null;
  const verb = item.status === 'corrected' ? 'corrected' : 'approved';
  return {
    text: truncate(toMrkdwn(answer), 3000),
    blocks: [
      section(truncate(toMrkdwn(answer), 3000)),
      context(`:white_check_mark: Reviewed and ${verb} by a moderator`),
    ],
  };
}

/** Subscribes to the review core; returns the unsubscribe function. */
export function subscribeReviewEvents(deps: SlackDeps, client: webApi.WebClient): () => void {
  const channel = deps.config.reviewChannelId;
  return syncReviewCards<CardRef>(deps.review, deps.cards, deps.log, {
    async post(item) {
      if (!channel) return null;
      const res = await postMessage(client, { channel }, renderReviewCard(item));
      return res.ts ? { channel: res.channel ?? channel, ts: res.ts } : null;
    },
    update: (card, item) => client.chat.update({ channel: card.channel, ts: card.ts, ...renderDecidedCard(item) }),
    async release(item) {
      const target = item.held && item.platform === 'slack' ? parseChannelRef(item.channelRef) : null;
      const message = target ? renderRelease(item) : null;
      if (!target || !message) return false;
      await postMessage(client, target, message);
      return true;
    },
  });
}
