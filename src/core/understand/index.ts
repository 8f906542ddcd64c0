/**
 * The question-understanding stage: computed once per message at the top of `Assistant.answer`, and
 * read by triage, injection detection, curated matching, retrieval and the composer.
 */
import { PEOPLE } from '../text/lexicon.js';
import { stem, terms } from '../text/tokenize.js';
import type { JewelryKind, Topic } from '../types.js';
import { type About, aboutOf, stripFraming } from './framing.js';
import {
  expandDays,
  type Intent,
  intentOf,
  isCaseAsk,
  type SmallTalk,
  type StudioAsk,
  smallTalkOf,
  startsNewTopic,
  studioAsks,
  studioAskTerms,
  wantsReset,
} from './intent.js';
import { type DomainSense, domainSense, namedKinds, namedTopics } from './kinds.js';
import { languageOf } from './language.js';
import { type Negation, negations } from './negation.js';
import { normalizeMessage, type WordList } from './normalize.js';
import { subQuestions } from './parts.js';

export type { About, DomainSense, Intent, Negation, SmallTalk, StudioAsk, WordList };

/** What the guidance and general English know: for typo correction. */
export interface Lexicon extends WordList {
  /** The guidance word a typo most likely means ("braclet" → "bracelet"), or null. */
  correct(word: string): string | null;
  /** True when the guidance itself uses the word (not just general English). */
  inGuidance?(word: string): boolean;
}

/** One question of a message, understood. */
export interface QuestionPart {
  /** The question as retrieval should read it: normalised, frame stripped, typos corrected. */
  text: string;
  intent: Intent;
  studio: StudioAsk[];
  kinds: JewelryKind[];
  topics: Topic[];
  /** The statement a pronoun of this part points back to ("i have my grandma's charm" for "can you put it on?"). */
  referent?: string;
}

/** Everything the pipeline knows about a message before it looks anything up. */
export interface Understanding {
  /** The sanitised message as typed. */
  raw: string;
  /** The whole message normalised (chat spellings, contractions, emoji, leetspeak, typos), frame kept. */
  normalized: string;
  /** The question without its frame ("client wants to know if …" → "…"). */
  question: string;
  /** When a single question comes with a story ("thinking about a microdermal on my collarbone, how long to heal"): the question alone. */
  focus?: string;
  parts: QuestionPart[];
  kinds: JewelryKind[];
  topics: Topic[];
  intent: Intent;
  studio: StudioAsk[];
  about: About;
  /** A frame such as "client asking…" or "quick q:" was removed. */
  framed: boolean;
  negations: Negation[];
  smallTalk: SmallTalk | null;
  domain: DomainSense;
  /** ISO 639-1 code; 'en' unless the message is clearly in another language. */
  language: string;
  /** "start over", "/reset". */
  reset: boolean;
  /** "different question…": do not carry the thread's kind or symptom into this one. */
  newTopic: boolean;
}

const WORD = /[a-z][a-z']*/g;

/** Corrects words the guidance and English both miss ("perminant" → "permanent"). */
export function correctTypos(text: string, lexicon?: Lexicon): string {
  if (!lexicon) return text;
  return text.replace(WORD, (w) => (w.length >= 4 && !lexicon.knows(w) ? (lexicon.correct(w) ?? w) : w));
}

function part(text: string, inherited: JewelryKind[]): QuestionPart {
  const kinds = namedKinds(text);
  return {
    text,
    intent: intentOf(text),
    studio: studioAsks(text),
    kinds: kinds.length ? kinds : inherited,
    topics: namedTopics(text),
  };
}

/** A part as retrieval reads it: with the statement its pronoun points back to, when it has one. */
export const withReferent = (p: Pick<QuestionPart, 'text' | 'referent'>): string =>
  p.referent ? `${p.referent}. ${p.text}` : p.text;

/** Who, as a count or a group, is not what a studio question is about ("how many people do we need"). */
const WHO_STEMS = new Set([...PEOPLE, 'people', 'person', 'persons', 'group'].map(stem));

/**
 * A question that names nothing but the fact it asks for ("is there a fee", "is there a deposit?", "how many
 * people do we need"): it asks about what the message said before it.
 */
export function namesNothing(text: string): boolean {
  const asking = new Set(terms(studioAskTerms(text).join(' ')));
  return terms(text).every((t) => asking.has(t) || WHO_STEMS.has(t));
}

/**
 * "how long does it take" and nothing else: the time of what the part before asks to have done. (Not "does it hurt":
 * its "it" is the jewelry, which the kind carried already says.)
 */
const IT_OF_BEFORE = /^(?:(?:also|and|so|but)\s+)?how long (?:does|will|would) (?:it|that) (?:take|last)\s*[?!.]*$/;

/**
 * Parts that name nothing of their own ("wanna do a bday party at my house, how many people do we need and is
 * there a fee") read with what came before them — the story, or the part before — when together they ask a
 * studio fact: the fee asked is the party's.
 */
function withSubjects(parts: QuestionPart[], context: string): QuestionPart[] {
  const out: QuestionPart[] = [];
  parts.forEach((p, i) => {
    const prev = out[i - 1];
    const before = prev ? withReferent(prev) : context;
    // A question whose "it" is the part before it ("can i get a necklace and a ring in the same appt? also how
    // long does it take"): it reads with that part; its own words are only the asking.
    if (!p.referent && prev && !p.studio.length && IT_OF_BEFORE.test(p.text) && !namedKinds(p.text).length) {
      out.push({ ...p, referent: prev.text.replace(/[?!.]+$/, '') });
      return;
    }
    if (p.referent || !before || !namesNothing(p.text)) {
      out.push(p);
      return;
    }
    const studio = [...new Set([...p.studio, ...studioAsks(withReferent({ text: p.text, referent: before }))])];
    out.push(studio.length ? { ...p, referent: before, studio, intent: 'business' } : p);
  });
  return out;
}

/**
 * A follow-up that asks the thread's question again of something else or in another case: "what about in gold
 * filled", "and for a party?", "and if i add one charm?", "what if it had been 4 months".
 */
const ASKS_AGAIN =
  /^(?:(?:and|so|but|ok|okay)\s+)?(?:what about|how about|what if|and (?:if|for|with|in|on|at|after|before|when)|(?:is it |and )?the same (?:for|with|if|when))\b/;
/** …or, short, a case of it alone ("if i add one charm?", "for a party?": the frame's "and" is already gone). */
const CASE_ALONE = /^(?:if|for|with|in|on|at|after|before)\b/;
/** A case alone is a follow-up only this short: a longer one says its own question. */
const MAX_CASE_WORDS = 6;
/** …or the case alone, bare ("gold-filled?", "solid gold?" — its "and" gone too): at most this many words. */
const MAX_BARE_CASE_WORDS = 3;
const asksAgain = (q: string) => {
  const n = q.split(/\s+/).length;
  // (A bare case may open a longer message, the rest a story: "and christmas eve?? tryna get a gift last min".)
  // (…not when the rest asks a question of its own: "and gold? does it tarnish?")
  const head = q.split(/[?!.]/)[0] ?? q;
  const opening = head.replace(LEADING_AND, '').trim();
  const restAsks = q
    .slice(head.length)
    .replace(/^[?!.\s]+/, '')
    .includes('?');
  const openingWords = restAsks ? Number.POSITIVE_INFINITY : opening.split(/\s+/).length;
  // (A bare case names a metal, a piece, an event or a day: "one more thing" or "2 weeks?" is not one.)
  return (
    ASKS_AGAIN.test(q) ||
    (CASE_ALONE.test(q) && n <= MAX_CASE_WORDS) ||
    (n <= MAX_BARE_CASE_WORDS && NAMED_CASE.test(q) && isBareCase(q)) ||
    (openingWords <= MAX_BARE_CASE_WORDS && NAMED_CASE.test(opening) && isBareCase(opening)) ||
    // …or it points back at the piece asked before and names another case: "what would that same one be in solid gold".
    (SAME_ONE.test(q) && n <= MAX_SAME_ONE_WORDS)
  );
};
/** What opens a follow-up without saying anything: "and", "ok so". */
const LEADING_AND = /^(?:(?:and|so|but|ok|okay|oh|also)[\s,]+)+/;
/** A follow-up pointing back at the thing asked before: "that same one", "the same one", "that one". */
const SAME_ONE = /\b(that|the|this) (same )?(one|version|piece|style)\b/;
/** …at most this many words: a longer message says its own question. */
const MAX_SAME_ONE_WORDS = 12;

/** Words a bare case may have besides the case itself: "the gold one?", "in rose gold then?". No verb of its own. */
const BARE_WORDS = new Set([
  'the',
  'a',
  'an',
  'in',
  'for',
  'with',
  'on',
  'or',
  'one',
  'version',
  'instead',
  'then',
  'pls',
  'please',
]);
/** True when every word of a short follow-up is a case word ("gold-filled?") or one of BARE_WORDS ("does silver tarnish" is not). */
const isBareCase = (q: string) =>
  q
    .replace(/[?!.,]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => BARE_WORDS.has(w) || NAMED_CASE.test(w) || /^\d+k?$/.test(w));

/** What a follow-up can name as the case the earlier studio question is asked of. */
const NAMED_CASE =
  /\b(gold|silver|sterling|gold-filled|filled|solid|rose|white|yellow|platinum|titanium|bracelets?|anklets?|necklaces?|rings?|chains?|charms?|pieces?|part(y|ies)|events?|groups?|weekends?|(mon|tues|wednes|thurs|fri|satur|sun)days?|holidays?|christmas|xmas|thanksgiving|easter|halloween|valentine'?s|new years?|eve|(january|february|march|april|may|june|july|august|september|october|november|december)( \d+)?|kids?|teens?|minors?|daughter|son)\b/;
const A_CASE = new RegExp(
  `${NAMED_CASE.source}|\\b(\\d+|one|two|three|four|five|six|months?|weeks?|days?|years?|old|age)\\b`,
);

/** How many earlier turns are looked back through for the studio question a follow-up asks again. */
export const STUDIO_THREAD_TURNS = 3;

/**
 * A follow-up that asks again the studio question of an earlier turn (given newest last) is that studio
 * question: "how much is a silver necklace" then "what about in gold filled" asks the gold-filled necklace's
 * price. The earlier question becomes each part's referent, and its studio asks the parts'.
 */
export function askedAgain(u: Understanding, earlier: () => Understanding[]): Understanding {
  // (A follow-up asking a fact of its own, "what about your hours?", is its own question; "and for a party?" names
  // only the case the earlier fact is asked of.)
  // (Only a follow-up naming a case of it — a metal, a piece, a number, an event, a day, an age — and no topic of its
  // own: "what about aftercare?" or "what if it breaks?" after a price is a question of its own.)
  if (
    !u.studio.every(isCaseAsk) ||
    u.parts.length !== 1 ||
    !asksAgain(u.question) ||
    !A_CASE.test(u.question) ||
    namedTopics(u.question).some((t) => t !== 'materials')
  )
    return u;
  const before = earlier()
    .slice(-STUDIO_THREAD_TURNS)
    .reverse()
    .find((e) => e.studio.length && !e.smallTalk);
  if (!before) return u;
  const referent = before.question.replace(/[?!.]+$/, '');
  const parts = u.parts.map((p) => ({
    ...p,
    referent,
    intent: 'business' as const,
    studio: [...new Set([...before.studio, ...studioAsks(withReferent({ text: p.text, referent }))])],
  }));
  return { ...u, parts, intent: 'business', studio: [...new Set(parts.flatMap((p) => p.studio))] };
}

/** Understands one sanitised message. `lexicon` adds typo correction and dictionary-checked folding. */
export function understand(raw: string, lexicon?: Lexicon): Understanding {
  const normalized = expandDays(
    correctTypos(normalizeMessage(raw, lexicon), lexicon),
    lexicon?.inGuidance?.bind(lexicon),
  );
  const framing = stripFraming(normalized);
  const { parts: texts, context, focus, referents } = subQuestions(framing.text);
  const kinds = namedKinds(normalized);
  const contextKinds = namedKinds(context);
  const parts = withSubjects(
    texts.map((t, i) => {
      const p = part(t, contextKinds.length ? contextKinds : kinds);
      const referent = referents?.[i];
      return referent ? { ...p, referent } : p;
    }),
    texts.length > 1 ? context : '',
  );
  const first = parts[0] ?? part(framing.text, kinds);
  return {
    raw,
    normalized,
    question: framing.text,
    ...(focus ? { focus } : {}),
    parts: parts.length ? parts : [first],
    kinds,
    topics: namedTopics(normalized),
    intent: first.intent,
    studio: [...new Set(parts.flatMap((p) => p.studio))],
    about: aboutOf(normalized, framing.about),
    framed: framing.framed,
    negations: negations(normalized),
    smallTalk: smallTalkOf(normalized),
    domain: domainSense(normalized),
    language: languageOf(raw),
    reset: wantsReset(normalized),
    newTopic: startsNewTopic(normalized),
  };
}
