/** Pure translation of Slack payloads (app_mention, message, slash command) to the core's `Incoming`. */
import type { Incoming } from '../../src/core/types.js';

/** The fields of an `app_mention` or `message` event the adapter reads. */
export interface SlackMessageEvent {
  type: string;
  subtype?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  team?: string;
  files?: unknown[];
}

/** The fields of a slash-command body the adapter reads. */
export interface SlackCommandPayload {
  text: string;
  user_id: string;
  user_name?: string;
  channel_id: string;
  channel_name?: string;
  team_id: string;
}

/** Where a reply to a message goes: the channel and the thread (absent for a top-level DM reply). */
export interface ReplyTarget {
  channel: string;
  threadTs?: string;
}

/** True for direct messages (channel_type `im`, or a `D…` channel id). */
export function isDirectMessage(event: Pick<SlackMessageEvent, 'channel' | 'channel_type'>): boolean {
  return event.channel_type === 'im' || (event.channel_type === undefined && event.channel.startsWith('D'));
}

/** Removes mentions of the bot (`<@U123>` or `<@U123|name>`) and tidies whitespace. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  const cleaned = botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ') : text;
  return cleaned.replace(/\s+/g, ' ').trim();
}

/** Reply target: in the thread of the question; top-level DMs are answered top-level (the DM is the conversation). */
export function replyTarget(event: SlackMessageEvent): ReplyTarget {
  if (isDirectMessage(event) && !event.thread_ts) return { channel: event.channel };
  return { channel: event.channel, threadTs: event.thread_ts ?? event.ts };
}

/**
 * `app_mention` / `message` → `Incoming`. channelRef `slack:<team>:<channel>:<thread_ts>` (where the answer and a
 * held answer's release go); conversationKey `slack:<channel>:<thread_ts>`, or `slack:<channel>` for top-level DMs.
 */
export function messageToIncoming(event: SlackMessageEvent, teamId: string, botUserId?: string): Incoming {
  const dm = isDirectMessage(event);
  const threadTs = event.thread_ts ?? event.ts;
  const incoming: Incoming = {
    text: stripBotMention(event.text ?? '', botUserId),
    platform: 'slack',
    userId: event.user ?? 'unknown',
    channelRef: `slack:${event.team ?? teamId}:${event.channel}:${threadTs}`,
    conversationKey: dm && !event.thread_ts ? `slack:${event.channel}` : `slack:${event.channel}:${threadTs}`,
    isPublic: !dm,
  };
  if (event.files?.length) incoming.attachments = event.files.length;
  return incoming;
}

/** `/permabot <question>` → `Incoming`. Answers are ephemeral, so never public; one conversation per user and channel. */
export function commandToIncoming(command: SlackCommandPayload): Incoming {
  const incoming: Incoming = {
    text: command.text.trim(),
    platform: 'slack',
    userId: command.user_id,
    channelRef: `slack:${command.team_id}:${command.channel_id}:command`,
    conversationKey: `slack:${command.channel_id}:command:${command.user_id}`,
    isPublic: false,
  };
  if (command.user_name) incoming.userName = command.user_name;
  return incoming;
}

/** Parses a channelRef made by this adapter back into a reply target; null for other platforms or a command ref. */
export function parseChannelRef(channelRef: string): ReplyTarget | null {
  const m = /^slack:[^:]*:([^:]+):(\d+\.\d+)$/.exec(channelRef);
  if (!m?.[1] || !m[2]) return null;
  return { channel: m[1], threadTs: m[2] };
}
