/** The LLM composer port (implementation in src/providers/openai-composer.ts). */
import type { RetrievalResult } from '../retrieve/hybrid-retriever.js';
import type { Composition } from './local-composer.js';

/** Result of an LLM composition: accepted, or rejected with the reason (the assistant falls back to local). */
export type LlmResult = { ok: true; composition: Composition } | { ok: false; why: string };

/** Writes a grounded answer from the retrieved chunks. */
export interface ComposeLlm {
  compose(question: string, retrieval: RetrievalResult, local: Composition): Promise<LlmResult>;
}
