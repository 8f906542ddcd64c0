/** Help, version and unknown names: every command answers --help without starting anything; unknown ones exit 2. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.js';
import { ROOT, runCli } from './run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-help-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const permabot = (...args: string[]) => runCli(dataDir, args);

/** The same entry point in process, for the long list of subcommands (each one spawned would cost a second). */
async function inProcess(argv: string[]) {
  let out = '';
  let err = '';
  const sink = (write: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        write(String(chunk));
        done();
      },
    });
  const code = await main(argv, {
    env: { PERMABOT_DATA_DIR: dataDir },
    stdin: process.stdin,
    out: sink((s) => {
      out += s;
    }),
    err: sink((s) => {
      err += s;
    }),
  });
  return { code, out, err };
}

const SUBCOMMANDS = [
  'ask',
  'chat',
  'serve',
  'ingest',
  'eval',
  'review',
  'review list',
  'review show',
  'review approve',
  'review correct',
  'review reject',
  'review retire',
  'review pull',
  'review stats',
  'review purge',
  'discord',
  'discord invite',
  'discord register',
];

describe('permabot --help and --version', () => {
  it('prints the version from package.json', () => {
    const r = permabot('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`permabot ${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}`);
  });

  it('lists every command in the top-level help, including review retire/pull and eval --verbose', () => {
    const r = permabot('--help');
    expect(r.status).toBe(0);
    for (const word of [
      'ask',
      'chat',
      'serve',
      'ingest',
      'eval',
      'review',
      'retire',
      'pull',
      'discord',
      '--verbose',
      '--version',
    ])
      expect(r.stdout).toContain(word);
    expect(permabot().status).toBe(2); // no command at all: usage on stderr
  });

  it('answers serve --help and chat --help with their usage and starts nothing', () => {
    for (const name of ['serve', 'chat']) {
      const r = permabot(name, '--help');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: permabot ${name}`));
      expect(r.stdout).not.toMatch(/you>|passages indexed/);
    }
    expect(readdirSync(dataDir)).toEqual([]); // nothing was indexed or stored
  });

  it.each(SUBCOMMANDS)('answers "%s --help" with its own usage and exit 0', async (command) => {
    const r = await inProcess([...command.split(' '), '--help']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(new RegExp(`^Usage: permabot ${command}`));
  });

  it('also answers "help COMMAND" and "review help"', async () => {
    expect((await inProcess(['help', 'review', 'retire'])).out).toMatch(/^Usage: permabot review retire/);
    expect((await inProcess(['review', 'help'])).out).toMatch(/^Usage: permabot review <command>/);
  });
});

describe('unknown commands', () => {
  it('says so with exit 2, for commands and subcommands', () => {
    const top = permabot('frobnicate');
    expect(top.status).toBe(2);
    expect(top.stderr).toMatch(/^Unknown command "frobnicate"/);
    const review = permabot('review', 'frob');
    expect(review.status).toBe(2);
    expect(review.stderr).toMatch(/^Unknown review command "frob"/);
    expect(review.stderr).not.toMatch(/exactly one ID/);
  });

  it('does the same in process for discord and for help topics', async () => {
    expect(await inProcess(['discord', 'frob'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Unknown discord command "frob"/),
    });
    expect(await inProcess(['help', 'frob'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^Unknown command "frob"/),
    });
    expect(await inProcess(['review', '--json', 'frob'])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/unknown command "frob"/),
    });
  });
});
