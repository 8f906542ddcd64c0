import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../src/core/conversation/store.js';
import { SqliteConversationStore } from '../../src/providers/sqlite-conversation-store.js';

const dir = mkdtempSync(join(tmpdir(), 'permabot-conv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const turn = (text: string, at: number) => ({ text, kind: 'microdermal' as const, topic: null, at });

describe('conversation stores', () => {
  it('SQLite keeps an open thread across a restart, newest turns only', async () => {
    const file = join(dir, 'permabot.db');
    const first = new SqliteConversationStore(file);
    for (let i = 0; i < 5; i++) await first.append('thread-1', turn(`q${i}`, i), 3);
    await first.append('thread-2', turn('other', 9), 3);
    first.close();
    const reopened = new SqliteConversationStore(file);
    expect((await reopened.load('thread-1')).map((t) => t.text)).toEqual(['q2', 'q3', 'q4']);
    expect((await reopened.load('thread-2')).map((t) => t.text)).toEqual(['other']);
    expect(await reopened.load('nope')).toEqual([]);
    reopened.close();
  });

  it.each([
    ['memory', () => new MemoryConversationStore()],
    ['sqlite', () => new SqliteConversationStore(join(dir, `${Math.random()}.db`))],
  ])('%s keeps nothing when asked to keep 0 turns', async (_name, make) => {
    const store = make();
    await store.append('k', turn('q', 1), 0);
    expect(await store.load('k')).toEqual([]);
  });
});
