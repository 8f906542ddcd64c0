import { describe, expect, it } from 'vitest';
import {
  commandToIncoming,
  messageToIncoming,
  parseChannelRef,
  replyTarget,
  type SlackMessageEvent,
  stripBotMention,
} from './to-incoming.js';

const base: SlackMessageEvent = { type: 'app_mention', text: '', user: 'U1', channel: 'C9', ts: '1700.000100' };

describe('slack payload → Incoming', () => {
  it('turns a channel mention into a public question keyed by its thread, without the bot mention', () => {
    const incoming = messageToIncoming({ ...base, text: '<@UBOT> how long  does it heal?' }, 'T1', 'UBOT');
    expect(incoming).toEqual({
      text: 'how long does it heal?',
      platform: 'slack',
      userId: 'U1',
      channelRef: 'slack:T1:C9:1700.000100',
      conversationKey: 'slack:C9:1700.000100',
      isPublic: true,
    });
  });

  it('keys a reply inside a thread by the thread root and prefers the event team', () => {
    const incoming = messageToIncoming({ ...base, team: 'T7', ts: '1700.000200', thread_ts: '1700.000100' }, 'T1');
    expect(incoming.channelRef).toBe('slack:T7:C9:1700.000100');
    expect(incoming.conversationKey).toBe('slack:C9:1700.000100');
  });

  it('treats direct messages as private, one conversation per DM, answered top-level', () => {
    const dm = { ...base, type: 'message', channel: 'D4', channel_type: 'im', text: 'hi' };
    expect(messageToIncoming(dm, 'T1')).toMatchObject({ isPublic: false, conversationKey: 'slack:D4' });
    expect(replyTarget(dm)).toEqual({ channel: 'D4' });
    expect(replyTarget({ ...dm, thread_ts: '1.2' })).toEqual({ channel: 'D4', threadTs: '1.2' });
    expect(replyTarget(base)).toEqual({ channel: 'C9', threadTs: '1700.000100' });
  });

  it('counts attached files', () => {
    expect(messageToIncoming({ ...base, files: [{}, {}] }, 'T1').attachments).toBe(2);
    expect(messageToIncoming(base, 'T1').attachments).toBeUndefined();
  });

  it('strips labelled bot mentions but keeps other users', () => {
    expect(stripBotMention('<@UBOT|permabot> ask <@U2> too', 'UBOT')).toBe('ask <@U2> too');
    expect(stripBotMention('  no bot id  ', undefined)).toBe('no bot id');
  });

  it('turns a slash command into a private question, one conversation per user and channel', () => {
    const incoming = commandToIncoming({
      text: ' can I swim? ',
      user_id: 'U1',
      user_name: 'ana',
      channel_id: 'C9',
      team_id: 'T1',
    });
    expect(incoming).toEqual({
      text: 'can I swim?',
      platform: 'slack',
      userId: 'U1',
      userName: 'ana',
      channelRef: 'slack:T1:C9:command',
      conversationKey: 'slack:C9:command:U1',
      isPublic: false,
    });
  });

  it('parses its own thread channelRefs back and refuses others', () => {
    expect(parseChannelRef('slack:T1:C9:1700.000100')).toEqual({ channel: 'C9', threadTs: '1700.000100' });
    expect(parseChannelRef('slack:T1:C9:command')).toBeNull();
    expect(parseChannelRef('discord:g:c:m')).toBeNull();
  });
});
