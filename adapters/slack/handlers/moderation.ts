/** Approve / Correct (modal) / Reject on review cards; only moderators may act, others are refused privately. */
import type { App, webApi } from '@slack/bolt';
import type { Actor, Decision, DecisionResult } from '../../../src/core/review/types.js';
import { decisionLine } from '../../shared/review-text.js';
import { INPUTS, REVIEW_ACTIONS, VIEWS } from '../ids.js';
import type { ModeratorCheck } from '../moderator-check.js';
import { postEphemeral } from '../post.js';
import { renderCorrectModal, renderDecidedCard } from '../render-review.js';
import { type CardRef, errMessage, type SlackDeps, slackActor } from './deps.js';

interface CardBody {
  user: { id: string; name?: string; username?: string };
  channel?: { id: string };
  message?: { ts: string };
  trigger_id?: string;
  actions: Array<{ value?: string }>;
}

/** What the Correct modal carries: the item and its card. */
interface CorrectMeta {
  reviewId: string;
  card: CardRef | null;
}

function cardOf(body: CardBody): CardRef | null {
  return body.channel && body.message ? { channel: body.channel.id, ts: body.message.ts } : null;
}

/** The private message telling the outcome of a failed decision. */
export function failureNote(result: Exclude<DecisionResult, { ok: true }>): string {
  if (result.code === 'already_decided') return `Already ${decisionLine(result.item)}.`;
  if (result.code === 'not_found') return 'This review item no longer exists.';
  return 'A corrected answer needs text.';
}

/** Runs a decision; on `already_decided` refreshes a stale card. Returns the note for the moderator, or null. */
async function decide(
  deps: SlackDeps,
  client: webApi.WebClient,
  meta: CorrectMeta,
  decision: Decision,
  actor: Actor,
  text?: string,
): Promise<string | null> {
  // Remember the card before deciding: the onDecided listener updates it.
  if (meta.card) deps.cards.set(meta.reviewId, meta.card);
  const result = await deps.review.decide(meta.reviewId, decision, actor, text === undefined ? {} : { text });
  if (result.ok) {
    deps.log.info({ reviewId: meta.reviewId, decision, by: actor.id }, 'decided from slack');
    return null;
  }
  if (result.code === 'already_decided' && meta.card) {
    const card = renderDecidedCard(result.item);
    await client.chat
      .update({ channel: meta.card.channel, ts: meta.card.ts, ...card })
      .catch((err: unknown) => deps.log.warn({ err: errMessage(err) }, 'card refresh failed'));
  }
  return failureNote(result);
}

/** What every review-card click starts with: the item, the card, who clicked and whether they may act. */
async function clickOf(body: unknown, client: webApi.WebClient, moderators: ModeratorCheck) {
  const b = body as CardBody;
  const actor = slackActor(b.user);
  const reviewId = b.actions[0]?.value;
  if (!reviewId) return null;
  return { b, reviewId, card: cardOf(b), actor, auth: await moderators.authorize(client, actor) };
}

/** Registers the review-card buttons and the Correct modal. */
export function registerModeration(app: App, deps: SlackDeps, moderators: ModeratorCheck): void {
  const simple: Array<[string, Decision]> = [
    [REVIEW_ACTIONS.approve, 'approved'],
    [REVIEW_ACTIONS.reject, 'rejected'],
  ];
  for (const [actionId, decision] of simple) {
    app.action(actionId, async ({ ack, body, client }) => {
      await ack();
      const click = await clickOf(body, client, moderators);
      if (!click) return;
      const { reviewId, card, actor, auth } = click;
      if (!auth.allowed) deps.log.warn({ reviewId, user: actor.id, decision }, 'non-moderator refused');
      const note = auth.allowed ? await decide(deps, client, { reviewId, card }, decision, actor) : auth.reason;
      if (note && card) await postEphemeral(client, deps.log, { channel: card.channel }, actor.id, note);
    });
  }

  app.action(REVIEW_ACTIONS.correct, async ({ ack, body, client }) => {
    await ack();
    const click = await clickOf(body, client, moderators);
    if (!click) return;
    const { b, reviewId, card, actor, auth } = click;
    const item = auth.allowed ? await deps.review.get(reviewId) : null;
    let note: string | null = null;
    if (!auth.allowed) note = auth.reason;
    else if (!item) note = failureNote({ ok: false, code: 'not_found' });
    else if (item.status !== 'pending') note = failureNote({ ok: false, code: 'already_decided', item });
    else if (!b.trigger_id) note = 'Slack did not send what is needed to open the form; please click again.';
    if (note) {
      if (card) await postEphemeral(client, deps.log, { channel: card.channel }, actor.id, note);
      return;
    }
    if (item && b.trigger_id) {
      const meta: CorrectMeta = { reviewId, card };
      await client.views.open({ trigger_id: b.trigger_id, view: renderCorrectModal(item, JSON.stringify(meta)) });
    }
  });

  app.view(VIEWS.correct, async ({ ack, view, body, client }) => {
    const meta = JSON.parse(view.private_metadata) as CorrectMeta;
    const actor = slackActor(body.user);
    const text = view.state.values[INPUTS.correctBlock]?.[INPUTS.correctAction]?.value?.trim() ?? '';
    const fail = (message: string) =>
      ack({ response_action: 'errors', errors: { [INPUTS.correctBlock]: message.slice(0, 150) } });
    const auth = await moderators.authorize(client, actor);
    if (!auth.allowed) return fail(auth.reason);
    if (!text) return fail('Write the corrected answer.');
    try {
      const note = await decide(deps, client, meta, 'corrected', actor, text);
      if (note) return fail(note);
      await ack();
    } catch (err) {
      deps.log.error({ err: errMessage(err), reviewId: meta.reviewId }, 'correction failed');
      await fail('Sorry, the correction could not be saved. Please try again.');
    }
  });
}
