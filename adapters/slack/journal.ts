/**
 * Exactly once across restarts. Bolt acknowledges an Events API request before any middleware or listener runs, so
 * a question event is recorded in the event journal around `app.processEvent` (which both receivers, HTTP and
 * Socket Mode, call with the ack): once the ack has left, the event is on disk. A duplicate id (a retry, a replay,
 * in this process or an earlier one) is not answered again. On start, the events an earlier run acknowledged and
 * never answered are answered, once, in their thread; an answer made but not posted is posted without asking again.
 */
import type { App, webApi } from '@slack/bolt';
import type { JournaledEvent, NewJournaledEvent } from '../../src/core/ports.js';
import type { BoundedSet } from '../shared/bounded-set.js';
import { answerOnce, type Claim, type Delivery, finishEvent, isQuestionEvent, JOURNAL_CLAIM } from './handlers/ask.js';
import { errMessage, type SlackDeps } from './handlers/deps.js';
import type { SlackMessageEvent } from './to-incoming.js';

/** What is kept of a message event besides its text: ids, where it was written, how many files. No user text. */
type EventMeta = {
  event: Omit<SlackMessageEvent, 'text' | 'files' | 'bot_id'> & { files: number };
  teamId?: string;
  botUserId?: string;
};

/** The fields of an Events API envelope the journal reads. */
interface Envelope {
  type?: unknown;
  event_id?: unknown;
  team_id?: unknown;
  event?: unknown;
  authorizations?: Array<{ user_id?: unknown }>;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The journal entry of an envelope that carries a question for the bot; null for everything else. */
export function journalEntry(body: unknown, answeredThreads: Pick<BoundedSet, 'has'>): NewJournaledEvent | null {
  const b = (body ?? {}) as Envelope;
  const id = str(b.event_id);
  if (b.type !== 'event_callback' || !id || !b.event || typeof b.event !== 'object') return null;
  const e = b.event as SlackMessageEvent;
  if (typeof e.type !== 'string' || typeof e.channel !== 'string' || typeof e.ts !== 'string') return null;
  // Before the ack Bolt has not authorised yet; the envelope names the bot user the event was delivered to.
  const botUserId = str(b.authorizations?.[0]?.user_id);
  if (!isQuestionEvent(e, botUserId, answeredThreads)) return null;
  const teamId = str(b.team_id);
  const meta: EventMeta = {
    event: {
      type: e.type,
      channel: e.channel,
      ts: e.ts,
      files: Array.isArray(e.files) ? e.files.length : 0,
      ...(str(e.user) ? { user: e.user } : {}),
      ...(str(e.subtype) ? { subtype: e.subtype } : {}),
      ...(str(e.channel_type) ? { channel_type: e.channel_type } : {}),
      ...(str(e.thread_ts) ? { thread_ts: e.thread_ts } : {}),
      ...(str(e.team) ? { team: e.team } : {}),
    },
    ...(teamId ? { teamId } : {}),
    ...(botUserId ? { botUserId } : {}),
  };
  return { id, text: str(e.text) ?? '', meta };
}

/** The delivery that answers a journaled event; null when the entry is not one this adapter wrote. */
export function deliveryFrom(entry: JournaledEvent, client: webApi.WebClient): Delivery | null {
  const meta = entry.meta as Partial<EventMeta>;
  const e = meta.event;
  if (!e || typeof e.type !== 'string' || typeof e.channel !== 'string' || typeof e.ts !== 'string') return null;
  const { files, ...fields } = e;
  const event: SlackMessageEvent = {
    ...fields,
    text: entry.text,
    ...(files > 0 ? { files: Array.from({ length: files }, () => ({})) } : {}),
  };
  return {
    event,
    eventId: entry.id,
    context: { botUserId: str(meta.botUserId), teamId: str(meta.teamId) },
    client,
    claim: 'first',
    ...(entry.answer ? { answer: entry.answer } : {}),
  };
}

/** Records question events before Bolt acknowledges them and tells the listeners, through the context, what it found. */
export function recordBeforeAck(app: App, deps: SlackDeps): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const claim = await claimEvent(deps, event.body);
    if (!claim) return processEvent(event);
    return processEvent({ ...event, customProperties: { ...event.customProperties, [JOURNAL_CLAIM]: claim } });
  };
}

async function claimEvent(deps: SlackDeps, body: unknown): Promise<Claim | undefined> {
  const entry = journalEntry(body, deps.answeredThreads);
  if (!entry) return undefined;
  try {
    return (await deps.journal.record(entry)) ? 'first' : 'repeat';
  } catch (err) {
    deps.log.error(
      { eventId: entry.id, err: errMessage(err) },
      'event journal failed: this event is de-duplicated in memory only',
    );
    return undefined;
  }
}

/** Forgets ids past the TTL, then lists the events an earlier run acknowledged and never finished. */
export async function unfinishedEvents(deps: SlackDeps): Promise<JournaledEvent[]> {
  try {
    await deps.journal.purge();
    return await deps.journal.unfinished();
  } catch (err) {
    deps.log.error({ err: errMessage(err) }, 'event journal failed: events of an earlier run are not finished');
    return [];
  }
}

/** Answers (or posts the saved answer of) each unfinished event once, oldest first, in its thread, while `going()`. */
export async function finishBacklog(
  deps: SlackDeps,
  client: webApi.WebClient,
  backlog: readonly JournaledEvent[],
  going: () => boolean = () => true,
): Promise<void> {
  for (const entry of backlog) {
    if (!going()) return; // stopped: the rest stay pending for the next start
    const delivery = deliveryFrom(entry, client);
    deps.log.info(
      { eventId: entry.id, answerSaved: Boolean(entry.answer) },
      'finishing an event acknowledged before a restart',
    );
    try {
      if (delivery) await answerOnce(deps, delivery);
      else await finishEvent(deps, entry.id);
    } catch (err) {
      deps.log.error({ eventId: entry.id, err: errMessage(err) }, 'finishing an earlier event failed');
    }
  }
}
