/** Review statistics computed with SQL aggregates (call inside a read transaction for a consistent snapshot). */
import type Database from 'better-sqlite3';
import type { ReviewStats, StatsOptions } from '../../core/review/store.js';
import { countBy, emptyStats, finishStats } from './store-shared.js';

const COUNTS = {
  status: 'SELECT status AS k, count(*) AS n FROM review_items GROUP BY status',
  reason: 'SELECT j.value AS k, count(*) AS n FROM review_items, json_each(review_items.reasons) j GROUP BY j.value',
  topic: `SELECT coalesce(i.topic, 'none') AS k, count(*) AS n
    FROM review_items r JOIN interactions i ON i.id = r.answer_id GROUP BY k`,
  feedback: 'SELECT kind AS k, count(*) AS n FROM feedback GROUP BY kind',
};

const UNANSWERED = `SELECT question, created_at AS createdAt FROM interactions
  WHERE EXISTS (SELECT 1 FROM json_each(interactions.reasons) WHERE value = 'no-knowledge')
  ORDER BY id DESC LIMIT ?`;

/** Counts by status, reason, topic and feedback kind, plus approval rate and knowledge gaps. */
export function sqliteStats(db: Database.Database, opts: StatsOptions): ReviewStats {
  const stats = emptyStats();
  const count = (sql: string) => db.prepare(sql).all() as { k: string; n: number }[];
  stats.interactions = (db.prepare('SELECT count(*) AS n FROM interactions').get() as { n: number }).n;
  for (const r of count(COUNTS.status)) stats.reviews[r.k as keyof ReviewStats['reviews']] = r.n;
  for (const r of count(COUNTS.reason)) countBy(stats.byReason, r.k, r.n);
  for (const r of count(COUNTS.topic)) countBy(stats.byTopic, r.k, r.n);
  for (const r of count(COUNTS.feedback)) stats.feedback[r.k as keyof ReviewStats['feedback']] = r.n;
  const unanswered = db.prepare(UNANSWERED).all(opts.gapScan ?? 5000) as { question: string; createdAt: string }[];
  return finishStats(stats, unanswered, opts);
}
