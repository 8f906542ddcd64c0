/** Asking through the real Bolt app: mentions, DMs, thread follow-ups and the slash command. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelMessage, directMessage, mention, nextTs, slashCommand } from './fake-slack/payloads.js';
import { BOT_ID, BOT_USER_ID } from './fake-slack/web-api.js';
import { type Harness, REVIEW_CHANNEL, startHarness } from './harness.js';

type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: string }>;
};

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Answers only (review cards go to the review channel). */
const posts = () => h.api.of('chat.postMessage').filter((c) => c.params.channel !== REVIEW_CHANNEL);

describe('slack asking', () => {
  it('answers a mention in its thread with blocks, sources and feedback buttons', async () => {
    const ts = nextTs();
    const res = await h.signer.event(mention('how long does a microdermal take to heal?', { ts }));
    expect(res.status).toBe(200);
    const [post] = await h.api.waitFor(() => posts().length === 1 && posts(), 3000, 'answer');
    const p = post?.params ?? {};
    expect(p).toMatchObject({ channel: 'C1', thread_ts: ts });
    const blocks = p.blocks as Block[];
    expect(blocks[0]?.text?.text).toContain('You asked: how long does a microdermal take to heal?');
    expect(blocks[0]?.text?.text).toContain('*Welded chains*');
    const sources = blocks.find((b) => b.type === 'context');
    expect(sources?.elements?.[0]?.text).toBe('*Sources:* Healing times · Aftercare &lt;basics&gt;');
    const actions = blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(actions.map((a) => a.action_id)).toEqual([
      'permabot_feedback_helpful',
      'permabot_feedback_not_helpful',
      'permabot_feedback_ask_human',
    ]);
    expect(new Set(actions.map((a) => a.value))).toEqual(new Set(['ans-1']));
    expect(h.assistant.asked[0]).toMatchObject({
      text: 'how long does a microdermal take to heal?',
      platform: 'slack',
      userId: 'UASKER',
      channelRef: `slack:T1:C1:${ts}`,
      conversationKey: `slack:C1:${ts}`,
      isPublic: true,
    });
  });

  it('answers a direct message privately, top-level in the DM', async () => {
    await h.signer.event(directMessage('can I swim with a welded bracelet?'));
    const [post] = await h.api.waitFor(() => posts().length === 1 && posts(), 3000, 'answer');
    expect(post?.params.channel).toBe('D1');
    expect(post?.params.thread_ts).toBeUndefined();
    expect(h.assistant.asked[0]).toMatchObject({ isPublic: false, conversationKey: 'slack:D1' });
  });

  it('answers a follow-up in a thread it answered without a new mention, and ignores other threads', async () => {
    const root = nextTs();
    await h.signer.event(mention('what is a welded bracelet?', { ts: root }));
    await h.api.waitFor(() => posts().length === 1, 3000, 'first answer');
    await h.signer.event(channelMessage('chatter in an unrelated thread', { thread_ts: nextTs() }));
    await h.signer.event(channelMessage('and how do I remove it?', { thread_ts: root }));
    const all = await h.api.waitFor(() => posts().length === 2 && posts(), 3000, 'follow-up answer');
    expect(all[1]?.params).toMatchObject({ channel: 'C1', thread_ts: root });
    expect(h.assistant.asked.map((i) => i.text)).toEqual(['what is a welded bracelet?', 'and how do I remove it?']);
    expect(h.assistant.asked[1]?.conversationKey).toBe(`slack:C1:${root}`);
  });

  it('ignores bot messages, its own messages and edits', async () => {
    const root = nextTs();
    await h.signer.event(mention('first question', { ts: root }));
    await h.api.waitFor(() => posts().length === 1, 3000, 'first answer');
    await h.signer.event(channelMessage('a bot writes', { thread_ts: root, bot_id: 'BOTHER', user: 'UOTHERBOT' }));
    await h.signer.event(channelMessage('my own reply', { thread_ts: root, bot_id: BOT_ID, user: BOT_USER_ID }));
    await h.signer.event(channelMessage('edited', { thread_ts: root, subtype: 'message_changed' }));
    await h.signer.event(directMessage('I am a bot in a DM', { bot_id: 'BOTHER', subtype: 'bot_message' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(posts()).toHaveLength(1);
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('acknowledges /permabot at once and sends the answer to the response_url', async () => {
    const res = await h.signer.command(slashCommand('do welded chains tarnish?', h.api.responseUrl('cmd1')));
    expect(res.status).toBe(200);
    const [reply] = await h.api.waitFor(() => h.api.responses.length === 1 && h.api.responses, 3000, 'respond');
    expect(reply?.id).toBe('cmd1');
    expect(reply?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply?.body.blocks)).toContain('You asked: do welded chains tarnish?');
    expect(h.assistant.asked[0]).toMatchObject({ isPublic: false, conversationKey: 'slack:C1:command:UASKER' });
    expect(posts()).toHaveLength(0);
  });

  it('acknowledges a slow answer well within 3 s and posts it when ready', async () => {
    await h.close();
    h = await startHarness({ assistant: { delayMs: 1500 } });
    const res = await h.signer.command(slashCommand('slow question', h.api.responseUrl('slow')));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    expect(h.api.responses).toHaveLength(0);
    await h.api.waitFor(() => h.api.responses.length === 1, 4000, 'late answer');
  });

  it('shows the usage for an empty /permabot without asking the assistant', async () => {
    const res = await h.signer.command(slashCommand('  ', h.api.responseUrl('empty')));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ response_type: 'ephemeral' });
    expect(res.body).toContain('Usage');
    expect(h.assistant.asked).toHaveLength(0);
  });

  it('answers a bare mention with a hint instead of asking the assistant', async () => {
    await h.signer.event(mention('   '));
    const [post] = await h.api.waitFor(() => posts().length === 1 && posts(), 3000, 'hint');
    expect(String(post?.params.text)).toContain('Ask me anything about permanent jewelry');
    expect(post?.params.blocks).toBeUndefined();
    expect(h.assistant.asked).toHaveLength(0);
  });

  it('adds a notice to deferred and urgent answers', async () => {
    await h.signer.event(mention('[defer] my piercing is red, what should I take?'));
    await h.signer.event(mention('[urgent] red streaks and fever'));
    const all = await h.api.waitFor(() => posts().length === 2 && posts(), 3000, 'answers');
    const texts = all.map((c) => JSON.stringify(c.params.blocks));
    expect(texts.some((t) => t.includes('not medical advice'))).toBe(true);
    expect(texts.some((t) => t.includes('seek care right away'))).toBe(true);
  });
});
