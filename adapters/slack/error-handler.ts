/** The last line of defence: any listener error is logged with its context and answered with a short apology. */
import type { App } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { errMessage } from './handlers/deps.js';
import { postEphemeral } from './post.js';
import { APOLOGY } from './render.js';

/** The parts of any Slack body the handler reads to say where the error happened. */
interface AnyBody {
  type?: string;
  event_id?: string;
  event?: { type?: string; channel?: string; user?: string };
  user?: { id?: string } | string;
  user_id?: string;
  channel?: { id?: string };
  channel_id?: string;
  actions?: Array<{ action_id?: string }>;
}

/** Where a failed request came from: type, user, channel, action. */
export function errorContext(body: AnyBody | undefined) {
  const user = typeof body?.user === 'string' ? body.user : (body?.user?.id ?? body?.user_id ?? body?.event?.user);
  return {
    type: body?.event?.type ?? body?.type,
    eventId: body?.event_id,
    action: body?.actions?.[0]?.action_id,
    user,
    channel: body?.channel?.id ?? body?.channel_id ?? body?.event?.channel,
  };
}

/** Installs the app-wide error handler (requires `extendedErrorHandler: true`). The app keeps serving. */
export function installErrorHandler(app: App, log: Logger): void {
  app.error(async (raw: unknown) => {
    const args = raw as { error?: unknown; body?: AnyBody };
    const error = args.error ?? raw;
    const body = args.body;
    const where = errorContext(body);
    log.error({ err: errMessage(error), code: (error as { code?: string }).code, ...where }, 'slack handler failed');
    // Interactions (buttons, commands) get a private apology; events already apologise in their thread.
    if (where.channel && where.user && !body?.event) {
      await postEphemeral(app.client, log, { channel: where.channel }, where.user, APOLOGY);
    }
  });
}
