/** Review-core events: queued items become cards in the review channel; decisions update cards and release held answers. */
import type { webApi } from '@slack/bolt';
import type { ReviewItem } from '../../../src/core/review/types.js';
import { REJECTED_RELEASE } from '../../shared/review-text.js';
import { toMrkdwn, truncate } from '../mrkdwn.js';
import { postMessage } from '../post.js';
import { context, type SlackMessage, section } from '../render.js';
import { renderDecidedCard, renderReviewCard } from '../render-review.js';
import { parseChannelRef } from '../to-incoming.js';
import { errMessage, type SlackDeps } from './deps.js';

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
  // Cards still being posted: a decision that arrives meanwhile waits for the card before updating it.
  const posting = new Map<string, Promise<void>>();
  const offQueued = deps.review.onQueued((item) => {
    if (!channel) return;
    const done = postMessage(client, { channel }, renderReviewCard(item))
      .then((res) => {
        if (res.ts) deps.cards.set(item.id, { channel: res.channel ?? channel, ts: res.ts });
        deps.log.info({ reviewId: item.id, from: item.platform }, 'review card posted');
      })
      .catch((err: unknown) => deps.log.error({ err: errMessage(err), reviewId: item.id }, 'review card failed'))
      .finally(() => posting.delete(item.id));
    posting.set(item.id, done);
  });
  const offDecided = deps.review.onDecided(async (item) => {
    await posting.get(item.id);
    const card = deps.cards.get(item.id);
    if (card) {
      void client.chat
        .update({ channel: card.channel, ts: card.ts, ...renderDecidedCard(item) })
        .catch((err: unknown) => deps.log.error({ err: errMessage(err), reviewId: item.id }, 'card update failed'));
    }
    const target = item.held && item.platform === 'slack' ? parseChannelRef(item.channelRef) : null;
    const release = target ? renderRelease(item) : null;
    if (target && release) {
      void postMessage(client, target, release)
        .then(() => deps.log.info({ reviewId: item.id, status: item.status }, 'held answer released'))
        .catch((err: unknown) => deps.log.error({ err: errMessage(err), reviewId: item.id }, 'release failed'));
    }
  });
  return () => {
    offQueued();
    offDecided();
  };
}
