/** `chat` takes --knowledge like `ask`, and an unknown flag is bad usage (exit 2), as for every command. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-chat-knowledge-'));
const knowledge = mkdtempSync(join(tmpdir(), 'permabot-chat-studio-'));
cpSync(join(ROOT, 'knowledge'), knowledge, { recursive: true });
cpSync(join(ROOT, 'examples/studio/studio-example.md'), join(knowledge, 'studio-example.md'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(knowledge, { recursive: true, force: true });
});

describe('chat options', () => {
  it('answers from the folder --knowledge names', () => {
    const r = runCli(dataDir, ['chat', '--knowledge', knowledge], 'how much is a permanent bracelet\nexit\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\$60/);
  }, 120_000);
  it('refuses an unknown flag with exit code 2', () => {
    const r = runCli(dataDir, ['chat', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--bogus/);
  });
});
