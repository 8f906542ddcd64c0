/** Questions: app_mention, direct messages and thread follow-ups, answered once each, in the thread. */
import type { App, Context, webApi } from '@slack/bolt';
import { postApology, postMessage } from '../post.js';
import { renderAnswer } from '../render.js';
import { isDirectMessage, messageToIncoming, replyTarget, type SlackMessageEvent } from '../to-incoming.js';
import { errMessage, rateNotice, type SlackDeps } from './deps.js';

/** Message subtypes that are people writing (everything else — edits, joins, bots — is ignored). */
const ASKING_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

const EMPTY_HINT =
  'Ask me anything about permanent jewelry: welded chains, microdermals, aftercare, removal. For example: _how long does a microdermal take to heal?_';

/** What decides whether a Slack message is a question for the bot. */
interface Delivery {
  event: SlackMessageEvent;
  eventId: string | undefined;
  context: Context;
  client: webApi.WebClient;
}

/** True when the message mentions the bot (the app_mention event answers it). */
function mentionsBot(event: SlackMessageEvent, botUserId: string | undefined): boolean {
  return Boolean(botUserId && event.text?.includes(`<@${botUserId}`));
}

/** Answers one message exactly once; errors are logged and answered with a short apology. */
export async function answerOnce(deps: SlackDeps, d: Delivery): Promise<void> {
  const { event, context, client } = d;
  if (event.bot_id || !ASKING_SUBTYPES.has(event.subtype) || !event.user) return;
  if (event.user === context.botUserId) return;
  if (d.eventId && !deps.seenEvents.add(d.eventId)) {
    deps.log.info({ eventId: d.eventId, retryNum: context.retryNum }, 'duplicate event ignored');
    return;
  }
  if (!deps.seenMessages.add(`${event.channel}:${event.ts}`)) return;
  if (context.retryNum)
    deps.log.info({ eventId: d.eventId, retryNum: context.retryNum }, 'answering a first-seen retry');
  const target = replyTarget(event);
  const log = deps.log.child({ eventId: d.eventId, channel: event.channel, ts: event.ts, user: event.user });
  try {
    const incoming = messageToIncoming(event, context.teamId ?? 'T', context.botUserId);
    if (!incoming.text && !incoming.attachments) {
      await postMessage(client, target, { text: EMPTY_HINT, blocks: [] });
      return;
    }
    const limit = deps.limiter.take(event.user, null);
    if (!limit.ok) {
      log.info({ scope: limit.scope }, 'rate limited');
      if (limit.notify)
        await postMessage(client, target, { text: rateNotice(limit.scope, limit.retryAfterSec), blocks: [] });
      return;
    }
    const answer = await deps.assistant.ask(incoming);
    await postMessage(client, target, renderAnswer(answer, incoming));
    if (target.threadTs) deps.answeredThreads.add(`${event.channel}:${target.threadTs}`);
    log.info({ answerId: answer.answerId, flagged: answer.flagged, held: answer.held ?? false }, 'answered');
  } catch (err) {
    log.error({ err: errMessage(err), event: event.type }, 'answering failed');
    await postApology(client, log, target);
  }
}

/** Registers app_mention and message listeners. */
export function registerAsking(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    await answerOnce(deps, { event: event as SlackMessageEvent, eventId: body.event_id, context, client });
  });

  app.event('message', async ({ event, body, context, client }) => {
    const message = event as SlackMessageEvent;
    const delivery = { event: message, eventId: body.event_id, context, client };
    if (isDirectMessage(message)) return answerOnce(deps, delivery);
    const followUp =
      message.thread_ts !== undefined && deps.answeredThreads.has(`${message.channel}:${message.thread_ts}`);
    if (followUp && !mentionsBot(message, context.botUserId)) return answerOnce(deps, delivery);
  });
}
