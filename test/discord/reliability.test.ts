/** Limits and faults: rate limits, a failing core, a failing REST call, a gateway reconnect, threads, empty input. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ana,
  askInteraction,
  BOT_ID,
  BOT_USER,
  ben,
  CALLBACK,
  GENERAL,
  GENERAL_POSTS,
  type Harness,
  message,
  startHarness,
} from './harness.js';

describe('discord reliability', () => {
  let h: Harness;
  afterEach(async () => {
    await h.close();
  });

  it('limits questions per user with one notice per window; other users still get answers', async () => {
    h = await startHarness({ config: { userQuestionsPerMin: 2 } });
    await h.mention(ana, 'q1');
    await h.mention(ana, 'q2');
    const notice = await h.mention(ana, 'q3');
    expect(notice.content).toMatch(/You are asking a lot of questions right now\. Please try again in \d+ s\./);
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> q4`, mentions: [BOT_USER] }),
    );
    const other = await h.mention(ben, 'q5'); // ana's fourth is dropped silently: the next post is ben's answer
    expect(other.content).toContain('You asked: q5');
    expect(h.assistant.asked.map((i) => i.text)).toEqual(['q1', 'q2', 'q5']);
    // /ask is limited too, with a private notice.
    const slash = askInteraction(ana, 'q6');
    h.discord.dispatch('INTERACTION_CREATE', slash);
    const refusal = await h.call('POST', CALLBACK);
    expect(refusal.body).toMatchObject({
      type: 4,
      data: { flags: 64, content: expect.stringContaining('try again in') },
    });
  });

  it('limits questions per guild', async () => {
    h = await startHarness({ config: { guildQuestionsPerMin: 1 } });
    await h.mention(ana, 'first');
    const notice = await h.mention(ben, 'second');
    expect(notice.content).toContain('This server is asking a lot of questions right now');
  });

  it('apologises when the core throws, logs it with context, and answers the next message', async () => {
    h = await startHarness();
    h.assistant.failOn('explode');
    const apology = await h.mention(ana, 'please explode');
    expect(apology.content).toContain('Sorry, something went wrong while answering');
    const error = h.logs.find((l) => l.level === 'error' && l.msg === 'answering failed');
    expect(error?.obj).toMatchObject({
      adapter: 'discord',
      user: ana.id,
      channel: GENERAL,
      err: 'assistant failed on "explode"',
    });
    const next = await h.mention(ana, 'does it hurt?');
    expect(next.content).toContain('You asked: does it hurt?');
  });

  it('apologises on /ask by editing the deferred reply when the core throws', async () => {
    h = await startHarness();
    h.assistant.failOn('explode');
    const slash = askInteraction(ana, 'explode please');
    h.discord.dispatch('INTERACTION_CREATE', slash);
    const edit = await h.call('PATCH', new RegExp(`^/webhooks/\\d+/${slash.token}/messages/@original$`));
    expect(edit.body?.content).toContain('Sorry, something went wrong');
  });

  it('survives a REST failure while replying: logged, and the next question is answered', async () => {
    h = await startHarness();
    h.discord.failing.push({ pattern: GENERAL_POSTS, status: 403 });
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> q1`, mentions: [BOT_USER] }),
    );
    await h.discord.waitFor(() => h.logs.find((l) => l.msg === 'apology failed'));
    expect(h.logs.find((l) => l.msg === 'answering failed')?.obj.err).toMatch(/fault injected/);
    h.discord.failing.length = 0;
    const next = await h.mention(ana, 'q2');
    expect(next.content).toContain('You asked: q2');
  });

  it('resumes after the gateway asks it to reconnect, and keeps answering', async () => {
    h = await startHarness();
    h.discord.reconnect();
    await h.discord.waitFor(() => h.discord.resumes === 1 && h.adapter.ready());
    const answer = await h.mention(ana, 'still there?');
    expect(answer.content).toContain('You asked: still there?');
  });

  it('answers an empty mention with a hint, without asking the core', async () => {
    h = await startHarness();
    const hint = await h.mention(ana, '   ');
    expect(hint.content).toContain('Ask me anything about permanent jewelry');
    expect(h.assistant.asked).toEqual([]);
  });

  it('in thread mode, opens a thread on the question and answers there', async () => {
    h = await startHarness({ config: { replyMode: 'thread' } });
    const q = message({
      channelId: GENERAL,
      author: ana,
      content: `<@${BOT_ID}> how do I remove it?`,
      mentions: [BOT_USER],
    });
    h.discord.dispatch('MESSAGE_CREATE', q);
    const thread = await h.call('POST', new RegExp(`^/channels/${GENERAL}/messages/${q.id}/threads$`));
    expect(thread.body?.name).toBe('how do I remove it?');
    const answer = await h.call('POST', new RegExp(`^/channels/${q.id}/messages$`));
    expect(answer.body?.content).toContain('You asked: how do I remove it?');
    expect(answer.body?.allowed_mentions).toMatchObject({ parse: [] });
  });
});
