/** One page of `review list`: the items from `offset`, and how many more there are after them. */
import type { ReviewService } from '../../../src/core/review/review-service.js';
import type { ReviewItem, ReviewStatus } from '../../../src/core/review/types.js';

/** A page of review items, newest first. */
export interface ListPage {
  items: ReviewItem[];
  /** Items of the same status after this page (0 when it is the last one). */
  more: number;
}

/** Reads `offset + limit` items and keeps the last `limit`; the total per status comes from the stats. */
export async function listPage(
  service: ReviewService,
  status: ReviewStatus | 'all',
  limit: number,
  offset: number,
): Promise<ListPage> {
  const upTo = await service.list({ status, limit: offset + limit + 1 });
  const items = upTo.slice(offset, offset + limit);
  if (upTo.length <= offset + limit) return { items, more: 0 };
  const counts = (await service.stats()).reviews;
  const total = status === 'all' ? Object.values(counts).reduce((a, b) => a + b, 0) : counts[status];
  return { items, more: Math.max(1, total - offset - items.length) };
}
