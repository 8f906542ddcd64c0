/** The `permabot` command line: parses config once, dispatches to a command, maps errors to exit codes. */
import { loadConfig } from '../../src/app/config.js';
import { createLogger } from '../../src/app/logger.js';
import { PermabotError } from '../../src/core/errors.js';
import { type CliContext, EXIT, UsageError } from './context.js';

const USAGE = `Usage: permabot <command> [options]

  ingest [--knowledge DIR] [--index DIR] [--force]   (re)build the index
  ask [--json] [--stdin] [--knowledge DIR] [QUESTION] answer questions
  chat                                               interactive terminal conversation
  eval [--questions FILE] [--knowledge DIR] [--json] score answers against a question file
  review list|show|approve|correct|reject|stats|purge  moderator queue
  discord register [--guild ID] | discord invite     Discord set-up
  serve                                              start every configured adapter (npm start)
`;

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

/** Runs the CLI with injectable streams; returns the exit code. */
export async function main(argv: string[], io: Omit<CliContext, 'argv' | 'config' | 'logger'>): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    (name ? io.out : io.err).write(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err.write(`Unknown command "${name}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const config = loadConfig(io.env);
    const logger = createLogger(config.LOG_LEVEL === 'info' && name !== 'serve' ? 'warn' : config.LOG_LEVEL);
    const command = await load();
    return await command({ ...io, argv: rest, config, logger });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`permabot ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    if (err instanceof PermabotError) {
      io.err.write(`permabot: ${err.message}\n`);
      return err.code === 'config_invalid' ? EXIT.usage : EXIT.failed;
    }
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      io.err.write(`permabot ${name}: ${err.message}\n`);
      return EXIT.usage;
    }
    io.err.write(`permabot ${name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.failed;
  }
}
