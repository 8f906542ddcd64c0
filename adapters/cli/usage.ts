/** Every usage text of the command line, in one place, so `--help` answers without loading or starting anything. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOP_USAGE = `Usage: permabot <command> [options]      (permabot <command> --help for details)

  ask [--json] [--stdin] [--knowledge DIR] [QUESTION]    answer questions
  chat                                                   interactive terminal conversation
  serve                                                  start every configured adapter (npm start); none: chat
  ingest [--knowledge DIR] [--index DIR] [--force] [--json]  (re)build the index
  eval [--questions FILE|DIR]... [--knowledge DIR] [--json] [--verbose]
                                                         score answers against question sets
  review list [--status S] [--limit N] [--offset N] [--json]   the moderator queue
  review show|approve|correct|reject ID, review retire CURATED_ID, review pull ANSWER_ID
  review stats [--json], review purge --older-than DAYS
  discord invite | discord register [--guild ID]         Discord set-up
  --version                                              print the version

Exit codes: 0 ok, 1 the command ran but failed, 2 bad usage or configuration.
`;

/** Usage of each command, and of each subcommand as "command sub". */
export const USAGE: Record<string, string> = {
  ask: `Usage: permabot ask [--json] [--stdin] [--knowledge DIR] QUESTION

  Answers one question (the words after the options), or one per line with --stdin.
  --json            one JSON object per answer on stdout: the Answer fields plus id, question, latencyMs
  --stdin           read questions from stdin: plain text or {"id","question","conversation"} per line
  --knowledge DIR   answer from another folder of .md/.txt/.html files (indexed on first use)
`,
  chat: `Usage: permabot chat [--knowledge DIR]

  Interactive terminal conversation; keeps context for follow-ups. Type "exit" to quit.
  --knowledge DIR   answer from another folder of .md/.txt/.html files (indexed on first use)
  Logs go to <PERMABOT_DATA_DIR>/permabot.log (warnings and errors also on the terminal).
`,
  serve: `Usage: permabot serve      (= npm start)

  Starts every chat adapter whose credentials are configured (DISCORD_TOKEN, SLACK_BOT_TOKEN);
  with none, opens the terminal chat. METRICS_PORT adds /healthz, /readyz and /metrics.
  SIGINT/SIGTERM stop new questions, let those in flight finish and close the store.
`,
  ingest: `Usage: permabot ingest [--knowledge DIR] [--index DIR] [--force] [--json]

  (Re)builds the index of a knowledge folder; incremental by content hash.
  --knowledge DIR   the folder to index (default PERMABOT_KNOWLEDGE_DIR, knowledge)
  --index DIR       where index caches live (default <PERMABOT_DATA_DIR>/index)
  --force           rebuild even when the cache is up to date
  --json            print the build statistics as JSON
`,
  eval: `Usage: permabot eval [--questions FILE|DIR]... [--knowledge DIR] [--json] [--verbose]

  Scores answers against question sets (JSONL). Runs on a throwaway in-memory store:
  nothing enters the moderator queue or data/permabot.db.
  --questions FILE|DIR  a .jsonl file or a folder of them; may be given more than once
                        (default test/eval/questions.jsonl)
  --knowledge DIR       answer from another knowledge folder
  --json                print the summary as one JSON object (byKind, byStyle, failures…)
  --verbose             print each failing answer's text
`,
  review: `Usage: permabot review <command> [options]      (permabot review <command> --help)

  list [--status pending|approved|corrected|rejected|all] [--limit N] [--offset N] [--json]
  show ID [--json]                       a review item (rN) or a curated answer (cN)
  approve ID [--by NAME] [--note TEXT]
  correct ID --text TEXT [--by NAME] [--note TEXT]
  reject ID [--by NAME] [--note TEXT]
  retire CURATED_ID [--by NAME]          stop serving a curated answer
  pull ANSWER_ID [--by NAME]             put any answer into the queue
  stats [--json]                         counts, approval rate, knowledge gaps
  purge --older-than DAYS [--by NAME]    delete old interactions (pending items are kept)
`,
  'review list': `Usage: permabot review list [--status pending|approved|corrected|rejected|all] [--limit N] [--offset N] [--json]

  Lists review items, newest first (default: pending, 50 at a time). --offset N skips the first N.
`,
  'review show':
    'Usage: permabot review show ID [--json]\n\n  Shows a review item (rN) with its answer and sources, or a curated answer (cN).\n',
  'review approve':
    'Usage: permabot review approve ID [--by NAME] [--note TEXT]\n\n  Approves the answer as it was; it becomes a curated answer for the same question.\n',
  'review correct':
    'Usage: permabot review correct ID --text TEXT [--by NAME] [--note TEXT]\n\n  Replaces the answer with TEXT; the correction is served for the same question later.\n',
  'review reject':
    'Usage: permabot review reject ID [--by NAME] [--note TEXT]\n\n  Rejects the answer (nothing is curated).\n',
  'review retire': 'Usage: permabot review retire CURATED_ID [--by NAME]\n\n  Stops serving a curated answer (cN).\n',
  'review pull':
    'Usage: permabot review pull ANSWER_ID [--by NAME]\n\n  Puts any stored answer (aN) into the review queue.\n',
  'review stats':
    'Usage: permabot review stats [--json]\n\n  Counts by status, reason and topic, approval rate, and the knowledge gaps.\n',
  'review purge':
    'Usage: permabot review purge --older-than DAYS [--by NAME]\n\n  Deletes interactions, decided items, feedback, conversation turns and Slack event records older than DAYS\n  (pending items are kept).\n',
  discord: `Usage: permabot discord invite | permabot discord register [--guild ID]

  invite     print the invite URL (needs DISCORD_APPLICATION_ID)
  register   register /ask globally, or in one server with --guild ID (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID)
`,
  'discord invite':
    'Usage: permabot discord invite\n\n  Prints the invite URL with the scopes and permissions permabot needs (needs DISCORD_APPLICATION_ID).\n',
  'discord register':
    'Usage: permabot discord register [--guild ID]\n\n  Registers /ask globally (up to an hour to appear) or in one server, available at once\n  (needs DISCORD_TOKEN and DISCORD_APPLICATION_ID).\n',
};

/** Subcommands of the commands that have them. */
export const SUBCOMMANDS: Record<string, string[]> = {
  review: ['list', 'show', 'approve', 'correct', 'reject', 'retire', 'pull', 'stats', 'purge'],
  discord: ['invite', 'register'],
};

/** The package version (from package.json, beside the sources or the compiled output). */
export function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}
