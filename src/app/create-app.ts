/** Composition root: config → providers → Assistant + review service. Adapters and the CLI start here. */
import { join, resolve } from 'node:path';
import { Assistant } from '../core/assistant.js';
import type { ConversationStore } from '../core/conversation/store.js';
import { MemoryEventJournal } from '../core/event-journal.js';
import type { Logger } from '../core/logger.js';
import type { EventJournal } from '../core/ports.js';
import { ReviewService } from '../core/review/review-service.js';
import type { ReviewStore } from '../core/review/store.js';
import { statedContacts } from '../core/safety/sanitize.js';
import { LocalEmbeddings } from '../providers/embeddings/local-embeddings.js';
import { createOpenAiComposer } from '../providers/openai-composer.js';
import { reviewDbPath, SqliteReviewStore } from '../providers/review/sqlite-review-store.js';
import { SqliteConversationStore } from '../providers/sqlite-conversation-store.js';
import { SqliteEventJournal } from '../providers/sqlite-event-journal.js';
import type { Config } from './config.js';
import { type IndexStats, type KnowledgeIndex, loadOrBuildIndex } from './knowledge-index.js';

/** Everything a running permabot holds. */
export interface PermabotApp {
  assistant: Assistant;
  review: ReviewService;
  store: ReviewStore;
  /** The Slack adapter's event journal (exactly-once answers across restarts). */
  eventJournal: EventJournal;
  index: KnowledgeIndex;
  indexStats: IndexStats;
  embeddings: LocalEmbeddings;
  config: Config;
  /** Closes the stores (idempotent). */
  close(): Promise<void>;
}

/** Options for building the app. */
export interface CreateAppOptions {
  logger: Logger;
  /** Overrides PERMABOT_KNOWLEDGE_DIR (the `--knowledge DIR` flag). */
  knowledgeDir?: string;
  /** Overrides `<PERMABOT_DATA_DIR>/index` (the `--index DIR` flag). */
  indexRoot?: string;
  /** Injected stores (tests); default SQLite in PERMABOT_DATA_DIR. */
  store?: ReviewStore;
  conversations?: ConversationStore;
  /** Default: SQLite beside the review store; in memory when the review store is injected. */
  eventJournal?: EventJournal;
  onProgress?: (done: number, total: number) => void;
  forceRebuild?: boolean;
}

/** The review service over a store, as configured (also what `permabot review` opens, without the index). */
export function reviewServiceFor(
  config: Config,
  store: ReviewStore,
  embeddings: LocalEmbeddings,
  logger: Logger,
): ReviewService {
  return new ReviewService({
    store,
    embeddings,
    mode: config.REVIEW_MODE,
    curatedThreshold: config.CURATED_SIMILARITY,
    redactPii: config.REDACT_PII,
    logger,
  });
}

/** Loads embeddings, the index and the stores, and builds the assistant (local or LLM mode by config). */
export async function createApp(config: Config, opts: CreateAppOptions): Promise<PermabotApp> {
  const embeddings = LocalEmbeddings.load();
  const dataDir = resolve(config.PERMABOT_DATA_DIR);
  const { index, stats } = await loadOrBuildIndex({
    knowledgeDir: resolve(opts.knowledgeDir ?? config.PERMABOT_KNOWLEDGE_DIR),
    indexRoot: resolve(opts.indexRoot ?? join(dataDir, 'index')),
    embeddings,
    force: opts.forceRebuild ?? false,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const store = opts.store ?? SqliteReviewStore.open(dataDir);
  // Every table of permabot.db stores user text the same way, REDACT_PII included.
  const redactPii = config.REDACT_PII;
  const sqliteConversations = opts.conversations
    ? null
    : new SqliteConversationStore(reviewDbPath(dataDir), { redactPii });
  const conversations = opts.conversations ?? (sqliteConversations as ConversationStore);
  const sqliteJournal =
    opts.eventJournal || opts.store ? null : new SqliteEventJournal(reviewDbPath(dataDir), { redactPii });
  const eventJournal = opts.eventJournal ?? sqliteJournal ?? new MemoryEventJournal();
  const review = reviewServiceFor(config, store, embeddings, opts.logger);
  const llm = config.llm ? createOpenAiComposer(config, opts.logger) : undefined;
  const assistant = new Assistant({
    retriever: index.retriever,
    contacts: statedContacts(index.chunks.map((c) => c.text).join('\n')),
    logger: opts.logger,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    ledger: review,
    conversations,
    contextLimits: { maxTurns: config.CONVERSATION_MAX_TURNS, maxAgeMs: config.CONVERSATION_MAX_AGE_MIN * 60_000 },
    ...(llm ? { llm } : {}),
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    sqliteConversations?.close();
    sqliteJournal?.close();
    await store.close();
  };
  return { assistant, review, store, eventJournal, index, indexStats: stats, embeddings, config, close };
}
