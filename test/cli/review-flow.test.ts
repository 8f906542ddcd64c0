/** The moderator loop end to end through the CLI: real processes, real SQLite in a temp PERMABOT_DATA_DIR. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-review-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const permabot = (...args: string[]) => runCli(dataDir, args);

describe('review queue through the CLI', () => {
  it('queues a medical answer, lets a moderator correct an answer, and reuses the correction', () => {
    const medical = permabot('ask', '--json', 'my dermal is oozing pus, is it infected?').json();
    expect(medical.deferred).toBe(true);
    expect(medical.reviewId).toMatch(/^r\d+$/);

    const pending = permabot('review', 'list', '--json').json() as { id: string; reasons: string[]; status: string }[];
    const item = pending.find((p) => p.id === medical.reviewId);
    expect(item).toMatchObject({ status: 'pending' });
    expect(item?.reasons).toContain('medical');

    const gap = permabot('ask', '--json', 'can i go through airport security with a welded anklet').json();
    expect(gap.reasons).toContain('no-knowledge');
    const corrected = permabot(
      'review',
      'correct',
      gap.reviewId,
      '--text',
      'Airport scanners are not a problem for a thin welded anklet; ask the studio if unsure.',
      '--by',
      'mod-ana',
    );
    expect(corrected.status).toBe(0);

    const again = permabot('ask', '--json', 'Can I go through airport security with a welded anklet?').json();
    expect(again.text).toBe('Airport scanners are not a problem for a thin welded anklet; ask the studio if unsure.');
    expect(again.citations[0].title).toBe('Studio-reviewed answer');

    const twice = permabot('review', 'approve', gap.reviewId, '--by', 'mod-bo');
    expect(twice.status).toBe(1);
    expect(twice.stderr + twice.stdout).toMatch(/mod-ana/);
  });

  it('still sends red flags to care now, whatever was curated', () => {
    const urgent = permabot('ask', '--json', 'fever and red streaks up my arm after my microdermal').json();
    expect(urgent).toMatchObject({ urgent: true, deferred: true, flagged: true });
  });

  it('lists unanswered questions as knowledge gaps in the stats', () => {
    permabot('ask', '--json', 'can i wear my permanent bracelet through airport security');
    permabot('ask', '--json', 'can i wear my permanent bracelet through airport security?');
    const stats = permabot('review', 'stats', '--json').json();
    expect(stats.byReason.medical).toBeGreaterThanOrEqual(1);
    expect(
      stats.gaps.some((g: { question: string; count: number }) => /airport/i.test(g.question) && g.count >= 2),
    ).toBe(true);
  });
});
