/**
 * A click on an ask-back suggestion: the asker's chosen question is asked in the same conversation (marked
 * `fromSuggestion`) and answered publicly where the button was, with the usual feedback buttons.
 */
import type { ButtonInteraction } from 'discord.js';
import { errMessage } from '../../shared/errors.js';
import { pickedQuestion } from '../ask-back-memory.js';
import { renderAnswer, renderApology } from '../render.js';
import { type DiscordDeps, rateNotice, tellPrivately } from './deps.js';

/** Told privately when the choice is no longer remembered (a restart, or many newer ask-backs since). */
export const CHOICE_EXPIRED =
  'This choice has expired. Please type the question you meant (mention me or use `/ask`) and I will answer it.';

/** Told privately to anyone but the asker. */
export const ONLY_ASKER =
  'Only the person who asked can choose one of these. Mention me or use `/ask` to ask your own question.';

/** Answers the chosen suggestion; a stale choice, another member or a rate limit is told privately. */
export async function onSuggestionButton(
  deps: DiscordDeps,
  interaction: ButtonInteraction,
  index: number,
  answerId: string,
): Promise<void> {
  const askBack = deps.askBacks.get(answerId);
  const incoming = askBack ? pickedQuestion(askBack, index) : null;
  if (!askBack || !incoming) return tellPrivately(deps, interaction, CHOICE_EXPIRED);
  if (interaction.user.id !== askBack.asked.userId) return tellPrivately(deps, interaction, ONLY_ASKER);
  const log = deps.log.child({ interaction: interaction.id, answerId, index, user: interaction.user.id });
  const limit = deps.limiter.take(interaction.user.id, interaction.guildId);
  if (!limit.ok) {
    log.info({ scope: limit.scope }, 'rate limited');
    return tellPrivately(deps, interaction, rateNotice(limit.scope, limit.retryAfterSec));
  }
  try {
    await interaction.deferReply();
    const answer = await deps.assistant.ask(incoming);
    const [first, ...rest] = renderAnswer(answer);
    if (first) await interaction.editReply(first);
    for (const part of rest) await interaction.followUp(part);
    log.info({ picked: answer.answerId, flagged: answer.flagged }, 'answered a chosen suggestion');
  } catch (err) {
    log.error({ err: errMessage(err) }, 'answering a chosen suggestion failed');
    const apology = renderApology();
    const sent = interaction.deferred ? interaction.editReply(apology) : interaction.reply(apology);
    await sent.catch((e: unknown) => log.warn({ err: errMessage(e) }, 'apology failed'));
  }
}
