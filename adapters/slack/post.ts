/** Posting helpers: a rendered message to a reply target, an ephemeral note, the apology. Never throw. */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../src/core/logger.js';
import { errMessage } from './handlers/deps.js';
import { renderApology, type SlackMessage } from './render.js';
import type { ReplyTarget } from './to-incoming.js';

type Client = webApi.WebClient;

/** Posts a message to a channel, in a thread when the target has one. Links and media are not unfurled. */
export async function postMessage(client: Client, target: ReplyTarget, message: SlackMessage) {
  return client.chat.postMessage({
    channel: target.channel,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    text: message.text,
    ...(message.blocks.length ? { blocks: message.blocks } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** Posts an ephemeral note to one user (in the thread when given); logs and swallows failures. */
export async function postEphemeral(client: Client, log: Logger, target: ReplyTarget, user: string, text: string) {
  try {
    await client.chat.postEphemeral({
      channel: target.channel,
      user,
      text,
      ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
    });
  } catch (err) {
    log.warn({ err: errMessage(err), channel: target.channel, user }, 'ephemeral message failed');
  }
}

/** Posts the short apology; logs and swallows a failure (the error that caused it is already logged). */
export async function postApology(client: Client, log: Logger, target: ReplyTarget): Promise<void> {
  try {
    await postMessage(client, target, renderApology());
  } catch (err) {
    log.warn({ err: errMessage(err), channel: target.channel }, 'apology could not be posted');
  }
}
