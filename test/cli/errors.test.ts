/** Bad usage and configuration as a newcomer meets them: a message naming the file, folder or variable, and exit 2. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'permabot-errors-'));
chmodSync(root, 0o755); // the read-only test runs as another user, who must reach the folder
afterAll(() => {
  chmodSync(join(root, 'readonly'), 0o755);
  rmSync(root, { recursive: true, force: true });
});
const RAW = /ENOENT|ENOTDIR|EACCES|SqliteError|at .*\.ts:\d+/;

describe('the data folder', () => {
  it('names a data "folder" that is a file', () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = runCli(file, ['ask', 'does it hurt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`PERMABOT_DATA_DIR is a file, not a folder: ${file}`);
    const below = runCli(join(file, 'data'), ['ask', 'does it hurt']);
    expect(below.status).toBe(2);
    expect(below.stderr).toContain('a part of the path is a file');
    expect(r.stderr + below.stderr).not.toMatch(RAW);
  });

  it('fails at once, without hanging, for a data folder under /proc', () => {
    const r = runCli('/proc/permabot-data', ['ask', 'does it hurt']);
    expect(r.error).toBeUndefined(); // not killed by the spawn timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot create the data folder /proc/permabot-data');
    const proc = runCli('/proc', ['ask', 'does it hurt']);
    expect(proc.status).toBe(2);
    expect(proc.stderr).toContain('the data folder /proc is not writable');
  });

  it('names a corrupt database and says what to do', () => {
    const dir = mkdtempSync(join(root, 'corrupt-'));
    writeFileSync(join(dir, 'permabot.db'), 'this is not sqlite, just text '.repeat(200));
    for (const args of [
      ['review', 'list'],
      ['ask', 'does it hurt'],
    ]) {
      const r = runCli(dir, args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${join(dir, 'permabot.db')} is not a permabot database (file is not a database)`);
      expect(r.stderr).toMatch(/Move it aside .* or set PERMABOT_DATA_DIR/);
    }
  });

  it('still lists, shows and counts the queue from a read-only data folder, and refuses changes clearly', () => {
    const dir = join(root, 'readonly');
    const asked = runCli(dir, ['ask', '--json', 'my dermal is oozing pus']).json();
    expect(asked.reviewId).toMatch(/^r\d+$/);
    chmodSync(dir, 0o555);
    // root ignores permissions: run as nobody then, so the folder really is read-only to the process
    const as = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const list = runCli(dir, ['review', 'list'], undefined, as);
    expect(list.stderr).toBe('');
    expect(list.status).toBe(0);
    expect(list.stdout).toContain(asked.reviewId);
    expect(runCli(dir, ['review', 'show', asked.reviewId], undefined, as).status).toBe(0);
    expect(runCli(dir, ['review', 'stats', '--json'], undefined, as).json().reviews.pending).toBe(1);
    const approve = runCli(dir, ['review', 'approve', asked.reviewId], undefined, as);
    expect(approve.status).toBe(2);
    expect(approve.stderr).toContain(`the data folder ${dir} is not writable, and review approve changes permabot.db`);
    const ask = runCli(dir, ['ask', 'does it hurt'], undefined, as);
    expect(ask.status).toBe(2);
    expect(ask.stderr).toContain(`the data folder ${dir} is not writable`);
    expect(list.stderr + approve.stderr + ask.stderr).not.toMatch(RAW);
  });
});

describe('files, folders and variables', () => {
  const dataDir = mkdtempSync(join(root, 'data-'));

  it('names a missing knowledge folder with exit 2', () => {
    const missing = join(root, 'no-such-knowledge');
    for (const r of [
      runCli(dataDir, ['ask', '--knowledge', missing, 'does it hurt']),
      runCli(dataDir, ['ingest', '--knowledge', missing]),
      runCli(dataDir, ['ask', 'does it hurt'], undefined, { env: { PERMABOT_KNOWLEDGE_DIR: missing } }),
    ]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`knowledge folder not found: ${missing}`);
      expect(r.stderr).toContain('PERMABOT_KNOWLEDGE_DIR');
      expect(r.stderr).not.toMatch(RAW);
    }
  });

  it('names a numeric variable with junk in it, in plain words', () => {
    const r = runCli(dataDir, ['ask', 'hi'], undefined, { env: { MAX_QUESTION_CHARS: 'lots', METRICS_PORT: 'http' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('MAX_QUESTION_CHARS: must be a whole number from 50 to 20000');
    expect(r.stderr).toContain('METRICS_PORT: must be a whole number from 0 to 65535');
    expect(r.stderr).not.toMatch(/expected number|NaN/);
  });

  it('refuses a Slack variable without SLACK_BOT_TOKEN instead of silently opening the terminal chat', () => {
    for (const name of ['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) {
      const r = runCli(dataDir, ['serve'], '', { env: { [name]: 'set-by-mistake', SLACK_BOT_TOKEN: '' } });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${name}: set, but SLACK_BOT_TOKEN is not`);
      expect(r.stdout).not.toMatch(/you>/);
    }
  });
});
