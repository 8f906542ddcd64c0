/** Where conversation turns live, so a restart does not forget an open thread. */
import type { Turn } from './context.js';

/** Conversation memory port (SQLite in production, memory in tests). */
export interface ConversationStore {
  /** The remembered turns of a conversation, oldest first. */
  load(key: string): Promise<Turn[]>;
  /** Appends a turn, keeping at most `keep` per conversation. */
  append(key: string, turn: Turn, keep: number): Promise<void>;
}

/** In-memory conversation store (tests, library use). */
export class MemoryConversationStore implements ConversationStore {
  private readonly turns = new Map<string, Turn[]>();

  async load(key: string): Promise<Turn[]> {
    return [...(this.turns.get(key) ?? [])];
  }

  async append(key: string, turn: Turn, keep: number): Promise<void> {
    const list = keep > 0 ? [...(this.turns.get(key) ?? []), turn].slice(-keep) : [];
    this.turns.set(key, list);
    if (this.turns.size > 10_000) {
      const oldest = this.turns.keys().next().value;
      if (oldest !== undefined) this.turns.delete(oldest);
    }
  }
}
