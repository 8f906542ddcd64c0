/** `review list` as a newcomer reads it: a header row, pages of --limit from --offset, and how many more there are. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-review-list-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const permabot = (...args: string[]) => runCli(dataDir, args);

beforeAll(() => {
  const questions = ['my dermal is oozing pus', 'my wrist is swollen under the chain', 'my microdermal is red and hot'];
  expect(runCli(dataDir, ['ask', '--stdin', '--json'], questions.join('\n')).status).toBe(0);
});

describe('permabot review list', () => {
  it('starts with a header row, also when piped', () => {
    const lines = permabot('review', 'list').stdout.trim().split('\n');
    expect(lines[0]?.split('\t')).toEqual(['ID', 'STATUS', 'CREATED', 'REASONS', 'TOPIC', 'HELD', 'QUESTION']);
    expect(lines).toHaveLength(4);
  });

  it('pages with --limit and --offset, and says how many more there are and how to see them', () => {
    const first = permabot('review', 'list', '--limit', '2');
    expect(first.status).toBe(0);
    const ids = first.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t')[0]);
    expect(ids).toEqual(['r3', 'r2']);
    expect(first.stderr).toContain('… 1 more: permabot review list --offset 2 --limit 2');

    const second = permabot('review', 'list', '--limit', '2', '--offset', '2');
    expect(
      second.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t')[0]),
    ).toEqual(['r1']);
    expect(second.stderr).toBe('');
    expect(
      permabot('review', 'list', '--offset', '2', '--json')
        .json()
        .map((i: { id: string }) => i.id),
    ).toEqual(['r1']);
  });

  it('refuses a malformed --offset', () => {
    const r = permabot('review', 'list', '--offset', 'ten');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--offset must be a whole number ≥ 0');
  });
});
