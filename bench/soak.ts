/**
 * Soak: 10,000 questions through one assistant (real index, real SQLite store) in one process.
 * Reports errors, RSS after warm-up vs at the end, and checks every answer was recorded.
 * Run: `node --expose-gc --import tsx bench/soak.ts [count]`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../src/app/config.js';
import { createApp } from '../src/app/create-app.js';
import { silentLogger } from '../src/core/logger.js';

const ROOT = resolve(import.meta.dirname, '..');
const total = Number(process.argv[2] ?? 10_000);
const warmup = Math.min(1000, Math.floor(total / 10));
const questions = ['test/eval/questions.jsonl', 'test/eval/paraphrases.jsonl'].flatMap((f) =>
  readFileSync(join(ROOT, f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question),
);
const dataDir = mkdtempSync(join(tmpdir(), 'permabot-soak-'));
const app = await createApp(loadConfig({ PERMABOT_DATA_DIR: dataDir }), {
  logger: silentLogger,
  knowledgeDir: join(ROOT, 'knowledge'),
});
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = () => process.memoryUsage().rss / 2 ** 20;
let errors = 0;
let rssWarm = 0;
const t0 = performance.now();
for (let i = 0; i < total; i++) {
  if (i === warmup) {
    gc();
    rssWarm = mb();
  }
  const text = `${questions[i % questions.length]}${i % 7 === 0 ? ` (${i})` : ''}`;
  try {
    const a = await app.assistant.ask({
      text,
      platform: 'cli',
      userId: `u${i % 50}`,
      channelRef: 'soak',
      conversationKey: `soak:${i % 200}`,
      isPublic: i % 2 === 0,
    });
    if (!a.answerId) errors++;
  } catch {
    errors++;
  }
}
gc();
const rssEnd = mb();
const stored = (await app.store.stats()).interactions;
await app.close();
rmSync(dataDir, { recursive: true, force: true });
const result = {
  questions: total,
  errors,
  stored,
  seconds: +((performance.now() - t0) / 1000).toFixed(1),
  rssAfterWarmupMb: +rssWarm.toFixed(1),
  rssEndMb: +rssEnd.toFixed(1),
  rssGrowthPct: +(((rssEnd - rssWarm) / rssWarm) * 100).toFixed(1),
};
console.log(JSON.stringify(result));
process.exitCode = errors === 0 && stored === total && result.rssGrowthPct < 10 ? 0 : 1;
