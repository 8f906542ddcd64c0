/** The `permabot` command line: help and version first, then config once, a data-dir check, dispatch, exit codes. */
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config.js';
import { createLogger, LOG_FILE } from '../../src/app/logger.js';
import { PermabotError } from '../../src/core/errors.js';
import { reviewDbPath } from '../../src/providers/review/sqlite-review-store.js';
import { type CliContext, EXIT, UsageError } from './context.js';
import { checkDataDir, requireWritable } from './data-dir.js';
import { SUBCOMMANDS, TOP_USAGE, USAGE, version } from './usage.js';

type Command = (ctx: CliContext) => Promise<number>;
/** Loaded on demand, so `ask` does not pay for discord.js and Bolt at start-up. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  ask: async () => (await import('./ask.js')).runAsk,
  chat: async () => (await import('./chat.js')).runChat,
  discord: async () => (await import('./discord.js')).runDiscord,
  eval: async () => (await import('./eval.js')).runEval,
  ingest: async () => (await import('./ingest.js')).runIngest,
  review: async () => (await import('./review.js')).runReview,
  serve: async () => (await import('./serve.js')).runServe,
};
/** Commands that never touch the data dir; `review` checks it itself (it also works read-only). */
const NO_DATA_DIR = new Set(['discord', 'review']);
const HELP = new Set(['--help', '-h']);

/** The terminal chat runs: `chat`, or `serve` with no chat credentials. Its logs go to a file, not between prompts. */
function opensTerminalChat(name: string, env: CliContext['env']): boolean {
  return name === 'chat' || (name === 'serve' && !env.DISCORD_TOKEN?.trim() && !env.SLACK_BOT_TOKEN?.trim());
}

/** Help, version and unknown names, answered before any configuration is read; null when a command should run. */
function answerWithoutRunning(argv: string[], io: Pick<CliContext, 'out' | 'err'>): number | null {
  const [name, ...rest] = argv;
  const say = (text: string, code: number) => {
    (code === EXIT.ok ? io.out : io.err).write(text);
    return code;
  };
  if (!name) return say(TOP_USAGE, EXIT.usage);
  if (name === '--version' || name === '-V' || name === 'version') return say(`permabot ${version()}\n`, EXIT.ok);
  if (name === 'help' || HELP.has(name)) {
    const topic = rest.join(' ');
    if (!topic) return say(TOP_USAGE, EXIT.ok);
    return USAGE[topic] ? say(USAGE[topic], EXIT.ok) : say(`Unknown command "${topic}".\n\n${TOP_USAGE}`, EXIT.usage);
  }
  if (!COMMANDS[name]) return say(`Unknown command "${name}".\n\n${TOP_USAGE}`, EXIT.usage);
  const args = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
  const subs = SUBCOMMANDS[name];
  const sub = subs && rest[0] && !rest[0].startsWith('-') ? rest[0] : undefined;
  if (sub === 'help') return say(USAGE[name] ?? TOP_USAGE, EXIT.ok);
  if (subs && sub && !subs.includes(sub))
    return say(`Unknown ${name} command "${sub}".\n\n${USAGE[name] ?? TOP_USAGE}`, EXIT.usage);
  if (args.some((a) => HELP.has(a))) return say(USAGE[sub ? `${name} ${sub}` : name] ?? TOP_USAGE, EXIT.ok);
  return null;
}

/** Runs the CLI with injectable streams; returns the exit code. */
export async function main(argv: string[], io: Omit<CliContext, 'argv' | 'config' | 'logger'>): Promise<number> {
  const answered = answerWithoutRunning(argv, io);
  if (answered !== null) return answered;
  const [name = '', ...rest] = argv;
  let dbFile = '';
  try {
    const config = loadConfig(io.env);
    dbFile = reviewDbPath(config.PERMABOT_DATA_DIR);
    let logFile: string | undefined;
    if (!NO_DATA_DIR.has(name)) {
      const dataDir = checkDataDir(config.PERMABOT_DATA_DIR);
      requireWritable(dataDir);
      if (opensTerminalChat(name, io.env) && config.LOG_LEVEL !== 'silent') logFile = join(dataDir.path, LOG_FILE);
    }
    const level = config.LOG_LEVEL === 'info' && name !== 'serve' && !logFile ? 'warn' : config.LOG_LEVEL;
    const logger = createLogger(level, logFile ? { file: logFile } : {});
    const command = await (COMMANDS[name] as () => Promise<Command>)();
    return await command({ ...io, argv: rest, config, logger });
  } catch (err) {
    return report(name, err, dbFile, io.err);
  }
}

/** Maps an error to a message on stderr and an exit code: 2 for bad usage or configuration, 1 otherwise. */
function report(name: string, err: unknown, dbFile: string, stderr: NodeJS.WritableStream): number {
  const say = (text: string, code: number) => {
    stderr.write(`${text}\n`);
    return code;
  };
  if (err instanceof UsageError) return say(`permabot ${name}: ${err.message}`, EXIT.usage);
  if (err instanceof PermabotError) {
    const bad = err.code === 'config_invalid' || err.code === 'knowledge_empty';
    const hint =
      err.code === 'knowledge_empty'
        ? ' (give --knowledge DIR or set PERMABOT_KNOWLEDGE_DIR to a folder of .md, .txt or .html files)'
        : '';
    return say(`permabot: ${err.message}${hint}`, bad ? EXIT.usage : EXIT.failed);
  }
  const code = String((err as { code?: unknown })?.code ?? '');
  if (code.startsWith('ERR_PARSE_ARGS')) return say(`permabot ${name}: ${(err as Error).message}`, EXIT.usage);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    return say(
      `permabot ${name}: ${dbFile} is not a permabot database (${code === 'SQLITE_NOTADB' ? 'file is not a database' : 'it is damaged'}). Move it aside (permabot then starts a new one) or set PERMABOT_DATA_DIR to another folder.`,
      EXIT.usage,
    );
  return say(`permabot ${name} failed: ${err instanceof Error ? err.message : String(err)}`, EXIT.failed);
}
