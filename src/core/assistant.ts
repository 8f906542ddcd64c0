/**
 * The assistant: guard → triage → (curated | retrieve → compose) → safety check → record.
 * Every adapter calls `ask()`; expected outcomes are fields of the Answer, never exceptions.
 */
import { makeAnswer } from './answer.js';
import type { ComposeLlm } from './compose/llm-composer.js';
import { type Composition, composeLocal } from './compose/local-composer.js';
import { offTopicText } from './compose/off-topic.js';
import {
  type ContextLimits,
  DEFAULT_LIMITS,
  type ResolvedContext,
  resolveContext,
  turnOf,
} from './conversation/context.js';
import type { ConversationStore } from './conversation/store.js';
import { asPermabotError } from './errors.js';
import { type Logger, silentLogger } from './logger.js';
import type { AnswerLedger, AssistantPort } from './ports.js';
import type { RetrievalResult } from './retrieve/hybrid-retriever.js';
import { detectInjection, neutralizeOutput, sanitizeInput, TEMPLATES, triage } from './safety/index.js';
import type { Answer, Incoming, Reason } from './types.js';

/** Anything that retrieves for a question (the hybrid retriever, or a fake). */
export interface Retrieve {
  retrieve(text: string, k?: number): Promise<RetrievalResult>;
}

/** Dependencies of the assistant. */
export interface AssistantDeps {
  retriever: Retrieve;
  ledger?: AnswerLedger;
  /** Present in LLM mode. */
  llm?: ComposeLlm;
  logger?: Logger;
  /** Input limit in characters (default 2000). */
  maxQuestionChars?: number;
  /** Below this confidence an answer is flagged 'low-confidence' (default 0.45). */
  lowConfidence?: number;
  /** Remembers earlier turns per conversation key (follow-up questions). */
  conversations?: ConversationStore;
  contextLimits?: ContextLimits;
  /** Clock (tests). */
  now?: () => number;
}

const LEVELS = { answer: 0, defer: 1, urgent: 2 } as const;

type Draft = Answer;
const base = makeAnswer;

/** The question-answering core every adapter talks to. */
export class Assistant implements AssistantPort {
  private readonly log: Logger;

  constructor(private readonly deps: AssistantDeps) {
    this.log = (deps.logger ?? silentLogger).child({ module: 'assistant' });
  }

  /** Answers one question. Never throws: internal failures become a short apology, logged and flagged. */
  async ask(incoming: Incoming): Promise<Answer> {
    const started = performance.now();
    let draft: Draft;
    try {
      draft = await this.answer(incoming);
    } catch (err) {
      const e = asPermabotError(err);
      this.log.error({ code: e.code, err: e.message }, 'answering failed');
      draft = base({
        text: 'Sorry — something went wrong on our side. Please try again in a moment.',
        flagged: true,
        reasons: ['low-confidence'],
      });
    }
    const answer: Answer = { ...draft, text: neutralizeOutput(draft.text) };
    const latencyMs = performance.now() - started;
    if (!this.deps.ledger) return answer;
    try {
      const rec = await this.deps.ledger.record(incoming, answer, latencyMs);
      answer.answerId = rec.answerId;
      if (rec.reviewId) answer.reviewId = rec.reviewId;
      if (rec.held) {
        answer.held = true;
        // Safety wording is never held: a deferral keeps "see a professional" now; only the rest waits.
        const notice = 'Thanks for your question — a moderator will review the answer and follow up here shortly.';
        answer.text = answer.deferred ? `${TEMPLATES.defer}\n\n${notice}` : notice;
      }
    } catch (err) {
      this.log.error({ err: asPermabotError(err, 'store_failed').message }, 'recording the answer failed');
    }
    return answer;
  }

  private async answer(incoming: Incoming): Promise<Draft> {
    const clean = sanitizeInput(incoming.text, { maxChars: this.deps.maxQuestionChars ?? 2000 });
    if (!clean.ok) return base({ text: clean.message, reasons: ['invalid-input'], rules: [`input:${clean.code}`] });
    const text = clean.text;
    const ctx = await this.context(incoming, text);
    const verdict = this.triageWithHistory(text, ctx, incoming.attachments ?? 0);
    const rules = [...verdict.rules];
    const draft = await this.route(text, ctx, verdict.level, rules);
    return { ...draft, context: { kind: ctx.kind, topic: draft.topic ?? ctx.topic } };
  }

  /** Loads the conversation, resolves follow-ups, remembers this turn. */
  private async context(incoming: Incoming, text: string): Promise<ResolvedContext> {
    const store = this.deps.conversations;
    const key = incoming.conversationKey;
    const now = (this.deps.now ?? Date.now)();
    const limits = this.deps.contextLimits ?? DEFAULT_LIMITS;
    const turns = store && key ? await store.load(key) : [];
    const ctx = resolveContext(text, turns, now, limits);
    if (store && key) await store.append(key, turnOf(text, ctx, now), limits.maxTurns);
    return ctx;
  }

  /** Triage of the new message and of the conversation: a symptom mentioned earlier still counts. */
  private triageWithHistory(text: string, ctx: ResolvedContext, attachments: number) {
    const now = triage(text, { attachments, history: ctx.history });
    let level = now.level;
    const rules = [...now.rules];
    for (const earlier of ctx.history) {
      const past = triage(earlier);
      if (LEVELS[past.level] > LEVELS[level]) {
        level = past.level;
        rules.push(...past.rules.map((r) => `earlier-turn:${r}`));
      }
    }
    return { level, rules };
  }

  private async route(
    text: string,
    ctx: ResolvedContext,
    level: 'answer' | 'defer' | 'urgent',
    rules: string[],
  ): Promise<Draft> {
    const verdict = { level };
    if (verdict.level === 'urgent') {
      return base({
        text: TEMPLATES.urgent,
        deferred: true,
        urgent: true,
        flagged: true,
        reasons: ['urgent', 'medical'],
        rules,
        confidence: 1,
      });
    }
    const injection = detectInjection(text);
    if (injection.injection && verdict.level === 'answer') {
      return base({
        text: TEMPLATES.injection,
        flagged: true,
        reasons: ['injection'],
        rules: [...rules, ...injection.rules],
        confidence: 1,
      });
    }
    if (verdict.level === 'answer' && this.deps.ledger) {
      const match = await this.deps.ledger.matchCurated(text);
      if (match) {
        const quote = match.curated.text.slice(0, 220);
        return base({
          text: match.curated.text,
          citations: [{ source: `curated:${match.curated.id}`, title: 'Studio-reviewed answer', quote }],
          reasons: ['curated'],
          confidence: match.similarity,
          rules,
        });
      }
    }
    const retrieval = await this.deps.retriever.retrieve(ctx.query);
    const local = composeLocal(retrieval);
    if (verdict.level === 'defer') return this.deferred(local, rules);
    if (!local.inScope) return base({ text: offTopicText(), inScope: false, topic: null, rules });
    const composed = await this.maybeLlm(text, retrieval, local);
    const reasons: Reason[] = [...composed.reasons];
    if (composed.c.noKnowledge) reasons.push('no-knowledge');
    else if (composed.c.confidence < (this.deps.lowConfidence ?? 0.45)) reasons.push('low-confidence');
    return base({
      text: composed.c.text,
      citations: composed.c.citations,
      flagged: reasons.length > 0,
      reasons,
      topic: composed.c.topic,
      confidence: composed.c.confidence,
      mode: composed.mode,
      rules,
    });
  }

  private deferred(local: Composition, rules: string[]): Draft {
    const general =
      local.inScope && !local.noKnowledge && local.text ? `\n\n${TEMPLATES.deferWithGeneral}\n${local.text}` : '';
    return base({
      text: `${TEMPLATES.defer}${general}`,
      citations: general ? local.citations : [],
      deferred: true,
      flagged: true,
      reasons: ['medical'],
      topic: local.topic,
      confidence: 1,
      rules,
    });
  }

  private async maybeLlm(question: string, retrieval: RetrievalResult, local: Composition) {
    if (!this.deps.llm || local.noKnowledge) return { c: local, mode: 'local' as const, reasons: [] as Reason[] };
    const result = await this.deps.llm.compose(question, retrieval, local);
    if (result.ok) return { c: result.composition, mode: 'llm' as const, reasons: [] as Reason[] };
    this.log.warn({ why: result.why }, 'llm answer rejected; local fallback');
    return { c: local, mode: 'local' as const, reasons: ['llm-fallback'] as Reason[] };
  }
}
