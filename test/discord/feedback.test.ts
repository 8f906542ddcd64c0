/** Feedback buttons under answers, through the real discord.js Client and the fake Discord. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS } from '../../adapters/shared/rate-limit.js';
import { ana, buttonInteraction, CALLBACK, type Harness, modalInteraction, startHarness } from './harness.js';

describe('discord feedback', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('records at most FEEDBACK_LIMITS.perUser clicks a minute per member and tells the rest privately', async () => {
    const answer = await h.mention(ana, 'does a welded bracelet hurt?');
    const clicks = FEEDBACK_LIMITS.perUser + 2;
    for (let i = 1; i <= clicks; i++) {
      h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:human:ans-1', answer));
      await h.call('POST', CALLBACK, i);
    }
    const last = await h.call('POST', CALLBACK, clicks);
    expect(last.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('a lot of feedback') },
    });
    expect(h.review.feedbackLog).toHaveLength(FEEDBACK_LIMITS.perUser);
  });

  it('records Helpful and confirms privately to the asker', async () => {
    const answer = await h.mention(ana, 'does a welded bracelet hurt?');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:helpful:ans-1', answer));
    const confirm = await h.call('POST', CALLBACK);
    expect(confirm.body).toMatchObject({ type: 4, data: { content: 'Thanks for the feedback!', flags: 64 } });
    expect(h.review.feedbackLog).toEqual([
      { answerId: 'ans-1', kind: 'helpful', actor: { platform: 'discord', id: ana.id, name: 'ana' } },
    ]);
    expect(h.review.items.size).toBe(0);
  });

  it('opens a reason modal on Not helpful and records the reason; the answer is queued as reported', async () => {
    const answer = await h.mention(ana, 'can I get an MRI?');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:unhelpful:ans-1', answer));
    const modal = await h.call('POST', CALLBACK);
    expect(modal.body).toMatchObject({ type: 9, data: { custom_id: 'pb:fbm:reason:ans-1' } });
    h.discord.dispatch(
      'INTERACTION_CREATE',
      modalInteraction(ana, 'pb:fbm:reason:ans-1', { customId: 'reason', value: 'it was about MRIs' }, answer),
    );
    const confirm = await h.call('POST', CALLBACK, 2);
    expect(confirm.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: 'Thanks, a moderator will look at this answer.' },
    });
    expect(h.review.feedbackLog[0]).toMatchObject({ kind: 'not-helpful', reason: 'it was about MRIs' });
    expect([...h.review.items.values()][0]).toMatchObject({ reasons: ['reported'], origin: 'feedback' });
  });

  it('sends Ask a human to the review channel as a card with the question, answer, reasons and sources', async () => {
    const answer = await h.mention(ana, 'is my chain gold filled?');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:human:ans-1', answer));
    const confirm = await h.call('POST', CALLBACK);
    expect(confirm.body).toMatchObject({
      data: { content: 'A studio moderator has been asked to follow up on this question.', flags: 64 },
    });
    const card = await h.card();
    const embed = card.embeds[0] as { fields: Array<{ name: string; value: string }> };
    const field = (name: string) => embed.fields.find((f) => f.name === name)?.value;
    expect(field('Question')).toBe('is my chain gold filled?');
    expect(field('Answer given')).toContain('microdermals take 1-3 months');
    expect(field('Reasons')).toBe('reported');
    expect(field('Sources')).toBe('Healing times · Aftercare <basics>');
    const buttons = (card.components[0] as { components: Array<{ custom_id: string }> }).components;
    expect(buttons.map((b) => b.custom_id)).toEqual([
      'pb:rv:approve:rev-2',
      'pb:rv:correct:rev-2',
      'pb:rv:reject:rev-2',
    ]);
  });

  it('tells the user when the feedback could not be recorded', async () => {
    const answer = await h.mention(ana, 'how do I clean it?');
    h.review.failing.add('feedback');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:helpful:ans-1', answer));
    const confirm = await h.call('POST', CALLBACK);
    expect(confirm.body).toMatchObject({
      data: { content: expect.stringContaining('could not be recorded'), flags: 64 },
    });
    expect(h.logs.some((l) => l.level === 'error' && l.msg === 'feedback failed' && l.obj.answerId === 'ans-1')).toBe(
      true,
    );
  });

  it('answers a forged or stale button id privately instead of acting on it', async () => {
    const answer = await h.mention(ana, 'how long to heal?');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:fb:helpful:ans-1:extra', answer));
    const reply = await h.call('POST', CALLBACK);
    expect(reply.body).toMatchObject({ data: { content: 'This button is no longer active.', flags: 64 } });
    expect(h.review.feedbackLog).toEqual([]);
  });
});
