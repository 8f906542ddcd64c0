/** One contract for every ReviewStore implementation: interactions, queue, decisions, feedback, curated, audit, stats, purge. */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewStore } from '../../src/core/review/store.js';
import { alice, asker, bob, clock, interaction } from '../review/fixtures/samples.js';

/** Builds a fresh, empty store driven by the given clock. */
export type MakeReviewStore = (opts: { now: () => Date }) => ReviewStore | Promise<ReviewStore>;

/** Runs the contract against one implementation. */
export function reviewStoreContract(name: string, makeStore: MakeReviewStore): void {
  describe(`${name} (ReviewStore contract)`, () => {
    let store: ReviewStore;
    let time: ReturnType<typeof clock>;
    const open = async () => {
      time = clock();
      store = await makeStore({ now: time.now });
      return store;
    };
    afterEach(async () => {
      await store?.close();
    });

    it('stores an interaction and returns it by id with the full answer', async () => {
      await open();
      const { interaction: rec, item } = await store.recordInteraction(interaction());
      expect(item).toBeNull();
      expect(rec.id).toMatch(/^a\d+$/);
      expect(rec.createdAt).toBe(time.now().toISOString());
      const back = await store.getInteraction(rec.id);
      expect(back).toEqual(rec);
      expect(back?.answer.citations[0]?.source).toBe('removal.md');
      expect(back?.conversationKey).toBe('discord:g1:c1:t1');
      expect(back?.latencyMs).toBe(12.5);
      expect(await store.getInteraction('a999')).toBeNull();
      expect(await store.getInteraction('not an id')).toBeNull();
    });

    it('queues a flagged interaction in the same call, pending, with its question and answer', async () => {
      await open();
      const { interaction: rec, item } = await store.recordInteraction(
        interaction('Is this swelling normal?', { reasons: ['medical'] }),
        {
          reasons: ['medical'],
          held: true,
        },
      );
      expect(item).toMatchObject({
        answerId: rec.id,
        status: 'pending',
        reasons: ['medical'],
        held: true,
        origin: 'flag',
      });
      expect(item).toMatchObject({
        question: 'Is this swelling normal?',
        answerText: rec.answer.text,
        topic: 'removal',
        citations: [{ source: 'removal.md', title: 'Removal', quote: 'cut at the weld' }],
      });
      expect(item).toMatchObject({ platform: 'discord', channelRef: 'discord:g1:c1:m1', decidedBy: null, note: null });
      expect(await store.getReview(item?.id ?? '')).toEqual(item);
      expect(await store.getReview('r999')).toBeNull();
    });

    it('merges a second queueing of the same answer into its pending item', async () => {
      await open();
      const { interaction: rec } = await store.recordInteraction(interaction(), {
        reasons: ['low-confidence'],
        held: false,
      });
      const again = await store.enqueue({ answerId: rec.id, reasons: ['reported', 'low-confidence'], held: true });
      expect(again.ok && again.created).toBe(false);
      expect(again.ok && again.item.reasons).toEqual(['low-confidence', 'reported']);
      expect(again.ok && again.item.held).toBe(true);
      expect(await store.listReviews()).toHaveLength(1);
      expect(await store.enqueue({ answerId: 'a999', reasons: ['reported'], held: false })).toEqual({
        ok: false,
        code: 'not_found',
      });
    });

    it('lists review items newest first, filtered by status and limited', async () => {
      await open();
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const { item } = await store.recordInteraction(interaction(`question ${i}`), {
          reasons: ['no-knowledge'],
          held: false,
        });
        ids.push(item?.id ?? '');
        time.advanceMs(1000);
      }
      await store.decide(ids[1] ?? '', 'rejected', alice);
      expect((await store.listReviews()).map((i) => i.id)).toEqual([...ids].reverse());
      expect((await store.listReviews({ status: 'pending' })).map((i) => i.id)).toEqual([ids[3], ids[2], ids[0]]);
      expect((await store.listReviews({ status: 'rejected' })).map((i) => i.id)).toEqual([ids[1]]);
      expect((await store.listReviews({ status: 'all', limit: 2 })).map((i) => i.id)).toEqual([ids[3], ids[2]]);
    });

    it('approves once: the item records who and when, and the answer becomes a curated answer', async () => {
      await open();
      const { item } = await store.recordInteraction(interaction(), { reasons: ['low-confidence'], held: false });
      const id = item?.id ?? '';
      time.advanceMs(5000);
      const result = await store.decide(id, 'approved', alice, { note: 'fine' });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.item).toMatchObject({ status: 'approved', decidedBy: alice, note: 'fine', correctedText: null });
      expect(result.item.decidedAt).toBe(time.now().toISOString());
      expect(result.curated).toMatchObject({
        reviewId: id,
        question: item?.question,
        text: item?.answerText,
        retired: false,
      });
      expect(await store.listCurated()).toEqual([result.curated]);
    });

    it('tells the second decider who decided and when, and keeps the first decision', async () => {
      await open();
      const { item } = await store.recordInteraction(interaction(), { reasons: ['medical'], held: false });
      const id = item?.id ?? '';
      const first = await store.decide(id, 'rejected', alice, { note: 'wrong' });
      const second = await store.decide(id, 'approved', bob);
      expect(first.ok).toBe(true);
      expect(second).toMatchObject({
        ok: false,
        code: 'already_decided',
        item: { status: 'rejected', decidedBy: alice },
      });
      const again = await store.decide(id, 'rejected', alice);
      expect(again).toMatchObject({ ok: false, code: 'already_decided' });
      expect(await store.getReview(id)).toMatchObject({ status: 'rejected', decidedBy: alice, note: 'wrong' });
      expect(await store.listCurated()).toEqual([]);
      expect(await store.decide('r999', 'approved', alice)).toEqual({ ok: false, code: 'not_found' });
    });

    it('corrects with the moderator text, and refuses a correction without text', async () => {
      await open();
      const { item } = await store.recordInteraction(interaction(), { reasons: ['low-confidence'], held: true });
      const id = item?.id ?? '';
      expect(await store.decide(id, 'corrected', alice, { text: '   ' })).toEqual({ ok: false, code: 'text_required' });
      expect((await store.getReview(id))?.status).toBe('pending');
      const result = await store.decide(id, 'corrected', bob, { text: 'Ask your studio to cut it at the weld.' });
      expect(result.ok && result.item).toMatchObject({
        status: 'corrected',
        correctedText: 'Ask your studio to cut it at the weld.',
        held: true,
      });
      expect(result.ok && result.curated?.text).toBe('Ask your studio to cut it at the weld.');
      expect(result.ok && result.curated?.createdBy).toEqual(bob);
    });

    it('queues the answer again after a decision when a user reports it', async () => {
      await open();
      const { interaction: rec, item } = await store.recordInteraction(interaction(), {
        reasons: ['medical'],
        held: false,
      });
      await store.decide(item?.id ?? '', 'approved', alice);
      const fb = await store.addFeedback({ answerId: rec.id, kind: 'not-helpful', actor: asker, reason: 'too vague' });
      expect(fb.ok && fb.queued?.created).toBe(true);
      expect(fb.ok && fb.queued?.item).toMatchObject({ status: 'pending', reasons: ['reported'], origin: 'feedback' });
      expect(fb.ok && fb.feedback).toMatchObject({
        answerId: rec.id,
        kind: 'not-helpful',
        reason: 'too vague',
        actor: asker,
      });
      expect(fb.ok && fb.feedback.reviewId).toBe(fb.ok ? fb.queued?.item.id : 'x');
    });

    it('opens at most one report item per answer: reports after its decision attach to it, never reopen', async () => {
      await open();
      const { interaction: rec } = await store.recordInteraction(interaction());
      const first = await store.addFeedback({ answerId: rec.id, kind: 'not-helpful', actor: asker });
      const reportId = first.ok ? (first.queued?.item.id ?? '') : '';
      await store.decide(reportId, 'rejected', alice);
      for (let i = 0; i < 5; i++) {
        const again = await store.addFeedback({
          answerId: rec.id,
          kind: i % 2 ? 'ask-human' : 'not-helpful',
          actor: asker,
        });
        expect(again.ok && again.queued).toMatchObject({ created: false, item: { id: reportId, status: 'rejected' } });
      }
      expect(await store.listReviews({ status: 'pending' })).toEqual([]);
      expect((await store.listReviews()).filter((r) => r.answerId === rec.id)).toHaveLength(1);
    });

    it('records helpful feedback without queueing, and merges repeated reports into one item', async () => {
      await open();
      const { interaction: rec } = await store.recordInteraction(interaction());
      const helpful = await store.addFeedback({ answerId: rec.id, kind: 'helpful', actor: asker });
      expect(helpful.ok && helpful.queued).toBeNull();
      expect(helpful.ok && helpful.feedback.reviewId).toBeNull();
      const a = await store.addFeedback({ answerId: rec.id, kind: 'ask-human', actor: asker });
      const b = await store.addFeedback({ answerId: rec.id, kind: 'not-helpful', actor: bob });
      expect(a.ok && a.queued?.created).toBe(true);
      expect(b.ok && b.queued?.created).toBe(false);
      expect(b.ok && b.queued?.item.id).toBe(a.ok ? a.queued?.item.id : 'x');
      expect(await store.listReviews({ status: 'pending' })).toHaveLength(1);
      expect(await store.addFeedback({ answerId: 'a404', kind: 'helpful', actor: asker })).toEqual({
        ok: false,
        code: 'not_found',
      });
    });

    it('lets a moderator pull any answer into the queue, once, and audits it', async () => {
      await open();
      const { interaction: rec } = await store.recordInteraction(interaction('q', { reasons: [] }));
      const pulled = await store.pull(rec.id, alice);
      expect(pulled).toMatchObject({
        ok: true,
        created: true,
        item: { answerId: rec.id, status: 'pending', origin: 'pull' },
      });
      expect(await store.pull(rec.id, bob)).toMatchObject({ ok: true, created: false });
      expect(await store.pull('a404', alice)).toEqual({ ok: false, code: 'not_found' });
      const audit = await store.listAudit({ target: rec.id });
      expect(audit.map((e) => [e.action, e.actor.name])).toEqual([
        ['pull', 'Bob'],
        ['pull', 'Alice'],
      ]);
    });

    it('retires a curated answer once: no longer active, still listed with includeRetired', async () => {
      await open();
      const ids: string[] = [];
      for (const q of ['first', 'second']) {
        const { item } = await store.recordInteraction(interaction(q), { reasons: ['low-confidence'], held: false });
        const r = await store.decide(item?.id ?? '', 'approved', alice);
        ids.push(r.ok ? (r.curated?.id ?? '') : '');
      }
      expect((await store.listCurated()).map((c) => c.id)).toEqual([ids[1], ids[0]]);
      const retired = await store.retireCurated(ids[1] ?? '', bob);
      expect(retired).toMatchObject({ ok: true, changed: true, curated: { retired: true, retiredBy: bob } });
      expect(await store.retireCurated(ids[1] ?? '', alice)).toMatchObject({
        ok: true,
        changed: false,
        curated: { retiredBy: bob },
      });
      expect((await store.listCurated()).map((c) => c.id)).toEqual([ids[0]]);
      expect(await store.listCurated({ includeRetired: true })).toHaveLength(2);
      expect((await store.getCurated(ids[1] ?? ''))?.retired).toBe(true);
      expect(await store.retireCurated('c404', bob)).toEqual({ ok: false, code: 'not_found' });
      expect((await store.listAudit({ target: ids[1] })).map((e) => e.action)).toEqual(['retire']);
    });

    it('keeps an audit log of every decision, retire, pull and purge, newest first', async () => {
      await open();
      const { interaction: rec, item } = await store.recordInteraction(interaction(), {
        reasons: ['medical'],
        held: false,
      });
      const decided = await store.decide(item?.id ?? '', 'approved', alice, { note: 'ok' });
      await store.retireCurated(decided.ok ? (decided.curated?.id ?? '') : '', bob);
      await store.pull(rec.id, alice);
      await store.purge(30, bob);
      const audit = await store.listAudit();
      expect(audit.map((e) => e.action)).toEqual(['purge', 'pull', 'retire', 'decide']);
      expect(audit[3]).toMatchObject({ actor: alice, target: item?.id, detail: { decision: 'approved', note: 'ok' } });
      expect(audit[0]).toMatchObject({ target: '*', detail: { olderThanDays: 30 } });
      expect(await store.listAudit({ limit: 1 })).toHaveLength(1);
    });

    statsAndPurge(() => ({ store, time }), open);
  });
}

/** Stats and purge cases (split out to keep each block readable). */
function statsAndPurge(
  ctx: () => { store: ReviewStore; time: ReturnType<typeof clock> },
  open: () => Promise<ReviewStore>,
): void {
  it('counts by status, reason and topic, computes the approval rate and groups knowledge gaps', async () => {
    const store = await open();
    expect((await store.stats()).approvalRate).toBeNull();
    const asked = [
      'Can I wear my welded anklet in a sauna?',
      'can I wear a welded anklet in the sauna',
      'Is a welded anklet ok in a sauna?',
      'Do you sell gift cards?',
      'Do you sell gift cards',
    ];
    for (const q of asked) await store.recordInteraction(interaction(q, { reasons: ['no-knowledge'], topic: null }));
    const a = await store.recordInteraction(interaction('x', { reasons: ['medical'], topic: 'healing' }), {
      reasons: ['medical'],
      held: false,
    });
    const b = await store.recordInteraction(interaction('y', { reasons: ['low-confidence'], topic: 'pain' }), {
      reasons: ['low-confidence'],
      held: false,
    });
    const c = await store.recordInteraction(interaction('z', { reasons: ['medical'], topic: 'healing' }), {
      reasons: ['medical', 'urgent'],
      held: false,
    });
    await store.recordInteraction(interaction('Do you pierce tongues?', { reasons: ['no-knowledge'] }), {
      reasons: ['no-knowledge'],
      held: false,
    });
    await store.decide(a.item?.id ?? '', 'approved', alice);
    await store.decide(b.item?.id ?? '', 'rejected', alice);
    await store.decide(c.item?.id ?? '', 'corrected', alice, { text: 'see a professional' });
    await store.addFeedback({ answerId: a.interaction.id, kind: 'helpful', actor: asker });

    const stats = await store.stats();
    expect(stats.interactions).toBe(9);
    expect(stats.reviews).toEqual({ pending: 1, approved: 1, corrected: 1, rejected: 1 });
    expect(stats.byReason).toEqual({ medical: 2, urgent: 1, 'low-confidence': 1, 'no-knowledge': 1 });
    expect(stats.byTopic).toEqual({ healing: 2, pain: 1, removal: 1 });
    expect(stats.approvalRate).toBeCloseTo(1 / 3);
    expect(stats.feedback).toEqual({ helpful: 1, 'not-helpful': 0, 'ask-human': 0 });
    expect(stats.gaps.map((g) => g.count)).toEqual([3, 2, 1]);
    expect(stats.gaps[0]?.examples).toHaveLength(3);
    expect(stats.gaps[1]?.question.toLowerCase()).toContain('gift cards');

    const exact = await store.stats({ similarity: (x, y) => (x === y ? 1 : 0), gapLimit: 2 });
    expect(exact.gaps.map((g) => g.count)).toEqual([1, 1]);
  });

  it('purges interactions older than N days with their decided items and feedback, keeping pending work', async () => {
    const store = await open();
    const { time } = ctx();
    const oldDecided = await store.recordInteraction(interaction('old decided'), { reasons: ['medical'], held: false });
    const decided = await store.decide(oldDecided.item?.id ?? '', 'corrected', alice, { text: 'curated text' });
    await store.addFeedback({ answerId: oldDecided.interaction.id, kind: 'helpful', actor: asker });
    const oldPending = await store.recordInteraction(interaction('old pending'), { reasons: ['medical'], held: false });
    const oldPlain = await store.recordInteraction(interaction('old plain'));
    time.advanceDays(40);
    const recent = await store.recordInteraction(interaction('recent'), { reasons: ['no-knowledge'], held: false });
    await store.decide(recent.item?.id ?? '', 'rejected', alice);

    expect(await store.purge(30, bob)).toEqual({
      interactions: 2,
      reviews: 1,
      feedback: 1,
      conversationTurns: 0,
      slackEvents: 0,
    });
    expect(await store.getInteraction(oldDecided.interaction.id)).toBeNull();
    expect(await store.getInteraction(oldPlain.interaction.id)).toBeNull();
    expect(await store.getReview(oldDecided.item?.id ?? '')).toBeNull();
    expect(await store.getReview(oldPending.item?.id ?? '')).toMatchObject({
      status: 'pending',
      question: 'old pending',
    });
    expect(await store.getReview(recent.item?.id ?? '')).toMatchObject({ status: 'rejected' });
    expect(await store.getCurated(decided.ok ? (decided.curated?.id ?? '') : '')).toMatchObject({
      text: 'curated text',
    });
    expect((await store.stats()).feedback.helpful).toBe(0);
    expect(await store.purge(30, bob)).toEqual({
      interactions: 0,
      reviews: 0,
      feedback: 0,
      conversationTurns: 0,
      slackEvents: 0,
    });
  });

  it('returns copies: mutating a returned record does not change the store', async () => {
    const store = await open();
    const { item } = await store.recordInteraction(interaction(), { reasons: ['medical'], held: false });
    if (!item) throw new Error('expected an item');
    item.reasons.push('urgent');
    item.status = 'approved';
    expect(await store.getReview(item.id)).toMatchObject({ status: 'pending', reasons: ['medical'] });
  });
}
