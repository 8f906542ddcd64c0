/** Builders for the payloads Slack sends: event callbacks, slash commands, block actions, view submissions. */
import { BOT_USER_ID, TEAM_ID } from './web-api.js';

let counter = 0;
/** A fresh message ts. */
export function nextTs(): string {
  counter += 1;
  return `1710000000.${String(counter).padStart(6, '0')}`;
}

/** Fields of a message-like event. */
export interface EventFields {
  text: string;
  user?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  files?: unknown[];
}

/** An `event_callback` envelope around one event; `event_id` fresh unless given. */
export function envelope(type: string, fields: EventFields, eventId = `Ev${nextTs().replace('.', '')}`) {
  const { user = 'UASKER', channel = 'C1', ts = nextTs(), ...rest } = fields;
  return {
    token: 'legacy',
    team_id: TEAM_ID,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, enterprise_id: null }],
    event: { type, user, channel, ts, event_ts: ts, team: TEAM_ID, ...rest },
  };
}

/** `@permabot <text>` in a channel. */
export function mention(text: string, fields: Partial<EventFields> = {}, eventId?: string) {
  return envelope('app_mention', { text: `<@${BOT_USER_ID}> ${text}`, ...fields }, eventId);
}

/** A direct message to the bot. */
export function directMessage(text: string, fields: Partial<EventFields> = {}) {
  return envelope('message', { text, channel: 'D1', channel_type: 'im', ...fields });
}

/** A plain channel message (e.g. a thread follow-up). */
export function channelMessage(text: string, fields: Partial<EventFields> = {}) {
  return envelope('message', { text, channel_type: 'channel', ...fields });
}

/** A `/permabot` slash command's form fields. */
export function slashCommand(text: string, responseUrl: string, fields: Record<string, string> = {}) {
  return {
    token: 'legacy',
    team_id: TEAM_ID,
    team_domain: 'studio',
    channel_id: 'C1',
    channel_name: 'front-desk',
    user_id: 'UASKER',
    user_name: 'asker',
    command: '/permabot',
    text,
    api_app_id: 'A1',
    response_url: responseUrl,
    trigger_id: 'trig.cmd',
    ...fields,
  };
}

/** A button click on a message (block_actions). */
export function blockAction(
  actionId: string,
  value: string,
  opts: { user?: string; channel?: string; messageTs?: string; threadTs?: string; responseUrl?: string } = {},
) {
  const channel = opts.channel ?? 'C1';
  const messageTs = opts.messageTs ?? nextTs();
  return {
    type: 'block_actions',
    team: { id: TEAM_ID, domain: 'studio' },
    user: { id: opts.user ?? 'UASKER', username: opts.user ?? 'asker', name: opts.user ?? 'asker', team_id: TEAM_ID },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: `trig.${messageTs}`,
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: 'chan' },
    message: { type: 'message', ts: messageTs, ...(opts.threadTs ? { thread_ts: opts.threadTs } : {}), text: 'x' },
    ...(opts.responseUrl ? { response_url: opts.responseUrl } : {}),
    actions: [
      { type: 'button', action_id: actionId, block_id: 'b', value, action_ts: nextTs(), text: { type: 'plain_text' } },
    ],
  };
}

/** A modal submission (or `view_closed`) with plain-text input values. */
export function viewPayload(
  type: 'view_submission' | 'view_closed',
  callbackId: string,
  privateMetadata: string,
  values: Record<string, Record<string, string>>,
  user = 'UASKER',
) {
  const state: Record<string, Record<string, { type: string; value: string }>> = {};
  for (const [block, actions] of Object.entries(values)) {
    state[block] = Object.fromEntries(
      Object.entries(actions).map(([a, v]) => [a, { type: 'plain_text_input', value: v }]),
    );
  }
  return {
    type,
    team: { id: TEAM_ID, domain: 'studio' },
    user: { id: user, username: user, name: user, team_id: TEAM_ID },
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: 'trig.view',
    view: {
      id: 'V1',
      team_id: TEAM_ID,
      type: 'modal',
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values: state },
      hash: 'h',
      title: { type: 'plain_text', text: 't' },
      blocks: [],
      app_id: 'A1',
      bot_id: 'BBOT',
    },
    ...(type === 'view_closed' ? { is_cleared: false } : {}),
  };
}
