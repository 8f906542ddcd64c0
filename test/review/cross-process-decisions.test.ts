/**
 * A decision from a second process reaches the running service: the real ReviewService on a real SQLite store in
 * hold mode, the shared card sync the adapters use, and `permabot review approve` spawned as another process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BoundedMap } from '../../adapters/shared/bounded-set.js';
import { syncReviewCards } from '../../adapters/shared/review-cards.js';
import { silentLogger } from '../../src/core/logger.js';
import { ReviewService } from '../../src/core/review/review-service.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { runCli } from '../cli/run-cli.js';
import { FakeEmbeddings } from '../fakes/fake-embeddings.js';
import { answer } from './fixtures/samples.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-xproc-'));
const store = SqliteReviewStore.open(dataDir);
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(check: () => T | undefined, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('decisions across processes', () => {
  it('releases a held answer and updates its card when another process approves it', async () => {
    const service = new ReviewService({ store, embeddings: new FakeEmbeddings(), mode: 'hold' });
    const posted: string[] = [];
    const updated: ReviewItem[] = [];
    const released: ReviewItem[] = [];
    const off = syncReviewCards(service, new BoundedMap<string>(100), silentLogger, {
      post: async (item) => {
        posted.push(item.id);
        return `card-${item.id}`;
      },
      update: async (_ref, item) => updated.push(item),
      release: async (item) => {
        released.push(item);
        return true;
      },
    });
    const incoming = {
      text: 'is titanium safe for me?',
      platform: 'slack' as const,
      userId: 'U1',
      channelRef: 'slack:T:C1:1',
      isPublic: true,
    };
    const rec = await service.record(incoming, answer({ flagged: true, reasons: ['medical'], deferred: true }), 1);
    expect(rec.held).toBe(true);
    await until(() => (posted.length ? true : undefined));

    const cli = runCli(dataDir, ['review', 'approve', rec.reviewId ?? '', '--by', 'ana']);
    expect(cli.status).toBe(0);
    const item = await until(() => released[0]);
    expect(item).toMatchObject({ id: rec.reviewId, status: 'approved', held: true });
    expect(item.decidedBy?.name).toBe('ana');
    await until(() => updated[0]);
    expect(updated).toHaveLength(1);

    // Its own decisions are not emitted twice, and a later poll finds nothing new.
    const second = await service.record(incoming, answer({ flagged: true, reasons: ['medical'] }), 1);
    await service.decide(second.reviewId ?? '', 'rejected', { platform: 'slack', id: 'UMOD', name: 'mod' });
    runCli(dataDir, ['review', 'list']);
    await service.pollDecisions();
    await new Promise((r) => setTimeout(r, 1200));
    expect(released.map((r) => r.id)).toEqual([rec.reviewId, second.reviewId]);
    off();
  }, 60_000);
});
