import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/providers/review/sqlite-migrations.js';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { interaction } from './fixtures/samples.js';
import { exited, onLines, spawnFixture } from './fixtures/spawn-tsx.js';

const root = mkdtempSync(join(tmpdir(), 'permabot-race-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  id: string;
  ok: boolean;
  code: string | null;
  by: string | null;
}

describe('SqliteReviewStore across processes', () => {
  it('lets exactly one of two processes decide each item; the other is told who decided', async () => {
    const dir = join(root, 'race');
    const setup = SqliteReviewStore.open(dir);
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) {
      const { item } = await setup.recordInteraction(interaction(`q${i}`, { reasons: ['medical'] }), {
        reasons: ['medical'],
        held: false,
      });
      ids.push(item?.id ?? '');
    }
    await setup.close();

    const names = ['alice', 'bob'];
    const outcomes = new Map<string, Outcome[]>(names.map((n) => [n, []]));
    const workers = names.map((name) => spawnFixture('./decide-worker.ts', [dir, name, ids.join(',')]));
    const ready = workers.map(
      (w, i) =>
        new Promise<void>((resolve) =>
          onLines(w, (line) => {
            if (line === 'ready') resolve();
            else outcomes.get(names[i] ?? '')?.push(JSON.parse(line) as Outcome);
          }),
        ),
    );
    await Promise.all(ready);
    const startAt = Date.now() + 100;
    for (const w of workers) w.stdin.end(`${startAt}\n`);
    const exits = await Promise.all(workers.map(exited));
    expect(exits.map((e) => e.code)).toEqual([0, 0]);

    const store = SqliteReviewStore.open(dir);
    try {
      const wins = { alice: 0, bob: 0 };
      for (const [k, id] of ids.entries()) {
        const a = outcomes.get('alice')?.[k];
        const b = outcomes.get('bob')?.[k];
        expect([a?.id, b?.id]).toEqual([id, id]);
        expect([a?.ok, b?.ok].filter(Boolean)).toHaveLength(1);
        const winner = a?.ok ? 'alice' : 'bob';
        const loser = a?.ok ? b : a;
        wins[winner]++;
        expect(loser).toMatchObject({ ok: false, code: 'already_decided', by: winner });
        expect(await store.getReview(id)).toMatchObject({
          status: 'approved',
          decidedBy: { name: winner },
          note: `by ${winner}`,
        });
      }
      expect(wins.alice + wins.bob).toBe(ids.length);
      expect(await store.listCurated()).toHaveLength(ids.length);
      expect((await store.listAudit({ limit: 1000 })).filter((e) => e.action === 'decide')).toHaveLength(ids.length);
      console.info(`race: alice won ${wins.alice}, bob won ${wins.bob} of ${ids.length}`);
    } finally {
      await store.close();
    }
  });

  it('lets two processes open a fresh data dir at the same time (each migration step runs once)', async () => {
    const dir = join(root, 'fresh');
    const workers = ['carol', 'dave'].map((name) => spawnFixture('./decide-worker.ts', [dir, name, 'r1']));
    const lines: string[] = [];
    await Promise.all(
      workers.map(
        (w) => new Promise<void>((resolve) => onLines(w, (l) => (l === 'ready' ? resolve() : lines.push(l)))),
      ),
    );
    for (const w of workers) w.stdin.end(`${Date.now()}\n`);
    expect((await Promise.all(workers.map(exited))).map((e) => e.code)).toEqual([0, 0]);
    expect(lines.map((l) => JSON.parse(l).code)).toEqual(['not_found', 'not_found']);
    const store = SqliteReviewStore.open(dir);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await store.close();
  });
});
