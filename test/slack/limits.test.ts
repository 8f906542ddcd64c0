/** Per-user limits on Slack: questions (like Discord's) and feedback clicks, through the real Bolt app. */
import { afterEach, describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS, SLACK_QUESTION_LIMITS } from '../../adapters/shared/rate-limit.js';
import { blockAction, mention, nextTs, slashCommand } from './fake-slack/payloads.js';
import { type Harness, startHarness } from './harness.js';

let h: Harness;
afterEach(async () => {
  await h.close();
});
const posts = () => h.api.of('chat.postMessage');

describe('slack limits', () => {
  it('answers at most SLACK_QUESTION_LIMITS.perUser questions a minute per user, tells once, and not other users', async () => {
    h = await startHarness();
    const extra = 3;
    for (let i = 0; i < SLACK_QUESTION_LIMITS.perUser + extra; i++) {
      expect((await h.signer.event(mention(`does a welded anklet hurt ${i}?`, { ts: nextTs() }))).status).toBe(200);
    }
    await h.api.waitFor(() => posts().length === SLACK_QUESTION_LIMITS.perUser + 1, 5000, 'answers and one notice');
    expect(h.assistant.asked).toHaveLength(SLACK_QUESTION_LIMITS.perUser);
    const notices = posts().filter((p) => String(p.params.text).includes('a lot of questions'));
    expect(notices).toHaveLength(1);
    await h.signer.event(mention('and me?', { ts: nextTs(), user: 'UOTHER' }));
    await h.api.waitFor(() => h.assistant.asked.length === SLACK_QUESTION_LIMITS.perUser + 1, 3000, 'other user');
    const r = await h.signer.command(slashCommand('one more?', 'http://127.0.0.1:1/none'));
    expect(r.status).toBe(200);
    expect(r.body).toContain('a lot of questions');
    expect(h.assistant.asked).toHaveLength(SLACK_QUESTION_LIMITS.perUser + 1);
  });

  it('records at most FEEDBACK_LIMITS.perUser feedback clicks a minute per user', async () => {
    h = await startHarness();
    const threadTs = nextTs();
    await h.signer.event(mention('does a welded anklet set off airport scanners?', { ts: threadTs }));
    const [answer] = await h.api.waitFor(() => posts().length === 1 && posts());
    const messageTs = String(answer?.response?.ts);
    for (let i = 0; i < FEEDBACK_LIMITS.perUser + 5; i++) {
      await h.signer.interaction(
        blockAction('permabot_feedback_ask_human', 'ans-1', { user: 'UASKER', messageTs, threadTs }),
      );
    }
    await h.api.waitFor(
      () => h.api.of('chat.postEphemeral').some((p) => String(p.params.text).includes('a lot of feedback')),
      5000,
      'feedback limit notice',
    );
    expect(h.review.feedbackLog).toHaveLength(FEEDBACK_LIMITS.perUser);
  });
});
