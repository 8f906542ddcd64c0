/** Review-core events: queued items become cards in the review channel; decisions edit cards and release held answers. */
import type { ReviewItem } from '../../../src/core/review/types.js';
import { errMessage } from '../../shared/errors.js';
import { renderDecidedCard, renderRelease, renderReviewCard } from '../render-review.js';
import { parseChannelRef } from '../to-incoming.js';
import type { DiscordDeps } from './deps.js';

/** A channel the bot can send to and whose messages it can edit, by id (from the cache, else fetched). */
async function sendable(deps: DiscordDeps, channelId: string) {
  const channel = deps.client.channels.cache.get(channelId) ?? (await deps.client.channels.fetch(channelId));
  if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not a text channel the bot can post in`);
  return channel;
}

/** Posts the held answer's outcome where the question was asked: a reply to the question, or in the channel. */
async function release(deps: DiscordDeps, item: ReviewItem): Promise<void> {
  const place = item.held && item.platform === 'discord' ? parseChannelRef(item.channelRef) : null;
  const message = place ? renderRelease(item) : null;
  if (!place || !message) return;
  const channel = await sendable(deps, place.channelId);
  const reply = place.messageId ? { reply: { messageReference: place.messageId, failIfNotExists: false } } : {};
  await channel.send({ ...message, ...reply });
  deps.log.info({ reviewId: item.id, status: item.status }, 'held answer released');
}

/** Subscribes to the review core; returns the unsubscribe function. */
export function subscribeReviewEvents(deps: DiscordDeps): () => void {
  const reviewChannel = deps.config.reviewChannelId;
  // Cards still being posted: a decision that arrives meanwhile waits for the card before editing it.
  const posting = new Map<string, Promise<void>>();
  const offQueued = deps.review.onQueued((item) => {
    if (!reviewChannel) return;
    const post = async () => {
      const sent = await (await sendable(deps, reviewChannel)).send(renderReviewCard(item));
      return { channelId: sent.channelId, messageId: sent.id };
    };
    const done = post()
      .then((card) => {
        deps.cards.set(item.id, card);
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
      void sendable(deps, card.channelId)
        .then((channel) => channel.messages.edit(card.messageId, renderDecidedCard(item)))
        .catch((err: unknown) => deps.log.error({ err: errMessage(err), reviewId: item.id }, 'card update failed'));
    }
    void release(deps, item).catch((err: unknown) =>
      deps.log.error({ err: errMessage(err), reviewId: item.id }, 'release failed'),
    );
  });
  return () => {
    offQueued();
    offDecided();
  };
}
