/**
 * The assistant: guard → understand → triage → (curated | retrieve → decide → compose) → output check → record.
 * Every adapter calls `ask()`; expected outcomes are fields of the Answer, never exceptions.
 */
import { makeAnswer } from './answer.js';
import { answerParts } from './compose/answer-parts.js';
import type { ComposeLlm } from './compose/llm-composer.js';
import type { Composition } from './compose/local-composer.js';
import { offTopicText } from './compose/off-topic.js';
import { inScope } from './compose/scope.js';
import {
  type ContextLimits,
  DEFAULT_LIMITS,
  type MedicalMemory,
  type ResolvedContext,
  resolveContext,
  turnOf,
} from './conversation/context.js';
import type { ConversationStore } from './conversation/store.js';
import { asPermabotError } from './errors.js';
import { type Logger, silentLogger } from './logger.js';
import type { AnswerLedger, AssistantPort } from './ports.js';
import type { RetrievalResult } from './retrieve/hybrid-retriever.js';
import { checkOutput, detectInjection, neutralizeOutput, sanitizeInput, TEMPLATES, triage } from './safety/index.js';
import { EMERGENCY_RULES } from './safety/rules.js';
import { deferText, familyOf, OTHER_LANGUAGE, RESET_TEXT, SMALL_TALK, urgentText } from './safety/templates.js';
import type { TriageLevel } from './safety/triage.js';
import type { Answer, Incoming, JewelryKind, Reason, Topic } from './types.js';
import { askedAgain, type Lexicon, STUDIO_THREAD_TURNS, type Understanding, understand } from './understand/index.js';

/** Anything that retrieves for a question (the hybrid retriever, or a fake). */
export interface Retrieve {
  retrieve(text: string, k?: number): Promise<RetrievalResult>;
  /** The guidance vocabulary plus English, for typo correction in the understanding stage. */
  lexicon?: Lexicon;
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
  /** The e-mail addresses and web addresses the knowledge states (a studio's own): the only ones an answer may show. */
  contacts?: ReadonlySet<string>;
}

const LEVELS = { answer: 0, defer: 1, urgent: 2 } as const;
/** An over-long message is triaged up to this many characters (the longest Slack message), plus its end. */
const LONG_TRIAGE_MAX_CHARS = 40_000;
/** Consecutive triage windows of an over-long message overlap by this many characters. */
const LONG_TRIAGE_OVERLAP = 300;
/** A message needs this many characters before its language is judged (short ones are often names or slang). */
const MIN_CHARS_FOR_LANGUAGE = 12;

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
    const answer: Answer = { ...draft, text: neutralizeOutput(draft.text, this.deps.contacts) };
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
        answer.text = answer.deferred ? `${answer.text.split('\n\n')[0]}\n\n${notice}` : notice;
      }
    } catch (err) {
      this.log.error({ err: asPermabotError(err, 'store_failed').message }, 'recording the answer failed');
    }
    return answer;
  }

  /** Whether English or the guidance knows a word: a word it does not know may be a misspelt symptom. */
  private readonly knows = (word: string) => this.deps.retriever.lexicon?.knows(word) ?? true;

  private async answer(incoming: Incoming): Promise<Draft> {
    const maxChars = this.deps.maxQuestionChars ?? 2000;
    const clean = sanitizeInput(incoming.text, { maxChars });
    if (!clean.ok) {
      // Urgent triage reads an over-long message before it is refused.
      if (clean.code === 'too-long' && typeof incoming.text === 'string') {
        const verdict = this.triageLong(incoming.text, maxChars * 4);
        if (verdict.level === 'urgent')
          return this.urgent(understand(incoming.text.slice(0, maxChars)).kinds, verdict.rules);
        if (verdict.level === 'defer')
          return {
            ...this.deferredDraft(null, verdict.rules, [], true),
            text: `${deferText('unknown', false)}\n\n${clean.message}`,
          };
      }
      return base({ text: clean.message, reasons: ['invalid-input'], rules: [`input:${clean.code}`] });
    }
    const lexicon = this.deps.retriever.lexicon;
    const typed = understand(clean.text, lexicon);
    const { ctx, previous, remember } = await this.context(incoming, typed);
    // "what about in gold filled" after a studio price question asks that price again.
    const u =
      typed.newTopic || typed.reset
        ? typed
        : askedAgain(typed, () => ctx.history.slice(-STUDIO_THREAD_TURNS).map((h) => understand(h, lexicon)));
    // A relayed question ("what do I tell someone who asks if …") is triaged without its frame: the frame's "I" is not the body in question.
    const verdict = this.triageWithHistory(
      u.framed ? u.question : clean.text,
      ctx,
      incoming.attachments ?? 0,
      u.framed && u.about === 'client',
    );
    const draft = await this.route(u, ctx, verdict.level, verdict.rules, previous === null);
    await remember(verdict.level === 'answer' ? null : { level: verdict.level, kind: ctx.kind });
    return { ...draft, context: { kind: ctx.kind, topic: draft.topic ?? ctx.topic } };
  }

  /**
   * Triage of an over-long message, window by window (each `window` characters, overlapping so a sentence on a
   * boundary is read whole), up to the longest message a chat platform sends (Slack: 40,000 characters) and its
   * last window beyond that: a red flag at the end of a long story is still read.
   */
  private triageLong(text: string, window: number): ReturnType<typeof triage> {
    const starts: number[] = [];
    const step = Math.max(1, window - LONG_TRIAGE_OVERLAP);
    for (let i = 0; i < Math.min(text.length, LONG_TRIAGE_MAX_CHARS); i += step) starts.push(i);
    if (text.length > LONG_TRIAGE_MAX_CHARS) starts.push(text.length - window);
    const verdicts = starts.map((i) => triage(text.slice(i, i + window), { knows: this.knows }));
    return (
      verdicts.find((v) => v.level === 'urgent') ??
      verdicts.find((v) => v.level === 'defer') ?? { level: 'answer', rules: [] }
    );
  }

  /** Loads the conversation and resolves follow-ups; `remember` stores this turn with the conversation's medical memory. */
  private async context(incoming: Incoming, u: Understanding) {
    const store = this.deps.conversations;
    const key = incoming.conversationKey;
    const now = (this.deps.now ?? Date.now)();
    const limits = this.deps.contextLimits ?? DEFAULT_LIMITS;
    const turns = store && key ? await store.load(key) : [];
    const ctx = resolveContext(u.question, turns, now, limits, u);
    const previous: MedicalMemory | null = u.reset || u.newTopic ? null : (turns.at(-1)?.medical ?? null);
    const remember = async (medical: MedicalMemory | null) => {
      if (!store || !key) return;
      const level = medical?.level ?? 'answer';
      await store.append(key, turnOf(u.raw, ctx, now, { level, reset: u.reset, previous }), limits.maxTurns);
    };
    return { ctx, previous, remember };
  }

  /** Triage of the message, of the message joined to the turn before it, and the conversation's remembered verdict. */
  private triageWithHistory(text: string, ctx: ResolvedContext, attachments: number, relayed = false) {
    const now = triage(text, { attachments, knows: this.knows, relayed });
    let level: TriageLevel = now.level;
    const rules = [...now.rules];
    const last = ctx.history.at(-1);
    if (last) {
      const joined = triage(`${last} ${text}`, { knows: this.knows });
      if (joined.level === 'urgent' && level !== 'urgent') {
        level = 'urgent';
        rules.push(...joined.rules.map((r) => `cross-turn:${r}`));
      }
    }
    if (ctx.medical && LEVELS[ctx.medical.level] > LEVELS[level]) {
      level = ctx.medical.level;
      rules.push(`earlier-turn:${ctx.medical.level}`);
    }
    return { level, rules };
  }

  private urgent(kinds: (JewelryKind | null)[], rules: string[]): Draft {
    // "cross-turn:urgent:neuro" and "earlier-turn:…" name the rule after their prefix.
    const named = rules.map((r) => r.replace(/^(cross-turn|earlier-turn):/, ''));
    return base({
      text: urgentText(
        familyOf(kinds),
        named.some((r) => EMERGENCY_RULES.has(r)),
        named.includes('urgent:bleeding'),
      ),
      deferred: true,
      urgent: true,
      flagged: true,
      reasons: ['urgent', 'medical'],
      rules,
      confidence: 1,
    });
  }

  private async route(
    u: Understanding,
    ctx: ResolvedContext,
    level: TriageLevel,
    rules: string[],
    first: boolean,
  ): Promise<Draft> {
    if (level === 'urgent') return this.urgent([...u.kinds, ctx.kind], rules);
    if (u.language !== 'en' && u.raw.length >= MIN_CHARS_FOR_LANGUAGE)
      return base({
        text: OTHER_LANGUAGE,
        deferred: true,
        flagged: true,
        reasons: ['medical'],
        rules: [...rules, `language:${u.language}`],
        confidence: 1,
      });
    const injection = detectInjection(u.raw);
    if (injection.injection && level === 'answer') {
      return base({
        text: TEMPLATES.injection,
        flagged: true,
        reasons: ['injection'],
        rules: [...rules, ...injection.rules],
        confidence: 1,
      });
    }
    if (u.reset && level === 'answer')
      return base({ text: RESET_TEXT, rules: [...rules, 'conversation:reset'], confidence: 1 });
    if (u.smallTalk && level === 'answer')
      return base({
        text: SMALL_TALK[u.smallTalk],
        inScope: false,
        topic: null,
        rules: [...rules, `small-talk:${u.smallTalk}`],
        confidence: 1,
      });
    if (level === 'answer' && this.deps.ledger) {
      const match = await this.deps.ledger.matchCurated(u.raw);
      if (match && checkOutput(match.curated.text).ok) {
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
    const answered = await answerParts(this.deps.retriever, u, ctx);
    if (level === 'defer') return this.deferredDraft(answered.local, rules, [...u.kinds, ctx.kind], first, u.topics[0]);
    if (
      !inScope(
        u,
        answered.evidence,
        ctx.followUp,
        ctx.kind !== null,
        answered.gap,
        answered.typedEvidence,
        answered.unnamedThing,
      )
    )
      return base({
        text: offTopicText(u.domain === 'ambiguous' || answered.unnamedThing),
        inScope: false,
        topic: null,
        rules,
      });
    const composed = await this.maybeLlm(u.raw, answered.retrieval, answered.local);
    const reasons: Reason[] = [...composed.reasons];
    if (composed.c.noKnowledge) reasons.push('no-knowledge');
    else if (!composed.c.suggestions && composed.c.confidence < (this.deps.lowConfidence ?? 0.45))
      reasons.push('low-confidence');
    const topic: Topic | null = u.studio.length ? 'studio' : composed.c.topic;
    return base({
      text: composed.c.text,
      citations: composed.c.citations,
      flagged: reasons.length > 0,
      reasons,
      topic,
      confidence: composed.c.confidence,
      mode: composed.mode,
      rules,
      ...(composed.c.suggestions?.length ? { suggestions: composed.c.suggestions } : {}),
    });
  }

  private deferredDraft(
    local: Composition | null,
    rules: string[],
    kinds: (JewelryKind | null)[],
    first: boolean,
    topic?: Topic,
  ): Draft {
    const general =
      local?.inScope && !local.noKnowledge && !local.suggestions && local.text
        ? `\n\n${TEMPLATES.deferWithGeneral}\n${local.text}`
        : '';
    return base({
      text: `${deferText(familyOf(kinds), first)}${general}`,
      citations: general && local ? local.citations : [],
      deferred: true,
      flagged: true,
      reasons: ['medical'],
      topic: topic ?? local?.topic ?? 'risks',
      confidence: 1,
      rules,
    });
  }

  /** LLM mode sees every in-scope, non-deferred question (the local decision never keeps it from the model). */
  private async maybeLlm(question: string, retrieval: RetrievalResult, local: Composition) {
    if (!this.deps.llm || local.suggestions) return { c: local, mode: 'local' as const, reasons: [] as Reason[] };
    const result = await this.deps.llm.compose(question, retrieval, local);
    if (result.ok) return { c: result.composition, mode: 'llm' as const, reasons: [] as Reason[] };
    this.log.warn({ why: result.why }, 'llm answer rejected; local fallback');
    return { c: local, mode: 'local' as const, reasons: ['llm-fallback'] as Reason[] };
  }
}
