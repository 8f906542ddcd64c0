/** Questions: app_mention, direct messages and thread follow-ups, answered once each, in the thread. */
import type { App, Context, webApi } from '@slack/bolt';
import type { Answer } from '../../../src/core/types.js';
import type { BoundedSet } from '../../shared/bounded-set.js';
import { postApology, postMessage } from '../post.js';
import { renderAnswer } from '../render.js';
import { isDirectMessage, messageToIncoming, replyTarget, type SlackMessageEvent } from '../to-incoming.js';
import { errMessage, rateNotice, type SlackDeps } from './deps.js';

/** Message subtypes that are people writing (everything else — edits, joins, bots — is ignored). */
const ASKING_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

const EMPTY_HINT =
  'Ask me anything about permanent jewelry: welded chains, microdermals, aftercare, removal. For example: _how long does a microdermal take to heal?_';

/** The context key under which the event journal tells the listeners what it found before the ack. */
export const JOURNAL_CLAIM = 'permabotJournalClaim';

/** `first`: this delivery recorded the event and finishes it; `repeat`: it was recorded already (a duplicate). */
export type Claim = 'first' | 'repeat';

/** What answering reads of Bolt's context. */
export type AskContext = Pick<Context, 'botUserId' | 'teamId' | 'retryNum'>;

/** One delivery of a message event to answer. */
export interface Delivery {
  event: SlackMessageEvent;
  eventId: string | undefined;
  context: AskContext;
  client: webApi.WebClient;
  /** What the journal found before the ack; absent when the event was not journaled (or the journal failed). */
  claim?: Claim;
  /** An answer made before a restart and never posted: posted as it is, not asked again. */
  answer?: Answer;
}

/** True for a message a person wrote (not a bot, not permabot, not an edit or a join). */
function fromAsker(event: SlackMessageEvent, botUserId: string | undefined): boolean {
  return !event.bot_id && ASKING_SUBTYPES.has(event.subtype) && Boolean(event.user) && event.user !== botUserId;
}

/** True when the message mentions the bot (the app_mention event answers it). */
function mentionsBot(event: SlackMessageEvent, botUserId: string | undefined): boolean {
  return Boolean(botUserId && event.text?.includes(`<@${botUserId}`));
}

/**
 * Whether an app_mention or message event is a question for the bot: a mention, a direct message, or a follow-up
 * in a thread the bot answered (one with a mention arrives as app_mention too). The journal asks before the ack.
 */
export function isQuestionEvent(
  event: SlackMessageEvent,
  botUserId: string | undefined,
  answeredThreads: Pick<BoundedSet, 'has'>,
): boolean {
  if (!fromAsker(event, botUserId)) return false;
  if (event.type === 'app_mention') return true;
  if (event.type !== 'message') return false;
  if (isDirectMessage(event)) return true;
  return (
    event.thread_ts !== undefined &&
    answeredThreads.has(`${event.channel}:${event.thread_ts}`) &&
    !mentionsBot(event, botUserId)
  );
}

/** Marks a journaled event done; a failure is logged (the event could then be answered again after a restart). */
export async function finishEvent(deps: SlackDeps, eventId: string): Promise<void> {
  await deps.journal
    .finish(eventId)
    .catch((err: unknown) => deps.log.warn({ eventId, err: errMessage(err) }, 'event journal: finishing failed'));
}

/** Answers one message exactly once; errors are logged and answered with a short apology. */
export function answerOnce(deps: SlackDeps, d: Delivery): Promise<void> {
  const run = (async () => {
    try {
      await answerDelivery(deps, d);
    } finally {
      if (d.claim === 'first' && d.eventId) await finishEvent(deps, d.eventId);
    }
  })();
  deps.inFlight.add(run);
  const done = () => void deps.inFlight.delete(run);
  run.then(done, done);
  return run;
}

async function answerDelivery(deps: SlackDeps, d: Delivery): Promise<void> {
  const { event, context, client } = d;
  const user = event.user;
  if (!user || !fromAsker(event, context.botUserId)) return;
  if (d.eventId && (!deps.seenEvents.add(d.eventId) || d.claim === 'repeat')) {
    deps.log.info({ eventId: d.eventId, retryNum: context.retryNum }, 'duplicate event ignored');
    return;
  }
  if (!deps.seenMessages.add(`${event.channel}:${event.ts}`)) return;
  if (context.retryNum)
    deps.log.info({ eventId: d.eventId, retryNum: context.retryNum }, 'answering a first-seen retry');
  const target = replyTarget(event);
  const log = deps.log.child({ eventId: d.eventId, channel: event.channel, ts: event.ts, user });
  try {
    const incoming = messageToIncoming(event, context.teamId ?? 'T', context.botUserId);
    let answer = d.answer;
    if (!answer) {
      if (!incoming.text && !incoming.attachments) {
        await postMessage(client, target, { text: EMPTY_HINT, blocks: [] });
        return;
      }
      const limit = deps.limiter.take(user, null);
      if (!limit.ok) {
        log.info({ scope: limit.scope }, 'rate limited');
        if (limit.notify)
          await postMessage(client, target, { text: rateNotice(limit.scope, limit.retryAfterSec), blocks: [] });
        return;
      }
      answer = await deps.assistant.ask(incoming);
      // Kept until posted: a restart in between posts this answer instead of asking (and recording) again.
      if (d.claim === 'first' && d.eventId) {
        const eventId = d.eventId;
        await deps.journal
          .saveAnswer(eventId, answer)
          .catch((err: unknown) => log.warn({ err: errMessage(err) }, 'event journal: saving the answer failed'));
      }
    }
    await postMessage(client, target, renderAnswer(answer, incoming));
    if (target.threadTs) deps.answeredThreads.add(`${event.channel}:${target.threadTs}`);
    log.info({ answerId: answer.answerId, flagged: answer.flagged, held: answer.held ?? false }, 'answered');
  } catch (err) {
    log.error({ err: errMessage(err), event: event.type }, 'answering failed');
    await postApology(client, log, target);
  }
}

/** The delivery of a Bolt event listener's arguments. */
function deliveryOf(event: unknown, body: { event_id?: string }, context: Context, client: webApi.WebClient): Delivery {
  const claim = context[JOURNAL_CLAIM] as Claim | undefined;
  return { event: event as SlackMessageEvent, eventId: body.event_id, context, client, ...(claim ? { claim } : {}) };
}

/** Registers app_mention and message listeners. */
export function registerAsking(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    await answerOnce(deps, deliveryOf(event, body, context, client));
  });

  app.event('message', async ({ event, body, context, client }) => {
    const delivery = deliveryOf(event, body, context, client);
    if (isQuestionEvent(delivery.event, context.botUserId, deps.answeredThreads)) return answerOnce(deps, delivery);
    // Journaled as a question before the ack, not one now (its thread was forgotten): done, never answered later.
    if (delivery.claim === 'first' && delivery.eventId) await finishEvent(deps, delivery.eventId);
  });
}
