/** `/ask question:<text>`: acknowledged at once with a deferred reply, then answered by editing it. */
import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import { errMessage } from '../../shared/errors.js';
import { renderAnswer, renderApology } from '../render.js';
import { commandToIncoming } from '../to-incoming.js';
import { type DiscordDeps, EMPTY_HINT, rateNotice, tellPrivately } from './deps.js';

/** The slash command's name and its option. */
export const ASK = { name: 'ask', option: 'question', maxLength: 1000 } as const;

/** Answers one `/ask`; a refusal or an empty question is told privately; errors get an apology. */
export async function onAskCommand(deps: DiscordDeps, interaction: ChatInputCommandInteraction): Promise<void> {
  const log = deps.log.child({
    interaction: interaction.id,
    channel: interaction.channelId,
    user: interaction.user.id,
  });
  try {
    const limit = deps.limiter.take(interaction.user.id, interaction.guildId);
    if (!limit.ok) {
      log.info({ scope: limit.scope }, 'rate limited');
      await tellPrivately(deps, interaction, rateNotice(limit.scope, limit.retryAfterSec));
      return;
    }
    const question = interaction.options.getString(ASK.option) ?? '';
    if (!question.trim()) {
      await tellPrivately(deps, interaction, EMPTY_HINT);
      return;
    }
    await interaction.deferReply(interaction.inGuild() ? {} : { flags: MessageFlags.Ephemeral });
    const answer = await deps.assistant.ask(
      commandToIncoming({
        id: interaction.id,
        question,
        userId: interaction.user.id,
        userName: interaction.user.globalName ?? interaction.user.username,
        guildId: interaction.guildId,
        channelId: interaction.channelId,
        inThread: interaction.channel?.isThread() ?? false,
      }),
    );
    const [first, ...rest] = renderAnswer(answer);
    if (first) await interaction.editReply(first);
    for (const part of rest) await interaction.followUp(part);
    log.info({ answerId: answer.answerId, flagged: answer.flagged, held: answer.held ?? false }, 'answered /ask');
  } catch (err) {
    log.error({ err: errMessage(err) }, 'answering /ask failed');
    const apology = renderApology();
    const sent = interaction.deferred ? interaction.editReply(apology) : interaction.reply(apology);
    await sent.catch((e: unknown) => log.warn({ err: errMessage(e) }, 'apology failed'));
  }
}
