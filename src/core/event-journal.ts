/** The event journal's retention and its in-memory implementation (no database: tests, library use). */
import type { EventJournal, JournaledEvent, NewJournaledEvent } from './ports.js';
import type { Answer } from './types.js';

/** How long an event id is remembered. Slack retries an event for up to about an hour; a day leaves a wide margin. */
export const EVENT_JOURNAL_TTL_MS = 24 * 60 * 60 * 1000;

/** Options of a journal. */
export interface EventJournalOptions {
  /** Default `EVENT_JOURNAL_TTL_MS`. */
  ttlMs?: number;
  /** The clock (epoch ms); default `Date.now`. */
  now?: () => number;
}

interface Entry {
  event: JournaledEvent | null;
  receivedAt: number;
}

/** Remembers event ids in this process only (at most `capacity`, each for the TTL): duplicates, not restarts. */
export class MemoryEventJournal implements EventJournal {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    opts: EventJournalOptions = {},
    private readonly capacity = 10_000,
  ) {
    this.ttlMs = opts.ttlMs ?? EVENT_JOURNAL_TTL_MS;
    this.now = opts.now ?? Date.now;
  }

  async record(event: NewJournaledEvent): Promise<boolean> {
    this.expire();
    if (this.entries.has(event.id)) return false;
    const receivedAt = this.now();
    this.entries.set(event.id, { event: { ...event, meta: { ...event.meta }, receivedAt }, receivedAt });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return true;
  }

  async saveAnswer(id: string, answer: Answer): Promise<void> {
    const entry = this.entries.get(id);
    if (entry?.event) entry.event = { ...entry.event, answer: structuredClone(answer) };
  }

  async finish(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (entry) entry.event = null;
  }

  async unfinished(): Promise<JournaledEvent[]> {
    const cutoff = this.now() - this.ttlMs;
    return [...this.entries.values()].flatMap((e) =>
      e.event && e.receivedAt >= cutoff ? [structuredClone(e.event)] : [],
    );
  }

  async purge(): Promise<number> {
    return this.expire();
  }

  /** Entries are in insertion order, so the expired ones are at the front. */
  private expire(): number {
    const cutoff = this.now() - this.ttlMs;
    let removed = 0;
    for (const [id, entry] of this.entries) {
      if (entry.receivedAt >= cutoff) break;
      this.entries.delete(id);
      removed++;
    }
    return removed;
  }
}
