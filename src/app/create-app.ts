/** Composition root: config → providers → Assistant. Adapters and the CLI start here. */
import { join, resolve } from 'node:path';
import { Assistant } from '../core/assistant.js';
import type { Logger } from '../core/logger.js';
import type { AnswerLedger } from '../core/ports.js';
import { LocalEmbeddings } from '../providers/embeddings/local-embeddings.js';
import { createOpenAiComposer } from '../providers/openai-composer.js';
import type { Config } from './config.js';
import { type IndexStats, type KnowledgeIndex, loadOrBuildIndex } from './knowledge-index.js';

/** Everything a running permabot holds. */
export interface PermabotApp {
  assistant: Assistant;
  index: KnowledgeIndex;
  indexStats: IndexStats;
  embeddings: LocalEmbeddings;
  config: Config;
}

/** Options for building the app. */
export interface CreateAppOptions {
  logger: Logger;
  /** Overrides PERMABOT_KNOWLEDGE_DIR (the `--knowledge DIR` flag). */
  knowledgeDir?: string;
  /** Overrides `<PERMABOT_DATA_DIR>/index` (the `--index DIR` flag). */
  indexRoot?: string;
  ledger?: AnswerLedger;
  onProgress?: (done: number, total: number) => void;
  forceRebuild?: boolean;
}

/** Loads embeddings and the index and builds the assistant (local or LLM mode by config). */
export async function createApp(config: Config, opts: CreateAppOptions): Promise<PermabotApp> {
  const embeddings = LocalEmbeddings.load();
  const knowledgeDir = resolve(opts.knowledgeDir ?? config.PERMABOT_KNOWLEDGE_DIR);
  const { index, stats } = await loadOrBuildIndex({
    knowledgeDir,
    indexRoot: resolve(opts.indexRoot ?? join(config.PERMABOT_DATA_DIR, 'index')),
    embeddings,
    force: opts.forceRebuild ?? false,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  const llm = config.llm ? createOpenAiComposer(config, opts.logger) : undefined;
  const assistant = new Assistant({
    retriever: index.retriever,
    logger: opts.logger,
    maxQuestionChars: config.MAX_QUESTION_CHARS,
    ...(opts.ledger ? { ledger: opts.ledger } : {}),
    ...(llm ? { llm } : {}),
  });
  return { assistant, index, indexStats: stats, embeddings, config };
}
