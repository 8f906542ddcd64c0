import { describe, expect, it } from 'vitest';
import { channelRef, commandToIncoming, messageToIncoming, parseChannelRef, stripBotMention } from './to-incoming.js';

const BOT = '900000000000000001';
const base = {
  id: '11',
  content: '',
  authorId: '42',
  authorName: 'ana',
  guildId: '7',
  channelId: '8',
  inThread: false,
  attachments: 0,
};

describe('Discord message → Incoming', () => {
  it('strips the bot mention in both syntaxes and tidies whitespace, keeping other mentions for the core to neutralise', () => {
    expect(stripBotMention(`<@${BOT}>  does it   hurt? <@!${BOT}>`, BOT)).toBe('does it hurt?');
    expect(stripBotMention(`<@${BOT}> ask <@123456>`, BOT)).toBe('ask <@123456>');
  });

  it('makes a channel mention public, keyed to the person in that channel, with a ref to the message', () => {
    expect(messageToIncoming({ ...base, content: `<@${BOT}> how long to heal?` }, BOT)).toEqual({
      text: 'how long to heal?',
      platform: 'discord',
      userId: '42',
      userName: 'ana',
      channelRef: 'discord:7:8:11',
      conversationKey: 'discord:8:42',
      isPublic: true,
    });
  });

  it('keys a thread by the thread and a DM by the DM channel; DMs are private', () => {
    expect(messageToIncoming({ ...base, inThread: true }, BOT).conversationKey).toBe('discord:thread:8');
    const dm = messageToIncoming({ ...base, guildId: null, attachments: 2 }, BOT);
    expect(dm).toMatchObject({
      conversationKey: 'discord:dm:8',
      isPublic: false,
      channelRef: 'discord:@me:8:11',
      attachments: 2,
    });
  });

  it('turns /ask into a question with no message to reply to', () => {
    const i = commandToIncoming({
      id: '5',
      question: '  can I swim? ',
      userId: '42',
      userName: 'ana',
      guildId: '7',
      channelId: '8',
      inThread: false,
    });
    expect(i).toMatchObject({
      text: 'can I swim?',
      channelRef: 'discord:7:8:-',
      conversationKey: 'discord:8:42',
      isPublic: true,
    });
  });

  it('parses its own channel refs back and nothing else', () => {
    expect(parseChannelRef(channelRef({ guildId: '7', channelId: '8', messageId: '11' }))).toEqual({
      guildId: '7',
      channelId: '8',
      messageId: '11',
    });
    expect(parseChannelRef('discord:@me:8:-')).toEqual({ guildId: null, channelId: '8', messageId: null });
    for (const other of ['slack:T1:C1:1.2', 'discord:7:8', 'discord:7:<script>:1', ''])
      expect(parseChannelRef(other)).toBeNull();
  });
});
