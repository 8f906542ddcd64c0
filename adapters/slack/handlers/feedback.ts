/** Helpful / Not helpful / Ask a human buttons under answers, recorded through the review core. */
import type { App, webApi } from '@slack/bolt';
import type { FeedbackKind } from '../../../src/core/review/types.js';
import { feedbackRateNotice } from '../../shared/rate-limit.js';
import { FEEDBACK_ACTIONS, INPUTS, VIEWS } from '../ids.js';
import { postEphemeral } from '../post.js';
import { renderNotHelpfulModal } from '../render-review.js';
import type { ReplyTarget } from '../to-incoming.js';
import { errMessage, type SlackDeps, slackActor } from './deps.js';

/** The parts of a block_actions body the feedback buttons read. */
interface ButtonBody {
  user: { id: string; name?: string; username?: string };
  channel?: { id: string };
  container?: { channel_id?: string; thread_ts?: string; message_ts?: string };
  message?: { ts: string; thread_ts?: string };
  trigger_id?: string;
  actions: Array<{ value?: string }>;
}

/** What the Not helpful modal carries between the click and the submission. */
interface FeedbackMeta {
  answerId: string;
  target: ReplyTarget | null;
}

const CONFIRM: Record<FeedbackKind, string> = {
  helpful: 'Thanks for the feedback!',
  'not-helpful': 'Thanks, a moderator will look at this answer.',
  'ask-human': 'A studio moderator has been asked to follow up on this question.',
};

function targetOf(body: ButtonBody): ReplyTarget | null {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel) return null;
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts;
  return threadTs ? { channel, threadTs } : { channel };
}

/** Records feedback and confirms privately; failures are logged and told to the user. */
async function record(
  deps: SlackDeps,
  client: webApi.WebClient,
  user: ButtonBody['user'],
  meta: FeedbackMeta,
  kind: FeedbackKind,
  reason?: string,
): Promise<void> {
  const limit = deps.feedbackLimiter.take(user.id, null);
  if (!limit.ok) {
    deps.log.info({ scope: limit.scope, answerId: meta.answerId }, 'feedback rate limited');
    if (meta.target && limit.notify) {
      await postEphemeral(client, deps.log, meta.target, user.id, feedbackRateNotice(limit.retryAfterSec));
    }
    return;
  }
  let note = CONFIRM[kind];
  try {
    await deps.review.feedback(meta.answerId, kind, slackActor(user), reason);
    deps.log.info({ answerId: meta.answerId, kind, user: user.id }, 'feedback recorded');
  } catch (err) {
    deps.log.error({ err: errMessage(err), answerId: meta.answerId, kind }, 'feedback failed');
    note = 'Sorry, your feedback could not be recorded. Please try again in a moment.';
  }
  if (meta.target) await postEphemeral(client, deps.log, meta.target, user.id, note);
}

/** Registers the feedback buttons and the Not helpful modal. */
export function registerFeedback(app: App, deps: SlackDeps): void {
  for (const kind of ['helpful', 'ask-human'] as const) {
    app.action(FEEDBACK_ACTIONS[kind], async ({ ack, body, client }) => {
      await ack();
      const b = body as unknown as ButtonBody;
      const answerId = b.actions[0]?.value;
      if (answerId) await record(deps, client, b.user, { answerId, target: targetOf(b) }, kind);
    });
  }

  app.action(FEEDBACK_ACTIONS['not-helpful'], async ({ ack, body, client }) => {
    await ack();
    const b = body as unknown as ButtonBody;
    const answerId = b.actions[0]?.value;
    if (!answerId) return;
    const meta: FeedbackMeta = { answerId, target: targetOf(b) };
    try {
      if (!b.trigger_id) throw new Error('no trigger_id');
      await client.views.open({ trigger_id: b.trigger_id, view: renderNotHelpfulModal(JSON.stringify(meta)) });
    } catch (err) {
      deps.log.warn({ err: errMessage(err), answerId }, 'reason modal failed; recording without a reason');
      await record(deps, client, b.user, meta, 'not-helpful');
    }
  });

  app.view(VIEWS.notHelpful, async ({ ack, view, body, client }) => {
    await ack();
    const reason = view.state.values[INPUTS.reasonBlock]?.[INPUTS.reasonAction]?.value ?? undefined;
    await record(deps, client, body.user, JSON.parse(view.private_metadata) as FeedbackMeta, 'not-helpful', reason);
  });

  app.view({ callback_id: VIEWS.notHelpful, type: 'view_closed' }, async ({ ack, view, body, client }) => {
    await ack();
    await record(deps, client, body.user, JSON.parse(view.private_metadata) as FeedbackMeta, 'not-helpful');
  });
}
