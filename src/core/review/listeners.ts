/** A listener set whose listeners cannot break the emitter: throws and rejected promises are caught and logged. */
import type { Logger } from '../logger.js';

/** Typed listener list with isolation of failures. */
export class SafeListeners<T> {
  private readonly listeners = new Set<(value: T) => void>();

  constructor(
    private readonly event: string,
    private readonly log: Logger,
  ) {}

  /** How many listeners are subscribed. */
  get size(): number {
    return this.listeners.size;
  }

  /** Adds a listener; returns the function that removes it. */
  add(listener: (value: T) => void): () => void {
    const wrapped = (value: T) => listener(value);
    this.listeners.add(wrapped);
    return () => {
      this.listeners.delete(wrapped);
    };
  }

  /** Calls every listener in order; one failing (sync or async) never stops the others or the caller. */
  emit(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        const result: unknown = listener(value);
        if (result instanceof Promise) result.catch((err: unknown) => this.fail(err));
      } catch (err) {
        this.fail(err);
      }
    }
  }

  private fail(err: unknown): void {
    this.log.error(
      { event: this.event, err: err instanceof Error ? err.message : String(err) },
      'review listener failed',
    );
  }
}
