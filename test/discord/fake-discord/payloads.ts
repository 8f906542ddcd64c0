/** Discord API objects as the fake gateway and REST send them (v10 JSON), built from a few ids. */

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '100000000000000001';
export const GENERAL = '200000000000000001';
export const REVIEW_CHANNEL = '200000000000000002';
export const DM_CHANNEL = '200000000000000003';
export const MOD_ROLE = '300000000000000001';

let snowflake = 500_000_000_000_000_000n;
/** A fresh, increasing snowflake. */
export function nextId(): string {
  snowflake += 1n;
  return snowflake.toString();
}

/** A user object. */
export function user(id: string, name: string, bot = false) {
  return { id, username: name, global_name: name, discriminator: '0', avatar: null, bot };
}

export const BOT_USER = user(BOT_ID, 'permabot', true);

const text = (id: string, name: string) => ({
  id,
  type: 0,
  name,
  guild_id: GUILD_ID,
  position: 0,
  permission_overwrites: [],
});

/** GUILD_CREATE: two text channels, the @everyone and moderator roles, the bot as a member. */
export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Studio community',
    icon: null,
    owner_id: '400000000000000009',
    unavailable: false,
    member_count: 3,
    large: false,
    features: [],
    joined_at: new Date(0).toISOString(),
    channels: [text(GENERAL, 'general'), text(REVIEW_CHANNEL, 'mod-review')],
    threads: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '68608',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
      {
        id: MOD_ROLE,
        name: 'Moderators',
        permissions: '68608',
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
    ],
    members: [{ user: BOT_USER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false }],
    presences: [],
    voice_states: [],
    emojis: [],
    stickers: [],
  };
}

/** A guild member as it appears in a message or an interaction. */
export function member(roles: string[] = [], permissions = '68608') {
  return { roles, permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 };
}

/** A message object (what MESSAGE_CREATE carries and what REST returns). */
export function message(opts: {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: ReturnType<typeof user>;
  content: string;
  mentions?: Array<ReturnType<typeof user>>;
  mentionEveryone?: boolean;
  embeds?: unknown[];
  components?: unknown[];
  messageReference?: unknown;
  attachments?: unknown[];
}) {
  const guildId = opts.guildId === undefined ? GUILD_ID : opts.guildId;
  return {
    id: opts.id ?? nextId(),
    type: opts.messageReference ? 19 : 0,
    channel_id: opts.channelId,
    ...(guildId ? { guild_id: guildId, member: member() } : { channel_type: 1 }),
    author: opts.author,
    content: opts.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: opts.mentionEveryone ?? false,
    mentions: opts.mentions ?? [],
    mention_roles: [],
    attachments: opts.attachments ?? [],
    embeds: opts.embeds ?? [],
    components: opts.components ?? [],
    pinned: false,
    flags: 0,
    ...(opts.messageReference ? { message_reference: opts.messageReference } : {}),
  };
}

/** The common part of INTERACTION_CREATE in the guild's #general (or another channel). */
function interactionBase(
  type: number,
  by: ReturnType<typeof user>,
  opts: { roles?: string[]; permissions?: string; channelId?: string; dm?: boolean },
) {
  const channelId = opts.channelId ?? GENERAL;
  return {
    id: nextId(),
    application_id: APP_ID,
    type,
    token: `tok-${nextId()}`,
    version: 1,
    channel_id: channelId,
    channel: { id: channelId, type: opts.dm ? 1 : 0, ...(opts.dm ? {} : { guild_id: GUILD_ID }) },
    ...(opts.dm
      ? { user: by, context: 1 }
      : { guild_id: GUILD_ID, member: { ...member(opts.roles, opts.permissions), user: by }, context: 0 }),
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
  };
}

/** `/ask question:<q>`. */
export function askInteraction(by: ReturnType<typeof user>, question: string, opts: { dm?: boolean } = {}) {
  return {
    ...interactionBase(2, by, { ...opts, ...(opts.dm ? { channelId: DM_CHANNEL } : {}) }),
    data: { id: '700000000000000001', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  };
}

/** A button click on a message the bot posted. */
export function buttonInteraction(
  by: ReturnType<typeof user>,
  customId: string,
  onMessage: ReturnType<typeof message>,
  opts: { roles?: string[]; permissions?: string } = {},
) {
  return {
    ...interactionBase(3, by, { ...opts, channelId: onMessage.channel_id }),
    data: { custom_id: customId, component_type: 2 },
    message: onMessage,
  };
}

/** A modal submission (one labelled text input), opened from a button on `onMessage`. */
export function modalInteraction(
  by: ReturnType<typeof user>,
  customId: string,
  input: { customId: string; value: string },
  onMessage: ReturnType<typeof message>,
  opts: { roles?: string[]; permissions?: string } = {},
) {
  return {
    ...interactionBase(5, by, { ...opts, channelId: onMessage.channel_id }),
    data: {
      custom_id: customId,
      components: [{ type: 18, id: 1, component: { type: 4, id: 2, custom_id: input.customId, value: input.value } }],
    },
    message: onMessage,
  };
}
