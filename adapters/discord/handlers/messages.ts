/** Questions from @mentions in channels and from DMs: answered as a reply (or in a thread), once each. */
import { ChannelType, type Message, type SendableChannels } from 'discord.js';
import { errMessage } from '../../shared/errors.js';
import { type DiscordMessage, renderAnswer, renderApology, renderNotice } from '../render.js';
import { truncate } from '../text.js';
import { type MessageFacts, messageToIncoming } from '../to-incoming.js';
import { type DiscordDeps, EMPTY_HINT, rateNotice } from './deps.js';

/** The facts of a discord.js message. */
export function factsOf(message: Message): MessageFacts {
  return {
    id: message.id,
    content: message.content,
    authorId: message.author.id,
    authorName: message.author.globalName ?? message.author.username,
    guildId: message.guildId,
    channelId: message.channelId,
    inThread: message.channel.isThread(),
    attachments: message.attachments.size,
  };
}

/** True when the message is a question for the bot: a person (not a bot or webhook) in a DM, or mentioning it. */
export function isQuestion(message: Message, botId: string): boolean {
  if (message.author.bot || message.webhookId || message.author.id === botId || message.system) return false;
  if (message.channel.type === ChannelType.DM) return true;
  return message.mentions.users.has(botId);
}

/** Posts the parts: the first as a reply to the question (or into a new thread), the rest after it. */
async function post(deps: DiscordDeps, message: Message, parts: DiscordMessage[], question: string): Promise<void> {
  const [first, ...rest] = parts;
  if (!first) return;
  let channel: SendableChannels | null = null;
  if (deps.config.replyMode === 'thread' && message.inGuild() && !message.channel.isThread()) {
    const name = truncate(
      question
        .replace(/<[@#][!&]?\d+>/g, '')
        .replace(/\s+/g, ' ')
        .trim() || 'Question',
      90,
    );
    channel = await message.startThread({ name }).catch((err: unknown) => {
      deps.log.warn({ err: errMessage(err), message: message.id }, 'thread creation failed; replying instead');
      return null;
    });
  }
  if (channel) await channel.send(first);
  else await message.reply({ ...first, allowedMentions: { ...first.allowedMentions, repliedUser: true } });
  const target = channel ?? (message.channel.isSendable() ? message.channel : null);
  for (const part of rest) await target?.send(part);
}

/** Answers one message; refusals are noticed once per window; errors are logged and answered with an apology. */
export async function onMessage(deps: DiscordDeps, message: Message): Promise<void> {
  const botId = deps.client.user?.id;
  if (!botId || !isQuestion(message, botId)) return;
  const log = deps.log.child({ message: message.id, channel: message.channelId, user: message.author.id });
  try {
    const limit = deps.limiter.take(message.author.id, message.guildId);
    if (!limit.ok) {
      log.info({ scope: limit.scope }, 'rate limited');
      if (limit.notify) await message.reply(renderNotice(rateNotice(limit.scope, limit.retryAfterSec)));
      return;
    }
    const incoming = messageToIncoming(factsOf(message), botId);
    if (!incoming.text && !incoming.attachments) {
      await message.reply(renderNotice(EMPTY_HINT));
      return;
    }
    if (message.channel.isSendable()) void message.channel.sendTyping().catch(() => undefined);
    const answer = await deps.assistant.ask(incoming);
    await post(deps, message, renderAnswer(answer), incoming.text);
    log.info({ answerId: answer.answerId, flagged: answer.flagged, held: answer.held ?? false }, 'answered');
  } catch (err) {
    log.error({ err: errMessage(err) }, 'answering failed');
    await message.reply(renderApology()).catch((e: unknown) => log.warn({ err: errMessage(e) }, 'apology failed'));
  }
}
