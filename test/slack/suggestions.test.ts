/** Ask-back suggestions as Block Kit buttons, through the real Bolt app and the fake Slack Web API. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHOICE_UNAVAILABLE, ONLY_ASKER } from '../../adapters/slack/handlers/suggestions.js';
import { FAKE_SUGGESTIONS } from '../fakes/chat-ports.js';
import { blockAction, directMessage, mention, nextTs, slashCommand } from './fake-slack/payloads.js';
import { type Harness, REVIEW_CHANNEL, startHarness } from './harness.js';

type Button = { action_id: string; value: string; text: { text: string } };
type Block = { type: string; block_id?: string; elements?: Button[] };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const posts = () => h.api.of('chat.postMessage').filter((c) => c.params.channel !== REVIEW_CHANNEL);
const ephemerals = () => h.api.of('chat.postEphemeral');
const choicesIn = (blocks: unknown) =>
  (blocks as Block[]).find((b) => b.block_id === 'permabot_suggestions')?.elements ?? [];

/** Asks `[suggest]` in a fresh thread; returns the thread ts, the answer's ts and its suggestion buttons. */
async function askBack() {
  const threadTs = nextTs();
  await h.signer.event(mention('[suggest] wat about the healing thing', { ts: threadTs }));
  const [answer] = await h.api.waitFor(() => posts().length === 1 && posts(), 3000, 'ask-back answer');
  return { threadTs, answerTs: String(answer?.response?.ts), buttons: choicesIn(answer?.params.blocks) };
}

describe('slack ask-back suggestions', () => {
  it('renders up to three buttons, text cut at 75 characters, each value holding its question', async () => {
    const { buttons } = await askBack();
    expect(buttons.map((b) => b.action_id)).toEqual([
      'permabot_suggestion_0',
      'permabot_suggestion_1',
      'permabot_suggestion_2',
    ]);
    expect(buttons[0]?.text.text).toBe(FAKE_SUGGESTIONS[0]);
    expect(buttons[2]?.text.text).toHaveLength(75);
    expect(buttons[2]?.text.text.endsWith('…')).toBe(true);
    for (const [i, b] of buttons.entries()) {
      expect(b.value.length).toBeLessThanOrEqual(2000);
      expect(JSON.parse(b.value)).toMatchObject({ a: 'ans-1', i, q: FAKE_SUGGESTIONS[i] });
    }
  });

  it('asks the chosen question in the same thread and conversation and posts the answer there', async () => {
    const { threadTs, answerTs, buttons } = await askBack();
    const pick = buttons[1];
    const res = await h.signer.interaction(
      blockAction(pick?.action_id ?? '', pick?.value ?? '', { messageTs: answerTs, threadTs }),
    );
    expect(res.status).toBe(200);
    const [, answer] = await h.api.waitFor(() => posts().length === 2 && posts(), 3000, 'chosen answer');
    expect(answer?.params).toMatchObject({ channel: 'C1', thread_ts: threadTs });
    expect(JSON.stringify(answer?.params.blocks)).toContain('You asked: Does welding hurt?');
    expect(JSON.stringify(answer?.params.blocks)).toContain('permabot_feedback_helpful');
    const [first, picked] = h.assistant.asked;
    expect(picked).toEqual({
      text: 'Does welding hurt?',
      platform: 'slack',
      userId: 'UASKER',
      channelRef: first?.channelRef,
      conversationKey: first?.conversationKey,
      isPublic: true,
      fromSuggestion: true,
    });
  });

  it('answers a choice in a DM top-level, in the DM conversation', async () => {
    await h.signer.event(directMessage('[suggest] hmm'));
    const [answer] = await h.api.waitFor(() => posts().length === 1 && posts(), 3000, 'ask-back answer');
    const pick = choicesIn(answer?.params.blocks)[0];
    await h.signer.interaction(
      blockAction(pick?.action_id ?? '', pick?.value ?? '', { channel: 'D1', messageTs: String(answer?.response?.ts) }),
    );
    const [, chosen] = await h.api.waitFor(() => posts().length === 2 && posts(), 3000, 'chosen answer');
    expect(chosen?.params.channel).toBe('D1');
    expect(chosen?.params.thread_ts).toBeUndefined();
    expect(h.assistant.asked[1]).toMatchObject({ conversationKey: 'slack:D1', isPublic: false, fromSuggestion: true });
  });

  it('tells anyone but the asker privately that only the asker can choose, without asking', async () => {
    const { threadTs, answerTs, buttons } = await askBack();
    const pick = buttons[0];
    await h.signer.interaction(
      blockAction(pick?.action_id ?? '', pick?.value ?? '', { user: 'UOTHER', messageTs: answerTs, threadTs }),
    );
    const [note] = await h.api.waitFor(() => ephemerals().length === 1 && ephemerals(), 3000, 'refusal');
    expect(note?.params).toMatchObject({ channel: 'C1', user: 'UOTHER', thread_ts: threadTs, text: ONLY_ASKER });
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('tells the clicker privately when a button value cannot be read', async () => {
    const { threadTs, answerTs } = await askBack();
    await h.signer.interaction(
      blockAction('permabot_suggestion_0', '{"a":"ans-1","i":0}', { messageTs: answerTs, threadTs }),
    );
    const [note] = await h.api.waitFor(() => ephemerals().length === 1 && ephemerals(), 3000, 'notice');
    expect(note?.params).toMatchObject({ user: 'UASKER', text: CHOICE_UNAVAILABLE });
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('answers a choice under a private /permabot answer privately through the response_url', async () => {
    await h.signer.command(slashCommand('[suggest] hmm', h.api.responseUrl('cmd')));
    const [reply] = await h.api.waitFor(() => h.api.responses.length === 1 && h.api.responses, 3000, 'respond');
    const pick = choicesIn(reply?.body.blocks)[1];
    const click = blockAction(pick?.action_id ?? '', pick?.value ?? '', { responseUrl: h.api.responseUrl('pick') });
    await h.signer.interaction({ ...click, container: { ...click.container, is_ephemeral: true } });
    const [, chosen] = await h.api.waitFor(() => h.api.responses.length === 2 && h.api.responses, 3000, 'chosen');
    expect(chosen).toMatchObject({ id: 'pick', body: { response_type: 'ephemeral', replace_original: false } });
    expect(JSON.stringify(chosen?.body.blocks)).toContain('You asked: Does welding hurt?');
    expect(h.assistant.asked[1]).toMatchObject({ conversationKey: 'slack:C1:command:UASKER', fromSuggestion: true });
    expect(posts()).toHaveLength(0);
  });
});
