import { describe, expect, it } from 'vitest';
import { ReviewService, type ReviewServiceOptions } from '../../src/core/review/review-service.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import type { Incoming } from '../../src/core/types.js';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';
import { FakeEmbeddings } from '../fakes/fake-embeddings.js';
import { alice, answer, asker, bob } from './fixtures/samples.js';

const publicQ = (text = 'How do I remove my welded bracelet at home?'): Incoming => ({
  text,
  platform: 'discord',
  userId: 'u1',
  channelRef: 'discord:g:c:m',
  conversationKey: 'discord:g:c:t',
  isPublic: true,
});
const dm = (text?: string): Incoming => ({ ...publicQ(text), isPublic: false });
const flagged = (reasons: Parameters<typeof answer>[0] = {}) =>
  answer({ flagged: true, reasons: ['low-confidence'], ...reasons });

function make(over: Partial<ReviewServiceOptions> = {}) {
  const store = new MemoryReviewStore();
  const embeddings = new FakeEmbeddings();
  const service = new ReviewService({ store, embeddings, ...over });
  return { store, embeddings, service };
}

describe('ReviewService.record', () => {
  it('stores every answer and queues only flagged ones (post mode never holds)', async () => {
    const { service, store } = make();
    const plain = await service.record(publicQ(), answer(), 10);
    expect(plain).toEqual({ answerId: expect.stringMatching(/^a\d+$/), held: false });
    const queued = await service.record(publicQ(), flagged(), 10);
    expect(queued.held).toBe(false);
    expect(await store.getReview(queued.reviewId ?? '')).toMatchObject({
      status: 'pending',
      reasons: ['low-confidence'],
    });
    expect((await store.stats()).interactions).toBe(2);
  });

  it('holds flagged answers in public channels in hold mode, but not in DMs and never urgent ones', async () => {
    const { service } = make({ mode: 'hold' });
    expect((await service.record(publicQ(), flagged(), 1)).held).toBe(true);
    expect((await service.record(dm(), flagged(), 1)).held).toBe(false);
    expect((await service.record(publicQ(), answer(), 1)).held).toBe(false);
    const urgent = await service.record(
      publicQ(),
      flagged({ urgent: true, deferred: true, reasons: ['urgent', 'medical'] }),
      1,
    );
    expect(urgent.held).toBe(false);
    expect((await service.get(urgent.reviewId ?? ''))?.held).toBe(false);
    const held = await service.record(publicQ(), flagged({ deferred: true, reasons: ['medical'] }), 1);
    expect(await service.get(held.reviewId ?? '')).toMatchObject({ held: true, reasons: ['medical'] });
    expect((await service.interaction(held.answerId))?.answer.held).toBe(true);
  });

  it('redacts e-mails and phone numbers from the stored question and answer unless disabled', async () => {
    const q = 'My email is jo@example.com and my phone +1 555 123 4567, can I swim?';
    const { service } = make();
    const { answerId } = await service.record(dm(q), answer({ text: 'Call us at 555-123-4567.' }), 1);
    const rec = await service.interaction(answerId);
    expect(rec?.question).toBe('My email is [email] and my phone [phone], can I swim?');
    expect(rec?.answer.text).toBe('Call us at [phone].');
    const raw = make({ redactPii: false });
    const kept = await raw.service.record(dm(q), answer(), 1);
    expect((await raw.service.interaction(kept.answerId))?.question).toBe(q);
  });
});

describe('ReviewService curated answers', () => {
  it('serves an approved answer for the same question and not for a different one', async () => {
    const { service } = make();
    const { reviewId } = await service.record(dm('How do I remove my welded bracelet at home?'), flagged(), 1);
    const decided = await service.decide(reviewId ?? '', 'approved', alice);
    expect(decided.ok).toBe(true);
    const match = await service.matchCurated('how do I remove my WELDED bracelet at home');
    expect(match?.curated.text).toBe(answer().text);
    expect(match?.similarity).toBeGreaterThanOrEqual(0.92);
    expect(await service.matchCurated('Which metals are best for sensitive skin?')).toBeNull();
  });

  it('matches a near-identical wording above a configured threshold and serves the corrected text', async () => {
    const { service } = make({ curatedThreshold: 0.8 });
    const { reviewId } = await service.record(
      dm('Can I go swimming in the ocean with my new welded anklet on?'),
      flagged(),
      1,
    );
    expect(await service.decide(reviewId ?? '', 'corrected', bob)).toEqual({ ok: false, code: 'text_required' });
    await service.decide(reviewId ?? '', 'corrected', bob, { text: 'Yes, rinse it with fresh water afterwards.' });
    const near = await service.matchCurated('Can I go swimming in the sea with my new welded anklet on?');
    expect(near?.curated.text).toBe('Yes, rinse it with fresh water afterwards.');
    expect(near?.similarity).toBeLessThan(1);
    expect(await service.matchCurated('Does getting a microdermal hurt?')).toBeNull();
  });

  it('stops matching a retired curated answer, and sees curated answers written by another process', async () => {
    const { service, store, embeddings } = make();
    const other = new ReviewService({ store, embeddings });
    const { reviewId } = await other.record(dm('Is titanium safe for implants?'), flagged(), 1);
    const decided = await other.decide(reviewId ?? '', 'approved', alice);
    const match = await service.matchCurated('Is titanium safe for implants?');
    expect(match?.curated.id).toBe(decided.ok ? decided.curated?.id : 'none');
    const retired = await other.retireCurated(match?.curated.id ?? '', alice);
    expect(retired.ok).toBe(true);
    expect(await service.matchCurated('Is titanium safe for implants?')).toBeNull();
  });

  it('embeds each curated question once, not on every lookup', async () => {
    const { service, embeddings } = make();
    for (const q of ['Does it hurt?', 'How long does healing take?']) {
      const { reviewId } = await service.record(dm(q), flagged(), 1);
      await service.decide(reviewId ?? '', 'approved', alice);
    }
    await service.matchCurated('Does it hurt?');
    const after = embeddings.calls;
    await service.matchCurated('How long does healing take?');
    expect(embeddings.calls - after).toBe(1);
  });

  it('falls back to no match when the embeddings fail', async () => {
    const store = new MemoryReviewStore();
    const broken = new FakeEmbeddings();
    broken.embedQuery = async () => {
      throw new Error('model unavailable');
    };
    const service = new ReviewService({ store, embeddings: broken });
    const { reviewId } = await service.record(dm('Does it hurt?'), flagged(), 1);
    await service.decide(reviewId ?? '', 'approved', alice);
    expect(await service.matchCurated('Does it hurt?')).toBeNull();
  });
});

describe('ReviewService events and feedback', () => {
  it('isolates listener failures: a throwing or rejecting listener breaks neither the service nor other listeners', async () => {
    const { service } = make();
    const queued: ReviewItem[] = [];
    const decided: ReviewItem[] = [];
    service.onQueued(() => {
      throw new Error('discord down');
    });
    service.onQueued(async () => {
      throw new Error('slack down');
    });
    service.onQueued((item) => queued.push(item));
    service.onDecided(() => {
      throw new Error('boom');
    });
    const off = service.onDecided((item) => decided.push(item));
    const { reviewId } = await service.record(dm(), flagged(), 1);
    expect(queued.map((i) => i.id)).toEqual([reviewId]);
    const result = await service.decide(reviewId ?? '', 'rejected', alice, { note: 'no' });
    expect(result.ok).toBe(true);
    expect(decided.map((i) => [i.id, i.status])).toEqual([[reviewId, 'rejected']]);
    off();
    const second = await service.record(dm(), flagged(), 1);
    await service.decide(second.reviewId ?? '', 'approved', alice);
    expect(decided).toHaveLength(1);
  });

  it('queues not-helpful and ask-human feedback once per pending item and announces only new items', async () => {
    const { service } = make();
    const queued: string[] = [];
    service.onQueued((item) => queued.push(item.id));
    const { answerId } = await service.record(dm(), answer(), 1);
    expect(await service.feedback(answerId, 'helpful', asker)).toEqual({ ok: true });
    const first = await service.feedback(answerId, 'not-helpful', asker, 'mail me: jo@example.com');
    const second = await service.feedback(answerId, 'ask-human', bob);
    expect(first.reviewId).toBeDefined();
    expect(second.reviewId).toBe(first.reviewId);
    expect(queued).toEqual([first.reviewId]);
    expect(await service.get(first.reviewId ?? '')).toMatchObject({ reasons: ['reported'], origin: 'feedback' });
    expect(await service.feedback('a404', 'helpful', asker)).toEqual({ ok: false });
  });

  it('announces an answer a moderator pulls in', async () => {
    const { service } = make();
    const queued: string[] = [];
    service.onQueued((item) => queued.push(item.id));
    const { answerId } = await service.record(dm(), answer(), 1);
    const pulled = await service.pull(answerId, alice);
    expect(pulled.ok && queued).toEqual([pulled.ok ? pulled.item.id : '']);
    expect((await service.audit({ target: answerId }))[0]).toMatchObject({ action: 'pull', actor: alice });
  });
});
