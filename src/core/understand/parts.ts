import { describesAfterIs } from './nouns.js';

/**
 * Sub-questions of a multi-part message: "does it hurt and how long does it heal" is two questions;
 * "thinking about a microdermal on my collarbone, how long to heal" is context plus one question.
 */

const QUESTION_START =
  /^(?:how|what|whats|which|when|where|why|who|whom|whose|is|are|am|was|were|does|do|did|can|could|should|shall|will|would|may|might|must|has|have|had|any|anything|tips?|difference|cost|price)\b/;
const BOUNDARY_WORDS =
  'how|what|which|when|where|why|who|is|are|does|do|did|can|could|should|will|would|has|have|any|also';
/** A comma then a subject pronoun starts a new clause ("what is tattoo jewelry, she saw it online"). */
const CLAUSE_SUBJECTS = "she|he|they|we|i|she's|he's|they're|we're|i'm|i've";
/** Splits where a new clause starts a question: after "?", ";", a newline, ". ", or ", and"/"and"/"also" + a question word. */
const SPLIT = new RegExp(
  `(?<=\\?)\\s+|\\s+[—–]\\s+|\\s+-\\s+|\\s*[;\\n]\\s*|(?<=[.!])\\s+|\\s*,?\\s+(?:and|also|plus|oh and|and also|n)\\s+(?=(?:also\\s+)?(?:${BOUNDARY_WORDS})\\b)|\\s*,\\s*(?=(?:${BOUNDARY_WORDS})\\b)|\\s*,\\s*(?=(?:${CLAUSE_SUBJECTS})\\s)`,
);

/** Where a question starts inside a statement: "… how long", "… can i", "… is it". */
const MID_QUESTION =
  /(?<=\s)(how (long|much|many|soon|often|do|does|can|should|would)|what|when|where|why|which|can (i|you|they|she|he)|could (i|you)|should (i|we)|will (it|i|they)|would (a|an|it|i|this|that)|is (it|that|this)|are (they|those)|does (it|that)|do (i|you|they|we)|am i)\b/;
/** "… and is nervous", "… and are so excited": "and", a form of be, and the word after it. */
const AND_IS = /\band (is|are|was|were) (\w+)/g;
/** What stands for a hidden "and" while a message is split. */
const JOINT = '\u2060and\u2060';
/** A story before a question is at least this long ("i wonder what…" is one question). */
const MIN_STORY_CHARS = 12;
/** …and the question after it at least this many words. */
const MIN_QUESTION_WORDS = 3;

/** True when a segment reads as a question rather than a statement. */
export function isQuestion(segment: string): boolean {
  // A connective before it ("also how long…", "and what about…", "but can i…") still starts a question.
  const s = segment.trim().replace(LEADING_CONNECTIVE, '');
  return /\?\s*$/.test(s) || QUESTION_START.test(s);
}

/** Words joining a question to the one before: "also", "and", "plus", "but", "oh and", "btw". */
const LEADING_CONNECTIVE = /^(?:(?:also|and|plus|but|oh|btw|so|ok|okay|then)\b[\s,]*)+/;

/** The question segments of a message, each with the statements before it folded in as context. */
export function subQuestions(text: string): {
  parts: string[];
  context: string;
  focus?: string;
  /** Per part: the statement its pronoun points back to ('' for none); absent when no part has one. */
  referents?: string[];
} {
  // "client works on a factory line and is nervous about the bracelet": "and is" + a description goes on with the
  // same subject, it does not start a question (the joint is hidden from the split, then restored).
  const joined = text.replace(AND_IS, (m, _be: string, word: string) =>
    describesAfterIs(word) ? m.replace(/\band\b/, JOINT) : m,
  );
  let segments = joined
    .split(SPLIT)
    .map((s) => s?.replaceAll(JOINT, 'and').trim() ?? '')
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  // A story run into its question without punctuation ("thinkin bout a microdermal on my collarbone how
  // long til its healed"): the question starts at its question words.
  const only = segments[0];
  if (segments.length === 1 && only && !isQuestion(only)) {
    const at = MID_QUESTION.exec(only);
    const question = at ? only.slice(at.index).trim() : '';
    // "platinum anklet how much" is one question: a closing "how much" asks about what came before.
    if (at && at.index >= MIN_STORY_CHARS && question.split(/\s+/).length >= MIN_QUESTION_WORDS)
      segments = [only.slice(0, at.index).trim(), question];
  }
  const questions = segments.filter(isQuestion);
  const statements = segments.filter((s) => !isQuestion(s));
  // No question at all: the message is the question. One question: the statements around it are its context.
  if (questions.length === 0) return { parts: [text.trim()], context: '' };
  // One question: the whole message is its question — the story around it ("I work with machines, should I…") matters.
  if (questions.length === 1)
    return {
      parts: [text.trim()],
      context: statements.join('. '),
      // (Not a comparison whose first half is the story: "customer called it flash jewelry — same thing as our
      // welded bracelets?")
      ...(statements.length && !COMPARES_TO_STORY.test(questions[0] ?? '') ? { focus: questions[0] } : {}),
    };
  // A question pointing back with a pronoun right after a statement ("i have my grandma's charm. can you put
  // it on my bracelet? how much") is read with that statement: it says what "it" is.
  const pointsBack = new Map<string, string>();
  segments.forEach((s, i) => {
    const before = segments[i - 1];
    if (before && isQuestion(s) && !isQuestion(before) && POINTS_BACK.test(s))
      pointsBack.set(s, before.replace(/[.!]+$/, ''));
  });
  // A part too short to stand alone ("and why?") stays with the one before it.
  const parts: string[] = [];
  const said: string[] = [];
  for (const q of questions) {
    // …and so does one that only asks whether the part before is so ("…like a hundred bucks? is that true at your place").
    if (parts.length && (q.split(/\s+/).length < 3 || CONFIRMS.test(q.replace(LEADING_CONNECTIVE, ''))))
      parts[parts.length - 1] = `${parts[parts.length - 1]} ${q}`;
    else {
      parts.push(q.replace(LEADING_CONNECTIVE, ''));
      said.push(pointsBack.get(q) ?? '');
    }
  }
  return {
    parts: parts.slice(0, MAX_PARTS),
    context: statements.join('. '),
    ...(said.some(Boolean) ? { referents: said.slice(0, MAX_PARTS) } : {}),
  };
}

/** A question that only asks whether what was just said is so: "is that true", "is that right for you guys?". */
const CONFIRMS =
  /^(?:is|was) (?:that|this|it) (?:true|right|correct|accurate|legit|real|so|the case)\b(?:\s+(?:at|for|with|in) (?:your|ur|the|you) ?\w*)?\s*[?!.]*$|^(?:true|right|correct|legit)\s*[?!.]*$/;

/** A comparison whose subject is left to what came before: "same thing as…?", "is that the same as…". */
const COMPARES_TO_STORY =
  /^(the )?same( thing)? (as|like)\b|^(is|are) (it|that|this|they|those) (the same|different|like)\b/;

/** A pronoun that points back to something said before the question. */
const POINTS_BACK = /\b(it|its|this|that|these|those|them|they|one)\b/i;

/** At most this many parts are answered separately; longer lists are answered as one question. */
export const MAX_PARTS = 3;
