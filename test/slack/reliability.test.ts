/** Retries, duplicates, signatures, failures and pings: the adapter answers once, safely, and keeps serving. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockAction, channelMessage, mention, nextTs } from './fake-slack/payloads.js';
import { type Harness, MODERATOR, REVIEW_CHANNEL, startHarness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const answers = () => h.api.of('chat.postMessage').filter((c) => c.params.channel !== REVIEW_CHANNEL);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('slack reliability', () => {
  it('answers a retried event (x-slack-retry-num) only once', async () => {
    const payload = mention('how long do welded chains last?', {}, 'EvRETRY1');
    expect((await h.signer.event(payload)).status).toBe(200);
    expect((await h.signer.event(payload, { retryNum: 1 })).status).toBe(200);
    expect((await h.signer.event(payload, { retryNum: 2 })).status).toBe(200);
    await h.api.waitFor(() => answers().length === 1, 3000, 'answer');
    await settle();
    expect(answers()).toHaveLength(1);
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('answers a first-seen retry (its first delivery never arrived)', async () => {
    await h.signer.event(mention('original was lost', {}, 'EvLOST'), { retryNum: 1 });
    await h.api.waitFor(() => answers().length === 1, 3000, 'answer');
    expect(h.logs.some((l) => l.msg === 'answering a first-seen retry' && l.obj.eventId === 'EvLOST')).toBe(true);
  });

  it('answers a duplicated event id once, even when the deliveries race', async () => {
    const payload = mention('same event twice', {}, 'EvDUP1');
    await Promise.all([h.signer.event(payload), h.signer.event(payload), h.signer.event(payload)]);
    await h.api.waitFor(() => answers().length === 1, 3000, 'answer');
    await settle();
    expect(answers()).toHaveLength(1);
  });

  it('answers a message once when Slack sends both app_mention and message for it', async () => {
    const root = nextTs();
    await h.signer.event(mention('first', { ts: root }));
    await h.api.waitFor(() => answers().length === 1, 3000, 'first answer');
    const ts = nextTs();
    await h.signer.event(mention('second, with a mention, in the thread', { ts, thread_ts: root }));
    await h.signer.event(channelMessage('<@UBOT> second, with a mention, in the thread', { ts, thread_ts: root }));
    await h.api.waitFor(() => answers().length === 2, 3000, 'second answer');
    await settle();
    expect(answers()).toHaveLength(2);
  });

  it('rejects a bad, wrongly keyed or stale signature with 401 and posts nothing', async () => {
    const payload = mention('forged question');
    const bad = await h.signer.event(payload, { signature: `v0=${'0'.repeat(64)}` });
    const wrongSecret = await h.signer.event(payload, { secret: 'not-the-secret' });
    const stale = await h.signer.event(payload, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect([bad.status, wrongSecret.status, stale.status]).toEqual([401, 401, 401]);
    await settle();
    expect(h.api.of('chat.postMessage')).toHaveLength(0);
    expect(h.assistant.asked).toHaveLength(0);
  });

  it('apologises in the thread when the assistant throws, logs why, and answers the next question', async () => {
    h.assistant.failOn('explode');
    const ts = nextTs();
    await h.signer.event(mention('please explode', { ts }, 'EvBOOM'));
    const [apology] = await h.api.waitFor(() => answers().length === 1 && answers(), 3000, 'apology');
    expect(apology?.params).toMatchObject({ channel: 'C1', thread_ts: ts });
    expect(String(apology?.params.text)).toMatch(/^Sorry, something went wrong/);
    const logged = h.logs.find((l) => l.level === 'error' && l.msg === 'answering failed');
    expect(logged?.obj).toMatchObject({ eventId: 'EvBOOM', channel: 'C1', user: 'UASKER' });
    expect(String(logged?.obj.err)).toContain('assistant failed');

    await h.signer.event(mention('a normal question'));
    await h.api.waitFor(() => answers().length === 2, 3000, 'next answer');
    expect(String(answers()[1]?.params.text)).toContain('You asked: a normal question');
  });

  it('keeps serving when posting the answer fails', async () => {
    h.api.on('chat.postMessage', () => ({ ok: false, error: 'channel_not_found' }));
    await h.signer.event(mention('posting will fail'));
    await h.api.waitFor(() => h.api.of('chat.postMessage').length === 2, 3000, 'answer and apology attempts');
    expect(h.logs.some((l) => l.level === 'error' && String(l.obj.err).includes('channel_not_found'))).toBe(true);
  });

  it('apologises privately when a button handler fails, logs the action, and keeps serving', async () => {
    await h.signer.event(mention('[flag] card please'));
    const card = await h.api.waitFor(() =>
      h.api.of('chat.postMessage').find((c) => c.params.channel === REVIEW_CHANNEL),
    );
    const reviewId = [...h.review.items.keys()][0] ?? '';
    h.review.failing.add('decide');
    await h.signer.interaction(
      blockAction('permabot_review_approve', reviewId, {
        user: MODERATOR,
        channel: REVIEW_CHANNEL,
        messageTs: String(card.response?.ts),
      }),
    );
    const [apology] = await h.api.waitFor(
      () => h.api.of('chat.postEphemeral').length === 1 && h.api.of('chat.postEphemeral'),
    );
    expect(apology?.params).toMatchObject({ channel: REVIEW_CHANNEL, user: MODERATOR });
    expect(String(apology?.params.text)).toMatch(/^Sorry/);
    const logged = h.logs.find((l) => l.msg === 'slack handler failed');
    expect(logged?.obj).toMatchObject({ action: 'permabot_review_approve', user: MODERATOR, channel: REVIEW_CHANNEL });
    h.review.failing.delete('decide');
    await h.signer.event(mention('still there?'));
    await h.api.waitFor(() => answers().length === 2, 3000, 'next answer');
  });

  it('never echoes <!channel>, <!here>, @here or a user mention as a ping', async () => {
    await h.signer.event(mention('hey <!channel> and <!here|here> and @here @everyone <@U999> <https://x.io|click>'));
    const [post] = await h.api.waitFor(() => answers().length === 1 && answers(), 3000, 'answer');
    const everything = JSON.stringify(post?.params);
    expect(everything).not.toMatch(/<!(channel|here|everyone)/);
    expect(everything).not.toContain('<@U999>');
    expect(everything).not.toContain('<https://');
    expect(everything).not.toMatch(/@(here|everyone)\b/);
    expect(everything).toContain('&lt;!channel&gt;');
  });
});
