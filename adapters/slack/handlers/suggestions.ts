/**
 * A click on an ask-back suggestion: the asker's chosen question is asked in the same conversation (marked
 * `fromSuggestion`) and answered in the same thread — privately again when the suggestions were private (`/permabot`).
 */
import type { App, RespondFn, webApi } from '@slack/bolt';
import { postApology, postEphemeral, postMessage } from '../post.js';
import { APOLOGY, renderAnswer, type SlackMessage } from '../render.js';
import { decodeChoice, pickedQuestion, SUGGESTION_ACTION } from '../suggestion-value.js';
import type { ReplyTarget } from '../to-incoming.js';
import { errMessage, type SlackDeps } from './deps.js';

/** Told privately for a button whose value cannot be read (not one this app rendered). */
export const CHOICE_UNAVAILABLE = 'This choice is no longer available. Please type the question you meant.';

/** Told privately to anyone but the asker. */
export const ONLY_ASKER =
  'Only the person who asked can choose one of these. Mention me or use `/permabot` to ask your own question.';

/** The parts of a block_actions body a suggestion click reads. */
interface ChoiceBody {
  user: { id: string };
  channel?: { id: string };
  container?: { channel_id?: string; thread_ts?: string; is_ephemeral?: boolean };
  message?: { ts: string; thread_ts?: string };
  actions: Array<{ value?: string }>;
}

/** Where the clicked message is: its channel and thread (none for a top-level DM answer). */
function placeOf(body: ChoiceBody): ReplyTarget | null {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return null;
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
  return threadTs ? { channel, threadTs } : { channel };
}

/** Posts in the thread, or (for a private message's buttons) answers privately through the response URL. */
function replier(deps: SlackDeps, client: webApi.WebClient, respond: RespondFn, body: ChoiceBody) {
  const place = placeOf(body);
  const privately = body.container?.is_ephemeral === true;
  return {
    async note(text: string) {
      if (privately) await respond({ response_type: 'ephemeral', replace_original: false, text });
      else if (place) await postEphemeral(client, deps.log, place, body.user.id, text);
    },
    async answer(message: SlackMessage) {
      if (privately) await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      else if (place) await postMessage(client, place, message);
    },
    async apologise() {
      if (privately) await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY });
      else if (place) await postApology(client, deps.log, place);
    },
  };
}

/** Registers the suggestion buttons. */
export function registerSuggestions(app: App, deps: SlackDeps): void {
  app.action(SUGGESTION_ACTION, async ({ ack, body, client, respond }) => {
    await ack();
    const b = body as unknown as ChoiceBody;
    const reply = replier(deps, client, respond, b);
    const choice = decodeChoice(b.actions[0]?.value);
    if (!choice) return reply.note(CHOICE_UNAVAILABLE);
    if (b.user.id !== choice.asked.userId) return reply.note(ONLY_ASKER);
    const log = deps.log.child({ answerId: choice.answerId, index: choice.index, user: b.user.id });
    try {
      const answer = await deps.assistant.ask(pickedQuestion(choice));
      await reply.answer(renderAnswer(answer, choice.asked));
      log.info({ picked: answer.answerId, flagged: answer.flagged }, 'answered a chosen suggestion');
    } catch (err) {
      log.error({ err: errMessage(err) }, 'answering a chosen suggestion failed');
      await reply.apologise().catch((e: unknown) => log.warn({ err: errMessage(e) }, 'apology failed'));
    }
  });
}
