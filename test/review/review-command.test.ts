import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runReviewCommand } from '../../adapters/cli/review/review-command.js';
import { ReviewService } from '../../src/core/review/review-service.js';
import type { ReviewStore } from '../../src/core/review/store.js';
import type { Incoming } from '../../src/core/types.js';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { FakeEmbeddings } from '../fakes/fake-embeddings.js';
import { answer } from './fixtures/samples.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

const ask = (text: string): Incoming => ({
  text,
  platform: 'discord',
  userId: 'u',
  channelRef: 'discord:g:c:m',
  isPublic: true,
});

async function setup(store: ReviewStore = new MemoryReviewStore()) {
  const service = new ReviewService({ store, embeddings: new FakeEmbeddings(), mode: 'hold' });
  const medical = await service.record(
    ask('Is this redness infected?'),
    answer({
      flagged: true,
      deferred: true,
      reasons: ['medical'],
      topic: 'healing',
      text: 'Please see a professional.',
    }),
    5,
  );
  const gap = await service.record(
    ask('Do you sell gift cards?'),
    answer({ flagged: true, reasons: ['no-knowledge'], topic: null }),
    5,
  );
  await service.record(ask('do you sell gift cards'), answer({ reasons: ['no-knowledge'], topic: null }), 5);
  const plain = await service.record(ask('How long does a weld take?'), answer(), 5);
  const run = async (args: string, opts: { tty?: boolean; argv?: string[] } = {}) => {
    const out = new Sink();
    const err = new Sink();
    const code = await runReviewCommand(opts.argv ?? args.split(' ').filter(Boolean), {
      service,
      store,
      out,
      err,
      isTTY: opts.tty ?? false,
    });
    return { code, out: out.text, err: err.text };
  };
  return { service, run, medical: medical.reviewId ?? '', gap: gap.reviewId ?? '', plainAnswer: plain.answerId };
}

describe('permabot review (command)', () => {
  it('lists pending items as JSON, as tab-separated lines under a header row, and as an aligned table on a TTY', async () => {
    const { run, medical, gap } = await setup();
    const json = await run('list --json');
    expect(json.code).toBe(0);
    const items = JSON.parse(json.out) as { id: string; status: string; reasons: string[]; held: boolean }[];
    expect(items.map((i) => [i.id, i.status, i.reasons, i.held])).toEqual([
      [gap, 'pending', ['no-knowledge'], true],
      [medical, 'pending', ['medical'], true],
    ]);
    const plain = await run('list');
    expect(
      plain.out
        .trim()
        .split('\n')
        .map((l) => l.split('\t').slice(0, 2)),
    ).toEqual([
      ['ID', 'STATUS'],
      [gap, 'pending'],
      [medical, 'pending'],
    ]);
    expect(plain.out.split('\n')[1]?.split('\t')).toHaveLength(7);
    const tty = await run('list', { tty: true });
    const [header, first] = tty.out.split('\n');
    expect(header).toMatch(/^ID\s+STATUS\s+CREATED\s+REASONS\s+TOPIC\s+HELD\s+QUESTION$/);
    expect(first?.indexOf('pending')).toBe(header?.indexOf('STATUS'));
    expect((await run('list --status rejected', { tty: true })).out).toBe('No rejected review items.\n');
  });

  it('shows one item with its interaction, and rejects an unknown id with exit code 2', async () => {
    const { run, medical } = await setup();
    const json = await run(`show ${medical} --json`);
    expect(JSON.parse(json.out)).toMatchObject({
      id: medical,
      question: 'Is this redness infected?',
      interaction: { answer: { deferred: true } },
    });
    const text = await run(`show ${medical}`);
    expect(text.out).toContain('Reasons:');
    expect(text.out).toContain('Please see a professional.');
    const missing = await run('show r999');
    expect(missing).toEqual({ code: 2, out: '', err: 'permabot review: no review item "r999"\n' });
  });

  it('approves once, and tells a second moderator who decided and when (exit 1)', async () => {
    const { run, medical, service } = await setup();
    const ok = await run(`approve ${medical} --by Alice --note fine`);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(new RegExp(`^${medical} approved by Alice\\. Curated answer c\\d+`));
    const again = await run(`reject ${medical} --by Bob`);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(
      new RegExp(`${medical} was already approved by Alice \\(cli:local\\) at \\d{4}-\\d\\d-\\d\\dT`),
    );
    expect(await service.get(medical)).toMatchObject({
      status: 'approved',
      note: 'fine',
      decidedBy: { name: 'Alice' },
    });
  });

  it('corrects only with --text and then serves the corrected text as a curated answer', async () => {
    const { run, gap, service } = await setup();
    const missing = await run(`correct ${gap} --by Alice`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('needs --text');
    expect((await service.get(gap))?.status).toBe('pending');
    const done = await run('', { argv: ['correct', gap, '--text', 'Yes — ask at the front desk.', '--json'] });
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({
      ok: true,
      item: { status: 'corrected' },
      curated: { text: 'Yes — ask at the front desk.' },
    });
    expect((await service.matchCurated('Do you sell gift cards?'))?.curated.text).toBe('Yes — ask at the front desk.');
  });

  it('rejects with a note, retires a curated answer and pulls an answer into the queue', async () => {
    const { run, medical, gap, plainAnswer, service } = await setup();
    expect((await run('', { argv: ['reject', medical, '--note', 'wrong advice'] })).code).toBe(0);
    expect((await service.get(medical))?.note).toBe('wrong advice');
    const approved = JSON.parse((await run(`approve ${gap} --json`)).out) as { curated: { id: string } };
    const retire = await run(`retire ${approved.curated.id} --by Alice`);
    expect(retire).toMatchObject({ code: 0, out: expect.stringContaining('Retired curated answer') });
    expect(await service.matchCurated('Do you sell gift cards?')).toBeNull();
    expect((await run(`show ${approved.curated.id}`)).out).toContain('retired by Alice');
    const pulled = await run(`pull ${plainAnswer} --by Alice`);
    expect(pulled.out).toMatch(new RegExp(`^Queued ${plainAnswer} as r\\d+\\.`));
    expect((await run('retire c999')).code).toBe(2);
  });

  it('prints stats with knowledge gaps as JSON and as a readable report', async () => {
    const { run, medical } = await setup();
    await run(`reject ${medical}`);
    const stats = JSON.parse((await run('stats --json')).out) as {
      approvalRate: number;
      byReason: object;
      gaps: { question: string; count: number }[];
    };
    expect(stats.approvalRate).toBe(0);
    expect(stats.byReason).toEqual({ medical: 1, 'no-knowledge': 1 });
    expect(stats.gaps[0]).toMatchObject({ count: 2 });
    expect(stats.gaps[0]?.question.toLowerCase()).toContain('gift cards');
    const tty = await run('stats', { tty: true });
    expect(tty.out).toContain('Knowledge gaps');
    expect(tty.out).toMatch(/Approval rate: 0%/);
    expect((await run('stats')).out).toContain('gap\t2\t');
  });

  it('purges with --older-than DAYS and refuses a missing or malformed value', async () => {
    const { run } = await setup();
    expect(await run('purge --older-than 30 --json')).toEqual({
      code: 0,
      out: '{"interactions":0,"reviews":0,"feedback":0,"conversationTurns":0,"slackEvents":0}\n',
      err: '',
    });
    expect((await run('purge')).code).toBe(2);
    const bad = await run('purge --older-than soon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--older-than must be a whole number');
  });

  it('answers bad usage with a message and exit code 2, and a store failure with exit code 1, never a stack trace', async () => {
    const { run } = await setup();
    for (const args of [
      '',
      'frobnicate',
      'list --status maybe',
      'list --colour',
      'approve',
      'approve r1 r2',
      'stats extra',
    ]) {
      const r = await run(args);
      expect(r.code, args).toBe(2);
      expect(r.err, args).toMatch(/^(permabot review: |Usage)/);
      expect(r.err, args).not.toMatch(/\n\s+at /);
    }
    expect((await run('help')).code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'permabot-cli-'));
    try {
      const store = SqliteReviewStore.open(dir);
      const broken = await setup(store);
      await store.close();
      const r = await broken.run('list');
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^permabot review: .*database/i);
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
