/** Review cards, moderator decisions, refusals and hold-mode release through the real discord.js Client. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ana,
  buttonInteraction,
  CALLBACK,
  GENERAL_POSTS,
  type Harness,
  MOD_ROLE,
  mia,
  modalInteraction,
  REVIEW_CHANNEL,
  startHarness,
} from './harness.js';

const CARD_EDIT = new RegExp(`^/channels/${REVIEW_CHANNEL}/messages/\\d+$`);
const MANAGE_MESSAGES = (0x2000 | 0x400 | 0x800).toString();

describe('discord moderation', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('lets a moderator role approve: the click is acknowledged, the decision recorded, the card shows who decided', async () => {
    h = await startHarness();
    await h.mention(ana, '[flag] can I swim with it?');
    const card = await h.card();
    h.discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(mia, 'pb:rv:approve:rev-2', card, { roles: [MOD_ROLE] }),
    );
    const ack = await h.call('POST', CALLBACK);
    expect(ack.body).toMatchObject({ type: 6 });
    const edit = await h.call('PATCH', CARD_EDIT);
    expect(edit.path).toBe(`/channels/${REVIEW_CHANNEL}/messages/${card.id}`);
    expect(edit.body?.content).toMatch(/^\*\*approved by mia \(discord\) at \d{4}-\d\d-\d\d \d\d:\d\d UTC\*\*$/);
    expect(edit.body?.components).toEqual([]);
    expect(h.review.items.get('rev-2')).toMatchObject({
      status: 'approved',
      decidedBy: { platform: 'discord', id: mia.id },
    });
  });

  it('accepts Manage Messages instead of a role', async () => {
    h = await startHarness();
    await h.mention(ana, '[flag] how thick is the chain?');
    const card = await h.card();
    h.discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(mia, 'pb:rv:reject:rev-2', card, { permissions: MANAGE_MESSAGES }),
    );
    await h.call('PATCH', CARD_EDIT);
    expect(h.review.items.get('rev-2')?.status).toBe('rejected');
  });

  it('refuses a member who is not a moderator, privately, and leaves the item pending', async () => {
    h = await startHarness();
    await h.mention(ana, '[flag] can I swim with it?');
    const card = await h.card();
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:rv:approve:rev-2', card));
    const refusal = await h.call('POST', CALLBACK);
    expect(refusal.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('Only moderators') },
    });
    expect(h.review.items.get('rev-2')?.status).toBe('pending');
    expect(h.discord.find('PATCH', CARD_EDIT)).toEqual([]);
  });

  it('corrects through a modal prefilled with the answer; the card shows the correction', async () => {
    h = await startHarness();
    await h.mention(ana, '[flag] what gauge is a microdermal?');
    const card = await h.card();
    h.discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(mia, 'pb:rv:correct:rev-2', card, { roles: [MOD_ROLE] }),
    );
    const modal = await h.call('POST', CALLBACK);
    expect(modal.body).toMatchObject({ type: 9, data: { custom_id: 'pb:rvm:correct:rev-2' } });
    expect(JSON.stringify(modal.body)).toContain('You asked: [flag] what gauge is a microdermal?');
    // A non-moderator who somehow submits the modal is refused too.
    h.discord.dispatch(
      'INTERACTION_CREATE',
      modalInteraction(ana, 'pb:rvm:correct:rev-2', { customId: 'correction', value: 'x' }, card),
    );
    expect((await h.call('POST', CALLBACK, 2)).body).toMatchObject({
      data: { content: expect.stringContaining('Only moderators') },
    });
    const text = 'Ask your piercer: microdermal anchors vary by studio.';
    h.discord.dispatch(
      'INTERACTION_CREATE',
      modalInteraction(mia, 'pb:rvm:correct:rev-2', { customId: 'correction', value: text }, card, {
        roles: [MOD_ROLE],
      }),
    );
    const saved = await h.call('POST', CALLBACK, 3);
    expect(saved.body).toMatchObject({
      data: { flags: 64, content: expect.stringContaining('Saved: corrected by mia') },
    });
    const edit = await h.call('PATCH', CARD_EDIT);
    expect(JSON.stringify(edit.body)).toContain(text);
    expect(h.review.items.get('rev-2')).toMatchObject({ status: 'corrected', correctedText: text });
  });

  it('tells a second moderator who decided first', async () => {
    h = await startHarness();
    await h.mention(ana, '[flag] can I swim with it?');
    const card = await h.card();
    await h.review.decide('rev-2', 'rejected', { platform: 'slack', id: 'U1', name: 'sam' });
    await h.call('PATCH', CARD_EDIT); // a decision from another platform updates the Discord card too
    h.discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(mia, 'pb:rv:approve:rev-2', card, { roles: [MOD_ROLE] }),
    );
    const note = await h.call('POST', /^\/webhooks\/\d+\/[^/]+$/);
    expect(note.body).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/^Already rejected by sam \(slack\)/),
    });
    expect(h.review.items.get('rev-2')?.status).toBe('rejected');
  });

  it('in hold mode, keeps the answer back and posts the approved answer as a reply to the question', async () => {
    h = await startHarness({ mode: 'hold' });
    const held = await h.mention(ana, '[flag] is titanium safe for me?');
    expect(held.content).toContain('A moderator will check this answer');
    expect(held.components).toEqual([]);
    const card = await h.card();
    h.discord.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(mia, 'pb:rv:approve:rev-2', card, { roles: [MOD_ROLE] }),
    );
    const release = await h.call('POST', GENERAL_POSTS, 2);
    expect(release.body?.content).toContain('You asked: [flag] is titanium safe for me?');
    expect(release.body?.content).toContain('Reviewed and approved by a moderator');
    const question = h.assistant.asked[0]?.channelRef.split(':')[3];
    expect(release.body?.message_reference).toMatchObject({ message_id: question });
    expect(release.body?.allowed_mentions).toMatchObject({ parse: [] });
  });
});
