/**
 * Keeping review cards in step with the review core, for any platform: a queued item becomes a card, a
 * decision (from any platform) updates its card once the card is posted, and a held answer is released.
 */
import type { Logger } from '../../src/core/logger.js';
import type { ReviewEvents } from '../../src/core/ports.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import type { BoundedMap } from './bounded-set.js';
import { errMessage } from './errors.js';

/** What a platform does with cards; `Ref` says where a posted card lives. */
export interface CardPlatform<Ref> {
  /** Posts the card for a queued item; null when there is no review channel or nothing was posted. */
  post(item: ReviewItem): Promise<Ref | null>;
  /** Shows the decision on a posted card. */
  update(ref: Ref, item: ReviewItem): Promise<unknown>;
  /** Posts a held answer's outcome where it was asked; false when the item is not this platform's to release. */
  release(item: ReviewItem): Promise<boolean>;
}

/** Subscribes to the review core; returns the unsubscribe function. Failures are logged, never thrown. */
export function syncReviewCards<Ref>(
  review: ReviewEvents,
  cards: BoundedMap<Ref>,
  log: Logger,
  platform: CardPlatform<Ref>,
): () => void {
  // Cards still being posted: a decision that arrives meanwhile waits for the card before updating it.
  const posting = new Map<string, Promise<void>>();
  const fail = (what: string, item: ReviewItem) => (err: unknown) =>
    log.error({ err: errMessage(err), reviewId: item.id }, what);
  const offQueued = review.onQueued((item) => {
    const done = platform
      .post(item)
      .then((ref) => {
        if (!ref) return;
        cards.set(item.id, ref);
        log.info({ reviewId: item.id, from: item.platform }, 'review card posted');
      })
      .catch(fail('review card failed', item))
      .finally(() => posting.delete(item.id));
    posting.set(item.id, done);
  });
  const offDecided = review.onDecided(async (item) => {
    await posting.get(item.id);
    const ref = cards.get(item.id);
    if (ref) void platform.update(ref, item).catch(fail('card update failed', item));
    void platform
      .release(item)
      .then((released) => released && log.info({ reviewId: item.id, status: item.status }, 'held answer released'))
      .catch(fail('release failed', item));
  });
  return () => {
    offQueued();
    offDecided();
  };
}
