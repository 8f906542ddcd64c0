/** Set-up: the slash command definitions, their registration through the REST API, and the invite URL. */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  OAuth2Scopes,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { DiscordConfig } from './config.js';
import { ASK } from './handlers/ask-command.js';

/** `/ask question:<text>`, usable in servers and in DMs with the bot. */
export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: ASK.name,
    type: ApplicationCommandType.ChatInput,
    description: 'Ask about permanent jewelry: welded chains, microdermals, aftercare, removal…',
    options: [
      {
        name: ASK.option,
        type: ApplicationCommandOptionType.String,
        description: 'Your question',
        required: true,
        max_length: ASK.maxLength,
      },
    ],
    integration_types: [ApplicationIntegrationType.GuildInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
];

/** The channel permissions the bot needs (threads only in thread mode); nothing else. */
export function requiredPermissions(replyMode: DiscordConfig['replyMode']): bigint {
  const base = [
    PermissionFlagsBits.ViewChannel,
    PermissionFlagsBits.SendMessages,
    PermissionFlagsBits.SendMessagesInThreads,
    PermissionFlagsBits.EmbedLinks,
    PermissionFlagsBits.ReadMessageHistory,
  ];
  const threads = replyMode === 'thread' ? [PermissionFlagsBits.CreatePublicThreads] : [];
  return new PermissionsBitField([...base, ...threads]).bitfield;
}

/** The OAuth2 invite URL: scopes `bot` and `applications.commands`, exactly the permissions above. */
export function inviteUrl(applicationId: string, replyMode: DiscordConfig['replyMode']): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: requiredPermissions(replyMode).toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}

/** Registers (overwrites) the commands globally, or in one guild (instant, for testing). Returns their names. */
export async function registerCommands(
  config: Pick<DiscordConfig, 'token' | 'apiUrl'>,
  applicationId: string,
  guildId?: string,
): Promise<string[]> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body: COMMANDS })) as Array<{ name: string }>;
  return saved.map((c) => c.name);
}
