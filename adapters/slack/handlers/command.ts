/** `/permabot <question>`: acknowledged at once, the answer sent privately (ephemeral) when ready. */
import type { App } from '@slack/bolt';
import { COMMAND } from '../ids.js';
import { APOLOGY, renderAnswer } from '../render.js';
import { commandToIncoming } from '../to-incoming.js';
import { errMessage, rateNotice, type SlackDeps } from './deps.js';

const USAGE = 'Usage: `/permabot <question>`, for example `/permabot can I swim with a new welded bracelet?`';

/** Registers the slash command. */
export function registerCommand(app: App, deps: SlackDeps): void {
  app.command(COMMAND, async ({ command, ack, respond }) => {
    if (!command.text.trim()) {
      await ack({ response_type: 'ephemeral', text: USAGE });
      return;
    }
    const limit = deps.limiter.take(command.user_id, null);
    if (!limit.ok) {
      await ack({ response_type: 'ephemeral', text: rateNotice(limit.scope, limit.retryAfterSec) });
      return;
    }
    await ack();
    const log = deps.log.child({ command: COMMAND, channel: command.channel_id, user: command.user_id });
    try {
      const incoming = commandToIncoming(command);
      const answer = await deps.assistant.ask(incoming);
      const message = renderAnswer(answer, incoming);
      await respond({ response_type: 'ephemeral', replace_original: false, ...message });
      log.info({ answerId: answer.answerId, flagged: answer.flagged }, 'answered command');
    } catch (err) {
      log.error({ err: errMessage(err) }, 'command failed');
      await respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }).catch((e: unknown) =>
        log.warn({ err: errMessage(e) }, 'apology could not be sent'),
      );
    }
  });
}
