/**
 * Decisions made by another process (`permabot review approve rN` while `serve` runs) reach this process's
 * listeners: the store is polled for items decided after a cursor, skipped cheaply when nobody else wrote
 * (SQLite `data_version`). Decisions made here are emitted at once and not again.
 */
import type { Logger } from '../logger.js';
import { parseId } from './ids.js';
import type { DecisionCursor, ReviewStore } from './store.js';
import type { ReviewItem } from './types.js';

/** How often a running service looks for decisions made by other processes. */
export const DECISION_POLL_MS = 1000;

/** Polls while started; `emit` gets each decision made elsewhere once. */
export class DecisionFollower {
  private timer: NodeJS.Timeout | null = null;
  private cursor: DecisionCursor = { at: '', n: 0 };
  private readonly local = new Set<string>();
  private polling = false;

  constructor(
    private readonly store: ReviewStore,
    private readonly emit: (item: ReviewItem) => void,
    private readonly log: Logger,
    private readonly intervalMs = DECISION_POLL_MS,
  ) {}

  /** Starts following from now (earlier decisions are not replayed). No-op for stores one process owns. */
  start(now = new Date()): void {
    if (this.timer || !this.store.decidedSince) return;
    this.cursor = { at: now.toISOString(), n: 0 };
    this.store.changed?.();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** A decision this process made and already emitted. */
  decidedHere(reviewId: string): void {
    this.local.add(reviewId);
    if (this.local.size > 1000) this.local.delete(this.local.values().next().value as string);
  }

  /** One poll (exposed for tests); never throws. */
  async poll(): Promise<void> {
    if (this.polling || !this.store.decidedSince) return;
    if (this.store.changed && !this.store.changed()) return;
    this.polling = true;
    try {
      for (;;) {
        const items = await this.store.decidedSince(this.cursor, 100);
        for (const item of items) {
          this.cursor = { at: item.decidedAt ?? this.cursor.at, n: parseId('review', item.id) ?? this.cursor.n };
          if (this.local.delete(item.id)) continue;
          this.log.info({ reviewId: item.id, status: item.status }, 'decision from another process');
          this.emit(item);
        }
        if (items.length < 100) break;
      }
    } catch (err) {
      this.log.warn({ err: err instanceof Error ? err.message : String(err) }, 'following decisions failed');
    } finally {
      this.polling = false;
    }
  }
}
