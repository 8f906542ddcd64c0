import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteReviewStore } from '../../src/providers/review/sqlite-review-store.js';
import { exited, onLines, spawnFixture } from './fixtures/spawn-tsx.js';

const root = mkdtempSync(join(tmpdir(), 'permabot-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged `atLeast` writes, then SIGKILLs it; returns the acknowledged lines. */
async function writeAndKill(dir: string, atLeast: number): Promise<string[]> {
  const child = spawnFixture('./crash-writer.ts', [dir]);
  const acked: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  onLines(child, (line) => {
    acked.push(line);
    if (acked.length === atLeast) child.kill('SIGKILL');
  });
  const { signal } = await exited(child);
  expect(stderr).toBe('');
  expect(signal).toBe('SIGKILL');
  return acked;
}

describe('SqliteReviewStore crash safety', () => {
  it('keeps every acknowledged write after SIGKILL mid-stream, and the file passes integrity_check', async () => {
    const dir = join(root, 'crash');
    const acked = [...(await writeAndKill(dir, 400)), ...(await writeAndKill(dir, 300))];
    const store = SqliteReviewStore.open(dir);
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      let interactions = 0;
      let decisions = 0;
      for (const line of acked) {
        const [kind, id, extra] = line.split(' ');
        if (kind === 'I') {
          interactions++;
          expect(await store.getInteraction(id ?? ''), line).not.toBeNull();
          expect((await store.getReview(extra ?? ''))?.answerId, line).toBe(id);
        } else {
          decisions++;
          expect((await store.getReview(id ?? ''))?.status, line).toBe(extra);
        }
      }
      expect(interactions).toBeGreaterThan(300);
      expect(decisions).toBeGreaterThan(100);
      const stats = await store.stats();
      expect(stats.interactions).toBeGreaterThanOrEqual(interactions);
      expect((await store.listCurated()).length).toBeGreaterThanOrEqual(decisions);
    } finally {
      await store.close();
    }
  });
});
