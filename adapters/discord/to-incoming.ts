/** Pure translation of Discord messages and `/ask` interactions to the core's `Incoming`, and back to places. */
import type { Incoming } from '../../src/core/types.js';

/** The facts of a Discord message the adapter reads (taken from a discord.js `Message`, or built by tests). */
export interface MessageFacts {
  id: string;
  content: string;
  authorId: string;
  authorName: string;
  /** Null in DMs. */
  guildId: string | null;
  channelId: string;
  /** The message was sent in a thread (its channel is the thread). */
  inThread: boolean;
  attachments: number;
}

/** The facts of an `/ask` interaction. */
export interface CommandFacts {
  id: string;
  question: string;
  userId: string;
  userName: string;
  guildId: string | null;
  channelId: string;
  inThread: boolean;
}

/** Where a held answer is released: the channel, and the message it answers (a reply), when there was one. */
export interface ReplyPlace {
  guildId: string | null;
  channelId: string;
  messageId: string | null;
}

/** Removes mentions of the bot (`<@id>` and the legacy `<@!id>`) and tidies whitespace. */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One conversation per thread, per DM channel, or per person in a channel (their mentions and `/ask` there
 * share context until it expires).
 */
export function conversationKey(f: { guildId: string | null; channelId: string; inThread: boolean }, userId: string) {
  if (!f.guildId) return `discord:dm:${f.channelId}`;
  return f.inThread ? `discord:thread:${f.channelId}` : `discord:${f.channelId}:${userId}`;
}

/** `discord:<guild|@me>:<channel>:<message|->`, parsed back by `parseChannelRef`. */
export function channelRef(place: ReplyPlace): string {
  return `discord:${place.guildId ?? '@me'}:${place.channelId}:${place.messageId ?? '-'}`;
}

/** A channelRef made by this adapter back into a place; null for other platforms or malformed refs. */
export function parseChannelRef(ref: string): ReplyPlace | null {
  const m = /^discord:(@me|\d+):(\d+):(\d+|-)$/.exec(ref);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { guildId: m[1] === '@me' ? null : m[1], channelId: m[2], messageId: m[3] === '-' ? null : m[3] };
}

/** A mention or DM → `Incoming` (public unless it is a DM). */
export function messageToIncoming(m: MessageFacts, botId: string): Incoming {
  const incoming: Incoming = {
    text: stripBotMention(m.content, botId),
    platform: 'discord',
    userId: m.authorId,
    userName: m.authorName,
    channelRef: channelRef({ guildId: m.guildId, channelId: m.channelId, messageId: m.id }),
    conversationKey: conversationKey(m, m.authorId),
    isPublic: m.guildId !== null,
  };
  if (m.attachments > 0) incoming.attachments = m.attachments;
  return incoming;
}

/** `/ask question:<text>` → `Incoming`; the answer is a public reply in the channel (private in DMs). */
export function commandToIncoming(c: CommandFacts): Incoming {
  return {
    text: c.question.trim(),
    platform: 'discord',
    userId: c.userId,
    userName: c.userName,
    channelRef: channelRef({ guildId: c.guildId, channelId: c.channelId, messageId: null }),
    conversationKey: conversationKey(c, c.userId),
    isPublic: c.guildId !== null,
  };
}
