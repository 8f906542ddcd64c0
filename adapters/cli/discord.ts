/** `discord register [--guild ID]` and `discord invite`: Discord set-up from the terminal. */
import { parseArgs } from 'node:util';
import { configError } from '../../src/app/env-schema.js';
import {
  inviteUrl,
  loadDiscordConfig,
  registerCommands,
  requireApplicationId,
  requiredPermissions,
} from '../discord/index.js';
import { type CliContext, EXIT } from './context.js';
import { USAGE } from './usage.js';

const USAGE_TEXT = USAGE.discord ?? '';

/** `discord invite` needs only the application id (and the reply mode, for the thread permission). */
function invite(ctx: CliContext): number {
  const appId = ctx.env.DISCORD_APPLICATION_ID?.trim();
  const mode = ctx.env.DISCORD_REPLY_MODE?.trim() || 'reply';
  const problems = [
    ...(!appId
      ? [
          '  DISCORD_APPLICATION_ID: required for this command (Developer Portal → General Information → Application ID)',
        ]
      : /^\d{5,25}$/.test(appId)
        ? []
        : ['  DISCORD_APPLICATION_ID: must be a Discord application id (digits)']),
    ...(mode === 'reply' || mode === 'thread'
      ? []
      : ['  DISCORD_REPLY_MODE: must be "reply" (answer as a reply) or "thread" (open a thread)']),
  ];
  if (problems.length || !appId) throw configError('Invalid Discord configuration', [], problems);
  const replyMode = mode as 'reply' | 'thread';
  ctx.out.write(`${inviteUrl(appId, replyMode)}\n`);
  ctx.err.write(
    `Scopes: bot applications.commands. Permissions (${requiredPermissions(replyMode)}): View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History${replyMode === 'thread' ? ', Create Public Threads' : ''}. No privileged intents.\n`,
  );
  return EXIT.ok;
}

/** Runs a Discord set-up subcommand: invite needs DISCORD_APPLICATION_ID, register also DISCORD_TOKEN. */
export async function runDiscord(ctx: CliContext): Promise<number> {
  const { positionals, values } = parseArgs({
    args: ctx.argv,
    allowPositionals: true,
    options: { guild: { type: 'string' } },
  });
  const [sub] = positionals;
  if (sub !== 'register' && sub !== 'invite') {
    ctx.err.write(USAGE_TEXT);
    return EXIT.usage;
  }
  if (sub === 'invite') return invite(ctx);
  const config = loadDiscordConfig(ctx.env);
  if (!config) {
    ctx.err.write('permabot discord: set DISCORD_TOKEN (the bot token from the Developer Portal) first.\n');
    return EXIT.usage;
  }
  const appId = requireApplicationId(config);
  if (values.guild !== undefined && !/^\d{5,25}$/.test(values.guild)) {
    ctx.err.write(`permabot discord register: --guild must be a server id (digits), got "${values.guild}"\n`);
    return EXIT.usage;
  }
  const names = await registerCommands(config, appId, values.guild);
  const where = values.guild
    ? `in server ${values.guild} (available now)`
    : 'globally (may take up to an hour to appear)';
  ctx.out.write(`Registered ${names.map((n) => `/${n}`).join(', ')} ${where}.\n`);
  return EXIT.ok;
}
