/**
 * The terminal chat on a real pseudo-terminal (util-linux `script`): `serve` with no chat credentials opens it,
 * the conversation shows no log line, and the logs go to <data dir>/permabot.log instead.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
const dataDir = mkdtempSync(join(tmpdir(), 'permabot-pty-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `permabot <args>` under `script` (a pty for stdin, stdout and stderr); types each line once the prompt shows. */
function onTerminal(args: string[], lines: string[]): Promise<string> {
  const command = [process.execPath, join(ROOT, 'bin/permabot.mjs'), ...args].map((a) => `'${a}'`).join(' ');
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    env: {
      ...process.env,
      PERMABOT_DATA_DIR: dataDir,
      PERMABOT_FROM_SOURCE: '1',
      PERMABOT_ENV_FILE: '',
      OPENAI_API_KEY: '',
      OPENAI_BASE_URL: '',
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
      LOG_LEVEL: 'info',
      TERM: 'dumb',
    },
  });
  let screen = '';
  let prompts = 0;
  const todo = [...lines];
  child.stdout.on('data', (d: Buffer) => {
    screen += d.toString();
    const seen = screen.split('you> ').length - 1;
    while (prompts < seen) {
      prompts++;
      const next = todo.shift();
      if (next !== undefined) child.stdin.write(`${next}\r`);
    }
  });
  const timer = setTimeout(() => child.kill(), 45_000);
  return new Promise((resolve) =>
    child.on('close', () => {
      clearTimeout(timer);
      resolve(screen);
    }),
  );
}

describe.skipIf(!hasScript)('the terminal chat on a pseudo-terminal', () => {
  it('shows the answers and no log line; the log lines are in the data folder', async () => {
    const screen = await onTerminal(['serve'], ['does a welded bracelet hurt?', 'my dermal is oozing pus', 'exit']);
    expect(screen).toContain('permabot> ');
    expect(screen).toMatch(/painless|not hurt|does not hurt/i);
    expect(screen).toMatch(/deferred to a professional/);
    // Pretty pino lines look like "[12:00:00.000] INFO (permabot/123): …"; JSON ones carry "level".
    expect(screen).not.toMatch(/\b(INFO|WARN|DEBUG)\b|"level"|question answered|answer recorded|terminal chat/);
    const log = join(dataDir, 'permabot.log');
    expect(existsSync(log)).toBe(true);
    const entries = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; outcome?: string });
    expect(entries.filter((e) => e.msg === 'question answered').map((e) => e.outcome)).toEqual([
      'answered',
      'deferred',
    ]);
  });
});
