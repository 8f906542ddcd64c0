/** The CLI contract end to end: a real process, real files, real index, JSON lines on stdout. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

/** Raw, messy web articles shipped with the tests (the cleaning runs on them as on any --knowledge folder). */
const RAW = join(ROOT, 'test/fixtures/raw-articles');
const dataDir = mkdtempSync(join(tmpdir(), 'permabot-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const permabot = (args: string[], input?: string) => runCli(dataDir, args, input);

describe('permabot ask --json --stdin', () => {
  it('prints one JSON answer per input line (plain text or {id, question}), nothing else', () => {
    const input = [
      '{"id":"q1","question":"How long does a microdermal take to heal?"}',
      '',
      'Recommend me a good pizza place',
      '{"id":"q3","question":"My piercing is hot and oozing, is it infected?"}',
    ].join('\n');
    const r = permabot(['ask', '--json', '--stdin', '--knowledge', RAW], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    const [heal, pizza, infected] = lines.map((l) => JSON.parse(l));
    expect(heal).toMatchObject({
      id: 'q1',
      question: 'How long does a microdermal take to heal?',
      deferred: false,
      inScope: true,
      mode: 'local',
    });
    expect(heal.text).toMatch(/6-8 weeks/);
    expect(heal.citations[0].source).toMatch(/000_anchors-and-chains-faq\.txt$/);
    expect(typeof heal.latencyMs).toBe('number');
    expect(pizza).toMatchObject({ id: '3', inScope: false, citations: [] });
    expect(infected).toMatchObject({ id: 'q3', deferred: true, flagged: true });
    for (const key of [
      'text',
      'citations',
      'deferred',
      'urgent',
      'flagged',
      'reasons',
      'inScope',
      'topic',
      'confidence',
      'mode',
    ]) {
      expect(heal).toHaveProperty(key);
    }
  });

  it('answers a single question given as arguments, in plain text', () => {
    const r = permabot(['ask', '--knowledge', RAW, 'how long for a dermal punch to heal']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/12 weeks/);
    expect(r.stdout).toMatch(/Sources:/);
  });

  it('explains bad usage and bad configuration with exit code 2', () => {
    expect(permabot(['ask']).status).toBe(2);
    const bad = spawnSync(process.execPath, [join(ROOT, 'bin/permabot.mjs'), 'ask', 'hi'], {
      encoding: 'utf8',
      env: { ...process.env, REVIEW_MODE: 'sometimes', PERMABOT_FROM_SOURCE: '1', PERMABOT_ENV_FILE: '' },
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/REVIEW_MODE/);
    expect(permabot(['frobnicate']).stderr).toMatch(/Unknown command/);
  });

  it('reads .env from the working directory, and the environment wins over the file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'permabot-envfile-'));
    writeFileSync(join(cwd, '.env'), 'REVIEW_MODE=sometimes\nMAX_QUESTION_CHARS=abc\n');
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/permabot.mjs'), 'ask', 'hi'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PERMABOT_FROM_SOURCE: '1', PERMABOT_ENV_FILE: '.env', ...env },
      });
    const fromFile = run({});
    expect(fromFile.status).toBe(2);
    expect(fromFile.stderr).toMatch(/REVIEW_MODE/);
    expect(fromFile.stderr).toMatch(/MAX_QUESTION_CHARS/);
    const overridden = run({ REVIEW_MODE: 'post' });
    expect(overridden.stderr).not.toMatch(/REVIEW_MODE/);
    expect(overridden.stderr).toMatch(/MAX_QUESTION_CHARS/);
    rmSync(cwd, { recursive: true, force: true });
  });

  it('reports a missing knowledge folder clearly, as bad usage', () => {
    const r = permabot(['ask', '--knowledge', join(dataDir, 'nope'), 'does it hurt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/knowledge folder not found/);
  });
});

describe('scripted conversations', () => {
  it('keeps context per "conversation" field on stdin, and never across conversations', () => {
    const input = [
      { id: '1', conversation: 'a', question: "I'm getting a microdermal next week" },
      { id: '2', conversation: 'b', question: 'my dermal is oozing pus' },
      { id: '3', conversation: 'a', question: 'how long till it heals?' },
      { id: '4', conversation: 'b', question: 'how do i clean it?' },
      { id: '5', conversation: 'c', question: 'how do i clean it?' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = permabot(['ask', '--json', '--stdin'], input);
    expect(r.status).toBe(0);
    const byId = Object.fromEntries(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => [JSON.parse(l).id, JSON.parse(l)]),
    );
    expect(byId['3'].text).toMatch(/6-8 weeks/);
    expect(byId['3'].context).toMatchObject({ kind: 'microdermal' });
    expect(byId['4'].deferred).toBe(true);
    expect(byId['5'].deferred).toBe(false);
  });

  it('scores multi-turn eval cases', () => {
    const r = permabot(['eval', '--json', '--questions', join(ROOT, 'test/eval/conversations.jsonl')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pass: 5, total: 5 });
  });
});
