/** `discord register [--guild ID]` and `discord invite`: Discord set-up from the terminal. */
import { parseArgs } from 'node:util';
import {
  inviteUrl,
  loadDiscordConfig,
  registerCommands,
  requireApplicationId,
  requiredPermissions,
} from '../discord/index.js';
import { type CliContext, EXIT } from './context.js';

const USAGE = 'Usage: permabot discord register [--guild ID] | permabot discord invite\n';

/** Runs a Discord set-up subcommand; both need DISCORD_TOKEN and DISCORD_APPLICATION_ID. */
export async function runDiscord(ctx: CliContext): Promise<number> {
  const { positionals, values } = parseArgs({
    args: ctx.argv,
    allowPositionals: true,
    options: { guild: { type: 'string' } },
  });
  const [sub] = positionals;
  if (sub !== 'register' && sub !== 'invite') {
    ctx.err.write(USAGE);
    return EXIT.usage;
  }
  const config = loadDiscordConfig(ctx.env);
  if (!config) {
    ctx.err.write('permabot discord: set DISCORD_TOKEN (the bot token from the Developer Portal) first.\n');
    return EXIT.usage;
  }
  const appId = requireApplicationId(config);
  if (sub === 'invite') {
    ctx.out.write(`${inviteUrl(appId, config.replyMode)}\n`);
    ctx.err.write(
      `Scopes: bot applications.commands. Permissions (${requiredPermissions(config.replyMode)}): View Channels, Send Messages, Send Messages in Threads, Embed Links, Read Message History${config.replyMode === 'thread' ? ', Create Public Threads' : ''}. No privileged intents.\n`,
    );
    return EXIT.ok;
  }
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
