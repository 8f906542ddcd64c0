/** Feedback buttons under answers: recorded through the review core, confirmed privately. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockAction, mention, nextTs, viewPayload } from './fake-slack/payloads.js';
import { type Harness, REVIEW_CHANNEL, startHarness } from './harness.js';

let h: Harness;
let threadTs: string;
let answerTs: string;
beforeEach(async () => {
  h = await startHarness();
  threadTs = nextTs();
  await h.signer.event(mention('does a welded anklet set off airport scanners?', { ts: threadTs }));
  const [answer] = await h.api.waitFor(() => h.api.of('chat.postMessage').length === 1 && h.api.of('chat.postMessage'));
  answerTs = String(answer?.response?.ts);
});
afterEach(async () => {
  await h.close();
});

const ephemerals = () => h.api.of('chat.postEphemeral');
const press = (actionId: string, user = 'UASKER') =>
  h.signer.interaction(blockAction(actionId, 'ans-1', { user, messageTs: answerTs, threadTs }));

describe('slack feedback buttons', () => {
  it('records Helpful and confirms privately in the thread', async () => {
    expect((await press('permabot_feedback_helpful')).status).toBe(200);
    const [note] = await h.api.waitFor(() => ephemerals().length === 1 && ephemerals());
    expect(note?.params).toMatchObject({ channel: 'C1', user: 'UASKER', thread_ts: threadTs });
    expect(h.review.feedbackLog).toEqual([
      { answerId: 'ans-1', kind: 'helpful', actor: { platform: 'slack', id: 'UASKER', name: 'UASKER' } },
    ]);
  });

  it('sends Ask a human to the review channel as a card', async () => {
    await press('permabot_feedback_ask_human');
    const cards = await h.api.waitFor(() => {
      const c = h.api.of('chat.postMessage').filter((p) => p.params.channel === REVIEW_CHANNEL);
      return c.length === 1 && c;
    });
    expect(JSON.stringify(cards[0]?.params.blocks)).toContain('does a welded anklet set off airport scanners?');
    expect(JSON.stringify(cards[0]?.params.blocks)).toContain('reported');
    await h.api.waitFor(() => ephemerals().length === 1, 3000, 'confirmation');
    expect(String(ephemerals()[0]?.params.text)).toContain('moderator');
  });

  it('opens a reason modal for Not helpful and records the reason on submit', async () => {
    await press('permabot_feedback_not_helpful');
    const [open] = await h.api.waitFor(() => h.api.of('views.open').length === 1 && h.api.of('views.open'));
    const view = open?.params.view as { callback_id: string; private_metadata: string };
    expect(h.review.feedbackLog).toHaveLength(0);
    await h.signer.interaction(
      viewPayload('view_submission', view.callback_id, view.private_metadata, {
        reason_block: { reason: 'It did not mention metal scanners at all' },
      }),
    );
    await h.api.waitFor(() => ephemerals().length === 1, 3000, 'confirmation');
    expect(h.review.feedbackLog[0]).toMatchObject({
      kind: 'not-helpful',
      reason: 'It did not mention metal scanners at all',
    });
    expect(ephemerals()[0]?.params).toMatchObject({ channel: 'C1', thread_ts: threadTs });
  });

  it('still records Not helpful when the modal is closed without a reason', async () => {
    await press('permabot_feedback_not_helpful');
    const [open] = await h.api.waitFor(() => h.api.of('views.open').length === 1 && h.api.of('views.open'));
    const view = open?.params.view as { callback_id: string; private_metadata: string };
    await h.signer.interaction(viewPayload('view_closed', view.callback_id, view.private_metadata, {}));
    await h.api.waitFor(() => ephemerals().length === 1, 3000, 'confirmation');
    expect(h.review.feedbackLog).toEqual([
      { answerId: 'ans-1', kind: 'not-helpful', actor: { platform: 'slack', id: 'UASKER', name: 'UASKER' } },
    ]);
  });

  it('records Not helpful without a reason when the modal cannot open', async () => {
    h.api.on('views.open', () => ({ ok: false, error: 'expired_trigger_id' }));
    await press('permabot_feedback_not_helpful');
    await h.api.waitFor(() => ephemerals().length === 1, 3000, 'confirmation');
    expect(h.review.feedbackLog.map((f) => f.kind)).toEqual(['not-helpful']);
  });
});
