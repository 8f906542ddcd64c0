/** Approve / Correct (modal) / Reject on review cards; only moderators may act, others are refused privately. */
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { Decision, DecisionResult } from '../../../src/core/review/types.js';
import { errMessage } from '../../shared/errors.js';
import { decisionLine } from '../../shared/review-text.js';
import { INPUTS } from '../ids.js';
import { renderCorrectModal, renderDecidedCard } from '../render-review.js';
import { authorize, type DiscordDeps, discordActor, tellPrivately } from './deps.js';

/** The private note for a decision that did not stand. */
export function failureNote(result: Exclude<DecisionResult, { ok: true }>): string {
  if (result.code === 'already_decided') return `Already ${decisionLine(result.item)}.`;
  if (result.code === 'not_found') return 'This review item no longer exists.';
  return 'A corrected answer needs text.';
}

type CardInteraction = ButtonInteraction | ModalSubmitInteraction;

/** Decides; the card is edited by the review-event listener (for decisions from any platform). */
async function decide(
  deps: DiscordDeps,
  interaction: CardInteraction,
  reviewId: string,
  decision: Decision,
  text?: string,
): Promise<void> {
  const actor = discordActor(interaction);
  // Remember the card before deciding: the onDecided listener edits it.
  if (interaction.message)
    deps.cards.set(reviewId, { channelId: interaction.message.channelId, messageId: interaction.message.id });
  const result = await deps.review.decide(reviewId, decision, actor, text === undefined ? {} : { text });
  if (result.ok) {
    deps.log.info({ reviewId, decision, by: actor.id }, 'decided from discord');
    if (interaction.isModalSubmit()) await tellPrivately(deps, interaction, `Saved: ${decisionLine(result.item)}.`);
    return;
  }
  if (result.code === 'already_decided' && interaction.message) {
    await interaction.message
      .edit(renderDecidedCard(result.item))
      .catch((err: unknown) => deps.log.warn({ err: errMessage(err) }, 'card refresh failed'));
  }
  await tellPrivately(deps, interaction, failureNote(result));
}

/** A decision button on a review card. */
export async function onReviewButton(
  deps: DiscordDeps,
  interaction: ButtonInteraction,
  decision: Decision,
  reviewId: string,
): Promise<void> {
  const auth = authorize(deps, interaction);
  if (!auth.allowed) {
    deps.log.warn({ reviewId, user: interaction.user.id, decision }, 'non-moderator refused');
    return tellPrivately(deps, interaction, auth.reason);
  }
  if (decision !== 'corrected') {
    await interaction.deferUpdate();
    return decide(deps, interaction, reviewId, decision);
  }
  const item = await deps.review.get(reviewId);
  if (!item) return tellPrivately(deps, interaction, failureNote({ ok: false, code: 'not_found' }));
  if (item.status !== 'pending')
    return tellPrivately(deps, interaction, failureNote({ ok: false, code: 'already_decided', item }));
  await interaction.showModal(renderCorrectModal(item));
}

/** The Correct modal was submitted: the moderator check runs again, then the correction is saved. */
export async function onCorrectionModal(deps: DiscordDeps, interaction: ModalSubmitInteraction, reviewId: string) {
  const auth = authorize(deps, interaction);
  if (!auth.allowed) return tellPrivately(deps, interaction, auth.reason);
  const text = interaction.fields.getTextInputValue(INPUTS.correction).trim();
  if (!text) return tellPrivately(deps, interaction, 'Write the corrected answer.');
  await decide(deps, interaction, reviewId, 'corrected', text);
}
