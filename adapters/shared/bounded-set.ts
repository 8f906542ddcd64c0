/** A set that forgets its oldest keys beyond a capacity (seen event ids, answered threads). */
export class BoundedSet {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** Adds the key; returns false when it was already present (a duplicate). Refreshes its recency. */
  add(key: string): boolean {
    const fresh = !this.keys.delete(key);
    this.keys.add(key);
    if (this.keys.size > this.capacity) {
      const oldest = this.keys.values().next().value;
      if (oldest !== undefined) this.keys.delete(oldest);
    }
    return fresh;
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  get size(): number {
    return this.keys.size;
  }
}

/** A map that forgets its oldest entries beyond a capacity (review cards by review id). */
export class BoundedMap<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get(key: string): V | undefined {
    return this.entries.get(key);
  }
}
