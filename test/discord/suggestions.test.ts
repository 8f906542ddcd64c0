/** Ask-back suggestions as buttons, through the real discord.js Client and the fake Discord. */
import { afterEach, describe, expect, it } from 'vitest';
import { CHOICE_EXPIRED, ONLY_ASKER } from '../../adapters/discord/handlers/suggestions.js';
import { FAKE_SUGGESTIONS } from '../fakes/chat-ports.js';
import {
  ana,
  BOT_ID,
  BOT_USER,
  ben,
  buttonInteraction,
  CALLBACK,
  GENERAL,
  type Harness,
  message,
  startHarness,
} from './harness.js';

type Row = { components: Array<{ custom_id: string; label: string; style: number }> };
const rows = (m: { components: unknown[] }) => m.components as Row[];

describe('discord ask-back suggestions', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('shows up to three suggestion buttons above the feedback buttons, labels cut at 80 characters', async () => {
    h = await startHarness();
    const reply = await h.mention(ana, '[suggest] wat about the healing thing');
    expect(reply.content).toContain("I'm not sure which of these you mean:");
    const [choices, feedback] = rows(reply);
    expect(choices?.components.map((b) => b.custom_id)).toEqual(['pb:sg:0:ans-1', 'pb:sg:1:ans-1', 'pb:sg:2:ans-1']);
    expect(choices?.components.map((b) => b.label).slice(0, 2)).toEqual(FAKE_SUGGESTIONS.slice(0, 2));
    const long = choices?.components[2]?.label ?? '';
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
    expect(feedback?.components.map((b) => b.custom_id)).toEqual([
      'pb:fb:helpful:ans-1',
      'pb:fb:unhelpful:ans-1',
      'pb:fb:human:ans-1',
    ]);
  });

  it('asks the chosen question in the same conversation and answers it publicly with feedback buttons', async () => {
    h = await startHarness();
    const reply = await h.mention(ana, '[suggest] wat about the healing thing');
    const click = buttonInteraction(ana, 'pb:sg:1:ans-1', reply);
    h.discord.dispatch('INTERACTION_CREATE', click);
    const ack = await h.call('POST', CALLBACK);
    expect(ack.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await h.call('PATCH', new RegExp(`^/webhooks/\\d+/${click.token}/messages/@original$`));
    expect(edit.body?.content).toContain('You asked: Does welding hurt?');
    expect(JSON.stringify(edit.body?.components)).toContain('pb:fb:helpful:ans-2');
    const [first, picked] = h.assistant.asked;
    expect(picked).toEqual({
      text: 'Does welding hurt?',
      platform: 'discord',
      userId: ana.id,
      userName: 'ana',
      channelRef: first?.channelRef,
      conversationKey: first?.conversationKey,
      isPublic: true,
      fromSuggestion: true,
    });
    expect(first?.fromSuggestion).toBeUndefined();
  });

  it('in thread mode, answers the choice in the thread, still in the original conversation', async () => {
    h = await startHarness({ config: { replyMode: 'thread' } });
    const q = message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> [suggest] hmm`, mentions: [BOT_USER] });
    h.discord.dispatch('MESSAGE_CREATE', q);
    const posted = await h.call('POST', new RegExp(`^/channels/${q.id}/messages$`));
    const inThread = posted.response as ReturnType<typeof message>;
    expect(inThread.channel_id).toBe(q.id);
    const click = buttonInteraction(ana, 'pb:sg:0:ans-1', inThread);
    h.discord.dispatch('INTERACTION_CREATE', click);
    const edit = await h.call('PATCH', new RegExp(`^/webhooks/\\d+/${click.token}/messages/@original$`));
    expect(edit.body?.content).toContain('You asked: How long does a microdermal take to heal?');
    expect(click.channel_id).toBe(q.id); // the interaction's reply goes where the button was: the thread
    expect(h.assistant.asked[1]).toMatchObject({
      conversationKey: `discord:${GENERAL}:${ana.id}`,
      fromSuggestion: true,
    });
  });

  it('tells anyone but the asker privately that only the asker can choose, without asking', async () => {
    h = await startHarness();
    const reply = await h.mention(ana, '[suggest] wat about the healing thing');
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ben, 'pb:sg:0:ans-1', reply));
    const refusal = await h.call('POST', CALLBACK);
    expect(refusal.body).toMatchObject({ type: 4, data: { content: ONLY_ASKER, flags: 64 } });
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('tells the clicker privately that a forgotten choice expired and to type it', async () => {
    h = await startHarness();
    const reply = await h.mention(ana, '[suggest] wat about the healing thing');
    // What a restart looks like: a button whose answer id this process never offered.
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:sg:0:a77', reply));
    // And an index beyond the choices offered.
    h.discord.dispatch('INTERACTION_CREATE', buttonInteraction(ana, 'pb:sg:7:ans-1', reply));
    for (const n of [1, 2]) {
      const note = await h.call('POST', CALLBACK, n);
      expect(note.body).toMatchObject({ type: 4, data: { content: CHOICE_EXPIRED, flags: 64 } });
    }
    expect(CHOICE_EXPIRED).toMatch(/expired.*type the question/);
    expect(h.assistant.asked).toHaveLength(1);
  });

  it('apologises in the deferred reply when answering the choice fails', async () => {
    h = await startHarness();
    const reply = await h.mention(ana, '[suggest] wat about the healing thing');
    h.assistant.failOn('Does welding hurt?');
    const click = buttonInteraction(ana, 'pb:sg:1:ans-1', reply);
    h.discord.dispatch('INTERACTION_CREATE', click);
    const edit = await h.call('PATCH', new RegExp(`^/webhooks/\\d+/${click.token}/messages/@original$`));
    expect(edit.body?.content).toMatch(/^⚠️/);
    expect(h.logs.some((l) => l.level === 'error' && l.msg === 'answering a chosen suggestion failed')).toBe(true);
  });
});
