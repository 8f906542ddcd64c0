/** Review-core events: queued items become cards in the review channel; decisions edit cards and release held answers. */
import type { ReviewItem } from '../../../src/core/review/types.js';
import { syncReviewCards } from '../../shared/review-cards.js';
import { renderDecidedCard, renderRelease, renderReviewCard } from '../render-review.js';
import { parseChannelRef } from '../to-incoming.js';
import type { CardRef, DiscordDeps } from './deps.js';

/** A channel the bot can send to and whose messages it can edit, by id (from the cache, else fetched). */
async function sendable(deps: DiscordDeps, channelId: string) {
  const channel = deps.client.channels.cache.get(channelId) ?? (await deps.client.channels.fetch(channelId));
  if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not a text channel the bot can post in`);
  return channel;
}

/** Posts the held answer's outcome where the question was asked: a reply to the question, or in the channel. */
async function release(deps: DiscordDeps, item: ReviewItem): Promise<boolean> {
  const place = item.held && item.platform === 'discord' ? parseChannelRef(item.channelRef) : null;
  const message = place ? renderRelease(item) : null;
  if (!place || !message) return false;
  const channel = await sendable(deps, place.channelId);
  const reply = place.messageId ? { reply: { messageReference: place.messageId, failIfNotExists: false } } : {};
  await channel.send({ ...message, ...reply });
  return true;
}

/** Subscribes to the review core; returns the unsubscribe function. */
export function subscribeReviewEvents(deps: DiscordDeps): () => void {
  const reviewChannel = deps.config.reviewChannelId;
  return syncReviewCards<CardRef>(deps.review, deps.cards, deps.log, {
    async post(item) {
      if (!reviewChannel) return null;
      const sent = await (await sendable(deps, reviewChannel)).send(renderReviewCard(item));
      return { channelId: sent.channelId, messageId: sent.id };
    },
    update: async (card, item) =>
      (await sendable(deps, card.channelId)).messages.edit(card.messageId, renderDecidedCard(item)),
    release: (item) => release(deps, item),
  });
}
