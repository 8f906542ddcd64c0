/** A real assistant over the real knowledge base with in-memory stores, for integration tests. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config.js';
import { createApp, type PermabotApp } from '../../src/app/create-app.js';
import { MemoryConversationStore } from '../../src/core/conversation/store.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Incoming } from '../../src/core/types.js';
import { MemoryReviewStore } from '../../src/providers/review/memory-review-store.js';

export const KNOWLEDGE = join(import.meta.dirname, '../../knowledge');

/** Builds the app on the curated knowledge with memory stores and a private index cache. */
export async function makeApp(env: Record<string, string> = {}, knowledgeDir = KNOWLEDGE): Promise<PermabotApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'permabot-assistant-'));
  const config = loadConfig({ PERMABOT_DATA_DIR: dataDir, ...env });
  return createApp(config, {
    logger: silentLogger,
    knowledgeDir,
    store: new MemoryReviewStore(),
    conversations: new MemoryConversationStore(),
  });
}

/** Builds the app on the curated knowledge plus one studio file (`name`, `text`), as a studio adds its own. */
export async function makeStudioApp(name: string, text: string): Promise<PermabotApp> {
  const dir = mkdtempSync(join(tmpdir(), 'permabot-studio-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  writeFileSync(join(dir, name), text);
  return makeApp({}, dir);
}

/** An incoming terminal question. */
export const q = (text: string, conversationKey?: string, over: Partial<Incoming> = {}): Incoming => ({
  text,
  platform: 'cli',
  userId: 'tester',
  channelRef: 'cli:test',
  isPublic: false,
  ...(conversationKey ? { conversationKey } : {}),
  ...over,
});

/** Asks the turns of one conversation in order and returns the answer to the last. */
export async function askThread(app: PermabotApp, key: string, ...turns: string[]) {
  let last = await app.assistant.ask(q(turns[0] ?? '', key));
  for (const t of turns.slice(1)) last = await app.assistant.ask(q(t, key));
  return last;
}
