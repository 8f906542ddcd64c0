/** The real discord.js Client against a fake gateway + REST on loopback: login, mentions, DMs, /ask. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ana,
  askInteraction,
  BOT_ID,
  BOT_USER,
  DM_CHANNEL,
  GENERAL,
  type Harness,
  message,
  startHarness,
  TOKEN,
  user,
} from './harness.js';

describe('discord asking', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it('logs in with only the non-privileged intents and is ready after the guild arrives', () => {
    expect(h.adapter.ready()).toBe(true);
    // Guilds (1) | GuildMessages (512) | DirectMessages (4096); no MessageContent (32768), no GuildMembers (2).
    expect(h.discord.identifies[0]?.intents).toBe(1 | 512 | 4096);
    expect(h.discord.identifies[0]?.token).toBe(TOKEN); // sent to the gateway, never logged:
    expect(JSON.stringify(h.logs)).not.toContain('abcdefghijklmnopqrstuvwxyz0123');
  });

  it('answers a mention with a reply that pings nobody, with sources and feedback buttons', async () => {
    const q = message({
      channelId: GENERAL,
      author: ana,
      content: `<@${BOT_ID}> how long does a microdermal take to heal?`,
      mentions: [BOT_USER],
    });
    h.discord.dispatch('MESSAGE_CREATE', q);
    const reply = await h.call('POST', new RegExp(`^/channels/${GENERAL}/messages$`));
    expect(h.assistant.asked[0]).toMatchObject({
      text: 'how long does a microdermal take to heal?',
      platform: 'discord',
      userId: ana.id,
      isPublic: true,
      channelRef: `discord:100000000000000001:${GENERAL}:${q.id}`,
      conversationKey: `discord:${GENERAL}:${ana.id}`,
    });
    const body = reply.body ?? {};
    expect(body.content).toContain('microdermals take 1-3 months');
    expect(body.content).toContain('Sources: Healing times · Aftercare <basics>');
    expect(body.allowed_mentions).toMatchObject({ parse: [] });
    expect(body.message_reference).toMatchObject({ message_id: q.id });
    const buttons = (body.components as Array<{ components: Array<{ custom_id: string }> }>)[0]?.components ?? [];
    expect(buttons.map((b) => b.custom_id)).toEqual([
      'pb:fb:helpful:ans-1',
      'pb:fb:unhelpful:ans-1',
      'pb:fb:human:ans-1',
    ]);
    expect(reply.auth).toBe(`Bot ${TOKEN}`);
  });

  it('ignores messages that do not mention it, from bots, and its own', async () => {
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: 'just chatting about chains' }),
    );
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({
        channelId: GENERAL,
        author: user('400000000000000050', 'otherbot', true),
        content: `<@${BOT_ID}> hi`,
        mentions: [BOT_USER],
      }),
    );
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: BOT_USER, content: `<@${BOT_ID}> echo`, mentions: [BOT_USER] }),
    );
    // A person's mention after them is answered: everything before it was seen and ignored.
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> does it hurt?`, mentions: [BOT_USER] }),
    );
    await h.call('POST', new RegExp(`^/channels/${GENERAL}/messages$`));
    expect(h.assistant.asked.map((i) => i.text)).toEqual(['does it hurt?']);
  });

  it('answers a DM privately, in the DM, as one conversation', async () => {
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: DM_CHANNEL, guildId: null, author: ana, content: 'can I shower with a welded bracelet' }),
    );
    const reply = await h.call('POST', new RegExp(`^/channels/${DM_CHANNEL}/messages$`));
    expect(h.assistant.asked[0]).toMatchObject({ isPublic: false, conversationKey: `discord:dm:${DM_CHANNEL}` });
    expect(reply.body?.content).toContain('You asked: can I shower with a welded bracelet');
  });

  it('never echoes @everyone or a role ping: the text is defused and allowed_mentions is empty', async () => {
    const q = message({
      channelId: GENERAL,
      author: ana,
      content: `<@${BOT_ID}> @everyone <@&300000000000000001> is gold better?`,
      mentions: [BOT_USER],
      mentionEveryone: true,
    });
    h.discord.dispatch('MESSAGE_CREATE', q);
    const reply = await h.call('POST', new RegExp(`^/channels/${GENERAL}/messages$`));
    const content = String(reply.body?.content);
    expect(content).not.toMatch(/@everyone|<@&\d+>/);
    expect(reply.body?.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('acknowledges /ask with a deferred reply, then edits it with the answer', async () => {
    const interaction = askInteraction(ana, 'what metals are hypoallergenic?');
    h.discord.dispatch('INTERACTION_CREATE', interaction);
    const ack = await h.call('POST', new RegExp(`^/interactions/${interaction.id}/${interaction.token}/callback$`));
    expect(ack.body).toMatchObject({ type: 5 });
    expect(ack.auth).toBeUndefined();
    const edit = await h.call('PATCH', new RegExp(`^/webhooks/\\d+/${interaction.token}/messages/@original$`));
    expect(edit.body?.content).toContain('You asked: what metals are hypoallergenic?');
    expect(edit.body?.allowed_mentions).toMatchObject({ parse: [] });
    expect(h.assistant.asked[0]).toMatchObject({
      isPublic: true,
      channelRef: `discord:100000000000000001:${GENERAL}:-`,
    });
  });

  it('answers /ask in a DM privately (ephemeral deferred reply)', async () => {
    const interaction = askInteraction(ana, 'does removal hurt', { dm: true });
    h.discord.dispatch('INTERACTION_CREATE', interaction);
    const ack = await h.call('POST', new RegExp(`^/interactions/${interaction.id}/`));
    expect(ack.body).toMatchObject({ type: 5, data: { flags: 64 } });
    await h.call('PATCH', /^\/webhooks\//);
    expect(h.assistant.asked[0]).toMatchObject({ isPublic: false, conversationKey: `discord:dm:${DM_CHANNEL}` });
  });

  it('splits a long answer into messages under 2000 characters, buttons on the last', async () => {
    const long = `${'Welded chains are fitted and welded closed. '.repeat(100)}`;
    h.discord.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> ${long}`, mentions: [BOT_USER] }),
    );
    const second = await h.call('POST', new RegExp(`^/channels/${GENERAL}/messages$`), 3);
    const posts = h.discord.find('POST', new RegExp(`^/channels/${GENERAL}/messages$`));
    expect(posts.length).toBe(3);
    for (const p of posts) expect(String(p.body?.content).length).toBeLessThanOrEqual(2000);
    expect(posts[0]?.body?.components ?? []).toEqual([]);
    expect(second.body?.components).toHaveLength(1);
  });
});

describe('discord /ask with a slow core', () => {
  it('acknowledges before the answer is ready, so a slow answer never misses the 3-second deadline', async () => {
    const h = await startHarness({ assistant: { delayMs: 800 } });
    try {
      const interaction = askInteraction(ana, 'does it hurt?');
      h.discord.dispatch('INTERACTION_CREATE', interaction);
      await h.call('POST', /\/callback$/);
      // The deferred acknowledgement is on record while the question is still being answered.
      await h.discord.waitFor(() => h.assistant.asked.length === 1);
      expect(h.discord.find('PATCH', /@original$/)).toEqual([]);
      const edit = await h.call('PATCH', /@original$/);
      expect(edit.body?.content).toContain('You asked: does it hurt?');
      const order = h.discord.calls.map((c) => c.method);
      expect(order.indexOf('POST')).toBeLessThan(order.indexOf('PATCH'));
    } finally {
      await h.close();
    }
  });
});
