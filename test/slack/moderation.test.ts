/** Moderation from Slack: review cards, Approve / Correct (modal) / Reject, refusals, stale cards, hold-mode release. */
import { afterEach, describe, expect, it } from 'vitest';
import { blockAction, mention, nextTs, viewPayload } from './fake-slack/payloads.js';
import type { ApiCall } from './fake-slack/web-api.js';
import { type Harness, MODERATOR, REVIEW_CHANNEL, startHarness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const cards = () => h.api.of('chat.postMessage').filter((c) => c.params.channel === REVIEW_CHANNEL);
const answers = () => h.api.of('chat.postMessage').filter((c) => c.params.channel !== REVIEW_CHANNEL);
const text = (c: ApiCall | undefined) => JSON.stringify(c?.params.blocks ?? c?.params.text);

/** Asks a flagged question and waits for its card; returns the review id, card ts and question ts. */
async function flaggedQuestion(question = '[flag] which metal is best for sensitive skin?') {
  const ts = nextTs();
  await h.signer.event(mention(question, { ts }));
  const [card] = await h.api.waitFor(() => cards().length === 1 && cards(), 3000, 'review card');
  const reviewId = [...h.review.items.keys()][0] ?? '';
  return { reviewId, cardTs: String(card?.response?.ts), questionTs: ts };
}

const click = (actionId: string, reviewId: string, user: string, cardTs: string) =>
  h.signer.interaction(blockAction(actionId, reviewId, { user, channel: REVIEW_CHANNEL, messageTs: cardTs }));

describe('slack moderation', () => {
  it('posts a card for a flagged answer and lets a moderator approve it; the card shows who decided', async () => {
    h = await startHarness();
    const { reviewId, cardTs } = await flaggedQuestion();
    const card = cards()[0];
    expect(text(card)).toContain('which metal is best for sensitive skin?');
    expect(text(card)).toContain('low-confidence');
    expect(text(card)).toContain('permabot_review_approve');

    expect((await click('permabot_review_approve', reviewId, MODERATOR, cardTs)).status).toBe(200);
    const [update] = await h.api.waitFor(() => h.api.of('chat.update').length === 1 && h.api.of('chat.update'));
    expect(update?.params).toMatchObject({ channel: REVIEW_CHANNEL, ts: cardTs });
    expect(text(update)).toContain(`approved by ${MODERATOR} (slack)`);
    expect(text(update)).not.toContain('permabot_review_approve');
    expect(h.review.items.get(reviewId)?.status).toBe('approved');
  });

  it('refuses a non-moderator privately and leaves the item pending', async () => {
    h = await startHarness();
    const { reviewId, cardTs } = await flaggedQuestion();
    await click('permabot_review_reject', reviewId, 'URANDOM', cardTs);
    const [refusal] = await h.api.waitFor(
      () => h.api.of('chat.postEphemeral').length === 1 && h.api.of('chat.postEphemeral'),
    );
    expect(refusal?.params).toMatchObject({ channel: REVIEW_CHANNEL, user: 'URANDOM' });
    expect(String(refusal?.params.text)).toContain('Only studio moderators');
    expect(h.review.items.get(reviewId)?.status).toBe('pending');
    expect(h.api.of('chat.update')).toHaveLength(0);
  });

  it('lets members of the moderator user group act', async () => {
    h = await startHarness({ config: { moderatorUsergroupId: 'SMODS' } });
    h.api.usergroupMembers = ['UGROUPIE'];
    const { reviewId, cardTs } = await flaggedQuestion();
    await click('permabot_review_reject', reviewId, 'UGROUPIE', cardTs);
    await h.api.waitFor(() => h.api.of('chat.update').length === 1, 3000, 'card update');
    expect(h.review.items.get(reviewId)?.status).toBe('rejected');
    expect(h.api.of('usergroups.users.list')[0]?.params.usergroup).toBe('SMODS');
  });

  it('corrects through a modal: views.open, then view_submission saves the text and updates the card', async () => {
    h = await startHarness();
    const { reviewId, cardTs } = await flaggedQuestion();
    await click('permabot_review_correct', reviewId, MODERATOR, cardTs);
    const [open] = await h.api.waitFor(() => h.api.of('views.open').length === 1 && h.api.of('views.open'));
    const view = open?.params.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('permabot_correct_modal');

    const empty = viewPayload(
      'view_submission',
      view.callback_id,
      view.private_metadata,
      {
        correct_text_block: { correct_text: '   ' },
      },
      MODERATOR,
    );
    const refused = await h.signer.interaction(empty);
    expect(JSON.parse(refused.body)).toMatchObject({ response_action: 'errors' });
    expect(h.review.items.get(reviewId)?.status).toBe('pending');

    const submit = viewPayload(
      'view_submission',
      view.callback_id,
      view.private_metadata,
      {
        correct_text_block: { correct_text: 'Titanium or 14k solid gold are the usual choices.' },
      },
      MODERATOR,
    );
    const res = await h.signer.interaction(submit);
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    expect(h.review.items.get(reviewId)).toMatchObject({
      status: 'corrected',
      correctedText: 'Titanium or 14k solid gold are the usual choices.',
    });
    const [update] = await h.api.waitFor(() => h.api.of('chat.update').length === 1 && h.api.of('chat.update'));
    expect(update?.params.ts).toBe(cardTs);
    expect(text(update)).toContain('Titanium or 14k solid gold');
  });

  it('refuses a correction submitted by a non-moderator', async () => {
    h = await startHarness();
    const { reviewId, cardTs } = await flaggedQuestion();
    const meta = JSON.stringify({ reviewId, card: { channel: REVIEW_CHANNEL, ts: cardTs } });
    const submit = viewPayload(
      'view_submission',
      'permabot_correct_modal',
      meta,
      {
        correct_text_block: { correct_text: 'sneaky edit' },
      },
      'URANDOM',
    );
    const res = await h.signer.interaction(submit);
    expect(JSON.parse(res.body)).toMatchObject({ response_action: 'errors' });
    expect(h.review.items.get(reviewId)?.status).toBe('pending');
  });

  it('tells a second moderator who decided first and when', async () => {
    h = await startHarness({ config: { moderatorUserIds: [MODERATOR, 'UMOD2'] } });
    const { reviewId, cardTs } = await flaggedQuestion();
    await click('permabot_review_approve', reviewId, MODERATOR, cardTs);
    await h.api.waitFor(() => h.api.of('chat.update').length === 1, 3000, 'first update');
    await click('permabot_review_reject', reviewId, 'UMOD2', cardTs);
    const [note] = await h.api.waitFor(
      () => h.api.of('chat.postEphemeral').length === 1 && h.api.of('chat.postEphemeral'),
    );
    expect(note?.params.user).toBe('UMOD2');
    expect(String(note?.params.text)).toMatch(
      /^Already approved by UMOD \(slack\) at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/,
    );
    expect(h.review.items.get(reviewId)?.status).toBe('approved');
  });

  it('shows items queued from another platform and updates the card when decided elsewhere', async () => {
    h = await startHarness();
    const item = h.review.enqueue({
      incoming: {
        text: 'Discord: can I get an MRI with a microdermal?',
        platform: 'discord',
        channelRef: 'discord:g:c:m',
      },
      answerText: 'Please ask a medical professional.',
      reasons: ['reported'],
      origin: 'feedback',
    });
    const [card] = await h.api.waitFor(() => cards().length === 1 && cards(), 3000, 'card');
    expect(text(card)).toContain('Discord: can I get an MRI');
    expect(text(card)).toContain('*From:* discord');
    await h.review.decide(item.id, 'approved', { platform: 'cli', id: 'local', name: 'admin' });
    const [update] = await h.api.waitFor(() => h.api.of('chat.update').length === 1 && h.api.of('chat.update'));
    expect(text(update)).toContain('approved by admin (cli)');
    expect(answers()).toHaveLength(0);
  });

  it('in hold mode, holds the flagged answer and releases the approved text to the original thread', async () => {
    h = await startHarness({ mode: 'hold' });
    const { reviewId, cardTs, questionTs } = await flaggedQuestion();
    const [held] = await h.api.waitFor(() => answers().length === 1 && answers(), 3000, 'held answer');
    expect(text(held)).toContain('A moderator will check this answer');
    expect(text(held)).not.toContain('permabot_feedback_helpful');
    await click('permabot_review_approve', reviewId, MODERATOR, cardTs);
    const released = await h.api.waitFor(() => answers().length === 2 && answers()[1], 3000, 'release');
    expect(released.params).toMatchObject({ channel: 'C1', thread_ts: questionTs });
    expect(text(released)).toContain('You asked: [flag] which metal is best for sensitive skin?');
    expect(text(released)).toContain('approved by a moderator');
  });

  it('in hold mode, releases a correction to the original thread', async () => {
    h = await startHarness({ mode: 'hold' });
    const { reviewId, cardTs, questionTs } = await flaggedQuestion();
    const meta = JSON.stringify({ reviewId, card: { channel: REVIEW_CHANNEL, ts: cardTs } });
    await h.signer.interaction(
      viewPayload(
        'view_submission',
        'permabot_correct_modal',
        meta,
        { correct_text_block: { correct_text: 'Use <!here> titanium.' } },
        MODERATOR,
      ),
    );
    const released = await h.api.waitFor(() => answers().length === 2 && answers()[1], 3000, 'release');
    expect(released.params.thread_ts).toBe(questionTs);
    expect(text(released)).toContain('Use &lt;!here&gt; titanium.');
  });
});
