/** Helpful / Not helpful (optional reason in a modal) / Ask a human, recorded through the review core. */
import type { ButtonInteraction, ModalSubmitInteraction } from 'discord.js';
import type { FeedbackKind } from '../../../src/core/review/types.js';
import { errMessage } from '../../shared/errors.js';
import { feedbackRateNotice } from '../../shared/rate-limit.js';
import { INPUTS } from '../ids.js';
import { renderReasonModal } from '../render-review.js';
import { type DiscordDeps, discordActor, tellPrivately } from './deps.js';

const CONFIRM: Record<FeedbackKind, string> = {
  helpful: 'Thanks for the feedback!',
  'not-helpful': 'Thanks, a moderator will look at this answer.',
  'ask-human': 'A studio moderator has been asked to follow up on this question.',
};

/** Records feedback and confirms privately; a failure is logged and told to the user. */
async function record(
  deps: DiscordDeps,
  interaction: ButtonInteraction | ModalSubmitInteraction,
  answerId: string,
  kind: FeedbackKind,
  reason?: string,
): Promise<void> {
  const limit = deps.feedbackLimiter.take(interaction.user.id, interaction.guildId);
  if (!limit.ok) {
    deps.log.info({ scope: limit.scope, answerId }, 'feedback rate limited');
    return tellPrivately(deps, interaction, feedbackRateNotice(limit.retryAfterSec));
  }
  let note = CONFIRM[kind];
  try {
    await deps.review.feedback(answerId, kind, discordActor(interaction), reason);
    deps.log.info({ answerId, kind, user: interaction.user.id }, 'feedback recorded');
  } catch (err) {
    deps.log.error({ err: errMessage(err), answerId, kind }, 'feedback failed');
    note = 'Sorry, your feedback could not be recorded. Please try again in a moment.';
  }
  await tellPrivately(deps, interaction, note);
}

/** A feedback button: Not helpful opens the reason modal (falls back to recording without a reason). */
export async function onFeedbackButton(
  deps: DiscordDeps,
  interaction: ButtonInteraction,
  kind: FeedbackKind,
  answerId: string,
): Promise<void> {
  if (kind !== 'not-helpful') return record(deps, interaction, answerId, kind);
  try {
    await interaction.showModal(renderReasonModal(answerId));
  } catch (err) {
    deps.log.warn({ err: errMessage(err), answerId }, 'reason modal failed; recording without a reason');
    await record(deps, interaction, answerId, kind);
  }
}

/** The Not helpful modal was submitted. */
export async function onReasonModal(deps: DiscordDeps, interaction: ModalSubmitInteraction, answerId: string) {
  const reason = interaction.fields.getTextInputValue(INPUTS.reason).trim();
  await record(deps, interaction, answerId, 'not-helpful', reason || undefined);
}
