/** Every interaction enters here: `/ask`, feedback, suggestion and review buttons, and the two modals. */
import type { Interaction } from 'discord.js';
import { errMessage } from '../../shared/errors.js';
import { APOLOGY } from '../../shared/review-text.js';
import { parseCustomId } from '../ids.js';
import { ASK, onAskCommand } from './ask-command.js';
import { type DiscordDeps, tellPrivately } from './deps.js';
import { onFeedbackButton, onReasonModal } from './feedback.js';
import { onCorrectionModal, onReviewButton } from './moderation.js';
import { onSuggestionButton } from './suggestions.js';

/** Routes one interaction; an unknown or stale one is told so privately; errors are logged and apologised for. */
export async function onInteraction(deps: DiscordDeps, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) {
    if (interaction.commandName === ASK.name) await onAskCommand(deps, interaction);
    return;
  }
  if (!interaction.isButton() && !interaction.isModalSubmit()) return;
  const action = parseCustomId(interaction.customId);
  try {
    if (!action) return await tellPrivately(deps, interaction, 'This button is no longer active.');
    if (interaction.isButton() && action.type === 'feedback')
      return await onFeedbackButton(deps, interaction, action.kind, action.answerId);
    if (interaction.isButton() && action.type === 'suggestion')
      return await onSuggestionButton(deps, interaction, action.index, action.answerId);
    if (interaction.isButton() && action.type === 'review')
      return await onReviewButton(deps, interaction, action.decision, action.reviewId);
    if (interaction.isModalSubmit() && action.type === 'feedback-reason')
      return await onReasonModal(deps, interaction, action.answerId);
    if (interaction.isModalSubmit() && action.type === 'correction')
      return await onCorrectionModal(deps, interaction, action.reviewId);
    await tellPrivately(deps, interaction, 'This button is no longer active.');
  } catch (err) {
    deps.log.error(
      { err: errMessage(err), customId: interaction.customId, user: interaction.user.id },
      'interaction failed',
    );
    await tellPrivately(deps, interaction, APOLOGY);
  }
}
