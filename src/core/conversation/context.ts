/**
 * Follow-up questions: carry the jewelry kind and topic of earlier turns into a question that does not
 * name them ("does it hurt?" after "I'm getting a microdermal"), and remember a medical verdict so a
 * deferral sticks to follow-ups about the same symptom or jewelry — but not to studio questions, small
 * talk, thanks or a new topic. "start over" forgets the conversation.
 */

import type { JewelryKind, Topic } from '../types.js';
import type { Understanding } from '../understand/index.js';
import { ITEM_ASKS } from '../understand/intent.js';
import { isSpecificKind, namedKinds, namedTopics } from '../understand/kinds.js';

/** The medical verdict a conversation remembers. */
export interface MedicalMemory {
  level: 'defer' | 'urgent';
  /** The jewelry the symptom is about, when named. */
  kind: JewelryKind | null;
}

/** One remembered user turn. */
export interface Turn {
  text: string;
  kind: JewelryKind | null;
  topic: Topic | null;
  /** Epoch ms. */
  at: number;
  /** The conversation's medical memory after this turn (carried forward, so it outlives the turn window). */
  medical?: MedicalMemory | null;
  /** "start over": nothing before this turn counts. */
  reset?: boolean;
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
  /** Earlier user messages still in context (cross-turn triage joins the last of them). */
  history: string[];
  /** The remembered medical verdict, when it applies to this message. */
  medical: MedicalMemory | null;
  /** The message refers back to the thread ("it", "and a dermal punch?"). */
  followUp: boolean;
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

/** How retrieval names a kind carried into a question. */
export const kindPhrase = (kind: JewelryKind): string => KIND_PHRASE[kind];

/** Refers back to something said before: a pronoun, "the same", or an elliptical "and …?". */
const REFERS_BACK =
  /\b(it|its|it is|this|that|these|those|they|them|their|one|mine|the same|there|same)\b|^(and|what about|how about|also|so)\b/;

/** A plural pronoun: it points back to what was listed (the risks, the styles), not only to the piece. */
const PLURAL_BACK = /\b(them|those|these)\b/;
/** "what about…", "how about…", "and for…", "same for…": the question before, asked again of something else. */
const ELLIPTICAL =
  /^(what about|how about|and (for|with|what about|how about|once|after|if)|(is it )?the same (for|with|if|when))\b|\bsame (stuff|thing|question|again)\b/;
/** Topics that are lists of things a plural can point back to. */
const LISTED: Topic[] = ['risks', 'style', 'types', 'benefits'];

/** A question choosing between what was named before: "which one", "which of them", "which of the two". */
const WHICH_OF_THEM =
  /\bwhich (one|of (them|those|these|the two|both)|is (better|worse|faster|slower|longer|shorter|safer|more|less))\b/;

/** The kinds the newest turn naming two or more named (most specific first), or none. */
function lastPair(live: Turn[]): JewelryKind[] {
  for (const t of [...live].reverse()) {
    const kinds = namedKinds(t.text).filter(isSpecificKind);
    if (kinds.length > 1) return kinds.slice(0, 2);
    if (kinds.length === 1) return [];
  }
  return [];
}

/** Turns still in context: within age, newest last, at most maxTurns, nothing before a reset. */
export function liveTurns(turns: Turn[], now: number, limits: ContextLimits = DEFAULT_LIMITS): Turn[] {
  if (limits.maxTurns <= 0) return [];
  const lastReset = turns.map((t) => Boolean(t.reset)).lastIndexOf(true);
  return turns
    .slice(lastReset + 1)
    .filter((t) => now - t.at <= limits.maxAgeMs)
    .slice(-limits.maxTurns);
}

/** The most specific kind named in a text (a named punch beats "dermal"). */
export function primaryKind(text: string): JewelryKind | null {
  const kinds = namedKinds(text);
  return kinds.find(isSpecificKind) ?? kinds[0] ?? null;
}

/** Does a remembered medical verdict apply to this message? Not to studio questions, small talk, new topics or other jewelry. */
function medicalApplies(memory: MedicalMemory | null, u: Understanding | null, ownKind: JewelryKind | null): boolean {
  if (!memory) return false;
  if (!u) return true;
  if (u.studio.length || u.smallTalk || u.newTopic || u.reset) return false;
  if (ownKind && memory.kind && ownKind !== memory.kind) return false;
  // A general question that does not refer back ("do permanent bracelets need polishing") is not about the symptom.
  if (u.about === 'general' && !REFERS_BACK.test(u.normalized)) return false;
  // A question about jewelry in general ("what is a dermal punch?") is not about the symptom.
  if (u.intent === 'definition' || u.intent === 'list' || u.intent === 'comparison') return false;
  return true;
}

/** Resolves a question against the live turns of its conversation. */
export function resolveContext(
  question: string,
  turns: Turn[],
  now: number,
  limits: ContextLimits = DEFAULT_LIMITS,
  u: Understanding | null = null,
): ResolvedContext {
  const live = u?.newTopic || u?.reset ? [] : liveTurns(turns, now, limits);
  const ownKind = primaryKind(u?.normalized ?? question);
  const ownTopic = namedTopics(u?.normalized ?? question)[0] ?? null;
  const lastKind = [...live].reverse().find((t) => t.kind)?.kind ?? null;
  const lastTopic = [...live].reverse().find((t) => t.topic)?.topic ?? null;
  const followUp =
    live.length > 0 &&
    (REFERS_BACK.test(u?.normalized ?? question.toLowerCase()) ||
      (!ownKind && !ownTopic) ||
      // A topic asked without a kind in a thread about one ("how long does the appointment take" after "thinking
      // about a surface piercing") is asked of that kind.
      // (…and a studio price asked of the thread's piece, "whats the cheapest metal and how much" after "thinking
      // about a permanent ring"; not the studio's hours or bookings.)
      (!ownKind &&
        lastKind !== null &&
        (u?.studio.length ? u.studio.some((a) => ITEM_ASKS.includes(a)) : ownTopic !== null)));
  const kind = ownKind ?? (followUp || !u ? lastKind : null);
  // A topic carries only into a question that names a kind but no topic ("and for a dermal punch?"), or that
  // points back to it with a plural ("how can the client reduce them" after the risks; "one of those" after styles).
  // (Only a topic that is a list of things: "them" after "what are implants made of" is the implants.)
  const pluralBack =
    PLURAL_BACK.test(u?.normalized ?? question.toLowerCase()) && lastTopic !== null && LISTED.includes(lastTopic);
  // …and an elliptical follow-up asks the same of something else ("what about once it's healed, same stuff?").
  const elliptical = ELLIPTICAL.test(u?.normalized ?? question.toLowerCase());
  const topic = ownTopic ?? ((ownKind || pluralBack || elliptical) && lastTopic ? lastTopic : null);
  const extra: string[] = [];
  // "which one heals faster" after two kinds were named compares those two: both are carried.
  const pair = !ownKind && WHICH_OF_THEM.test(u?.normalized ?? question.toLowerCase()) ? lastPair(live) : [];
  if (pair.length > 1) extra.push(...pair.map((k) => KIND_PHRASE[k]));
  else if (!ownKind && kind) extra.push(KIND_PHRASE[kind]);
  if (!ownTopic && topic) extra.push(TOPIC_PHRASE[topic] ?? topic);
  const memory = live.at(-1)?.medical ?? null;
  return {
    query: extra.length ? `${question} (${extra.join('; ')})` : question,
    kind,
    topic,
    carried: extra.length > 0,
    history: live.map((t) => t.text),
    medical: medicalApplies(memory, u, ownKind) ? memory : null,
    followUp,
  };
}

/** Stored turn text is capped: the verdict, not the text, is what later turns rely on. */
export const TURN_TEXT_CHARS = 2000;

/** The turn to remember for a question, with the conversation's medical memory after it. */
export function turnOf(
  question: string,
  ctx: ResolvedContext,
  now: number,
  verdict?: { level: 'answer' | 'defer' | 'urgent'; reset?: boolean; previous?: MedicalMemory | null },
): Turn {
  const medical: MedicalMemory | null =
    verdict && verdict.level !== 'answer'
      ? { level: verdict.level, kind: ctx.kind }
      : verdict?.reset
        ? null
        : (verdict?.previous ?? null);
  return {
    text: question.slice(0, TURN_TEXT_CHARS),
    kind: ctx.kind,
    topic: namedTopics(question)[0] ?? ctx.topic,
    at: now,
    ...(medical ? { medical } : {}),
    ...(verdict?.reset ? { reset: true } : {}),
  };
}

/** The state columns of a stored turn (JSON), and back. */
export function turnState(turn: Turn): string | null {
  if (!turn.medical && !turn.reset) return null;
  return JSON.stringify({ medical: turn.medical ?? null, reset: turn.reset ?? false });
}

export function parseTurnState(json: string | null): Pick<Turn, 'medical' | 'reset'> {
  if (!json) return {};
  try {
    const v = JSON.parse(json) as { medical?: MedicalMemory | null; reset?: boolean };
    return { ...(v.medical ? { medical: v.medical } : {}), ...(v.reset ? { reset: true } : {}) };
  } catch {
    return {};
  }
}
