/**
 * Follow-up questions: carry the jewelry kind and topic of earlier turns into a question that does not
 * name them ("does it hurt?" after "I'm getting a microdermal"), and rewrite it into a standalone query.
 */
import { namedKinds, namedTopics } from '../retrieve/query.js';
import type { JewelryKind, Topic } from '../types.js';

/** One remembered user turn. */
export interface Turn {
  text: string;
  kind: JewelryKind | null;
  topic: Topic | null;
  /** Epoch ms. */
  at: number;
}

/** Bounds on what is remembered. */
export interface ContextLimits {
  maxTurns: number;
  maxAgeMs: number;
}

/** What the assistant uses for one question. */
export interface ResolvedContext {
  /** The query sent to retrieval (the question, plus carried kind/topic words). */
  query: string;
  kind: JewelryKind | null;
  topic: Topic | null;
  /** True when something was carried over from earlier turns. */
  carried: boolean;
  /** Earlier user messages still in context (the medical triage reads them too). */
  history: string[];
}

export const DEFAULT_LIMITS: ContextLimits = { maxTurns: 6, maxAgeMs: 30 * 60_000 };

const KIND_PHRASE: Record<JewelryKind, string> = {
  'welded-chain': 'welded chain bracelet',
  microdermal: 'microdermal implant',
  'surface-piercing': 'surface piercing',
  'dermal-punch': 'dermal punch',
  piercing: 'piercing',
  'tattoo-jewelry': 'tattoo jewelry',
  implant: 'implant',
};
const TOPIC_PHRASE: Partial<Record<Topic, string>> = {
  pain: 'pain hurt',
  healing: 'heal healing time',
  removal: 'remove removal',
  cleaning: 'clean cleaning aftercare',
  workplace: 'work workplace',
  materials: 'metals materials',
  procedure: 'procedure process',
  style: 'styles',
  risks: 'risks',
};

/** Turns still in context: within age, newest last, at most maxTurns. */
export function liveTurns(turns: Turn[], now: number, limits: ContextLimits = DEFAULT_LIMITS): Turn[] {
  if (limits.maxTurns <= 0) return [];
  return turns.filter((t) => now - t.at <= limits.maxAgeMs).slice(-limits.maxTurns);
}

/** The most specific kind named in a text (a named punch beats "dermal"). */
export function primaryKind(text: string): JewelryKind | null {
  const kinds = namedKinds(text);
  return kinds.find((k) => k !== 'implant' && k !== 'piercing') ?? kinds[0] ?? null;
}

/** Resolves a question against the live turns of its conversation. */
export function resolveContext(
  question: string,
  turns: Turn[],
  now: number,
  limits: ContextLimits = DEFAULT_LIMITS,
): ResolvedContext {
  const live = liveTurns(turns, now, limits);
  const ownKind = primaryKind(question);
  const ownTopic = namedTopics(question)[0] ?? null;
  const lastKind = [...live].reverse().find((t) => t.kind)?.kind ?? null;
  const lastTopic = [...live].reverse().find((t) => t.topic)?.topic ?? null;
  const kind = ownKind ?? lastKind;
  // A topic carries only into a question that names a kind but no topic ("and for a dermal punch?").
  const topic = ownTopic ?? (ownKind && lastTopic ? lastTopic : null);
  const extra: string[] = [];
  if (!ownKind && kind) extra.push(KIND_PHRASE[kind]);
  if (!ownTopic && topic) extra.push(TOPIC_PHRASE[topic] ?? topic);
  return {
    query: extra.length ? `${question} (${extra.join('; ')})` : question,
    kind,
    topic,
    carried: extra.length > 0,
    history: live.map((t) => t.text),
  };
}

/** The turn to remember for a question. */
export function turnOf(question: string, ctx: ResolvedContext, now: number): Turn {
  return { text: question.slice(0, 500), kind: ctx.kind, topic: namedTopics(question)[0] ?? ctx.topic, at: now };
}
