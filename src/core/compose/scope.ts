/**
 * Is a message about permanent jewelry at all? Decided on the message itself (never on the thread it
 * arrives in) from what it names and from the evidence the guidance gives: a word that can only mean
 * body jewelry is enough; a word with other everyday senses ("weld", "ring", "chain", "punch") needs
 * the guidance to answer the question too.
 */
import { GAMING, THING_WORDS } from '../text/lexicon.js';
import type { Understanding } from '../understand/index.js';
import { ASK_BACK_THRESHOLD } from './answerability.js';

/** Wearing, keeping on or taking off what was just talked about: "wear it", "keep them on", "take mine off". */
const WEARS_IT =
  /\b(wear|wearing|keep|keeping|leave|leaving|take|taking|put|putting) (it|them|mine|this|that)( on| off| in| out)?\b/;

/**
 * Words that put a question to the studio: "you", "your place", "here", "we" of its staff, and its bookings
 * ("if saturday is fully booked is there a waitlist").
 */
const ASKS_THE_STUDIO =
  /\b(you|your|yours|u|ur|ya|y'?all|studio|shop|salon|here|we|our|us|book|booked|booking|bookings|appointments?|appts?|walk-?ins?|slots?)\b/;

/** A follow-up in a jewelry thread needs only this much evidence (its kind is carried). */
export const ASK_BACK_SCOPE_EVIDENCE = ASK_BACK_THRESHOLD;

/**
 * Evidence needed for a message whose only jewelry words have other senses, chosen on the 61 dev messages
 * of that kind (`scripts/fit-scope.ts`, 2026-12-02): every value from 0.40 to 0.50 has the best balanced
 * accuracy (precision of "in scope" 1.0, recall 0.667, all 16 off-topic ones kept out); the middle is used.
 */
export const AMBIGUOUS_SCOPE_EVIDENCE = 0.45;
/** A follow-up with an ambiguous jewelry word needs this share of the usual evidence (hand-picked, not fitted). */
export const FOLLOW_UP_EVIDENCE_FACTOR = 0.8;
/**
 * Evidence needed for a message that names no jewelry at all ("does it hurt?", "how long to heal"): any
 * value from 0.20 to 0.75 scores the same on the 11 dev messages of that kind (`SENSE=none
 * scripts/fit-scope.ts`); the ambiguous words' value is used.
 */
export const TOPIC_SCOPE_EVIDENCE = AMBIGUOUS_SCOPE_EVIDENCE;

/**
 * Evidence needed for a message that names neither jewelry nor a topic ("me n my gf wanna get matching ones,
 * is that a thing ppl do"): on the 23 dev messages of that kind (3 in scope; `SENSE=bare scripts/fit-scope.ts`,
 * 2026-12-03) every value from 0.45 to 0.85 has the best balanced accuracy (precision 1.0, recall 0.667,
 * all 20 off-topic kept out; the nearest off-topic one scores 0.42); the middle of that range is used.
 */
export const BARE_SCOPE_EVIDENCE = 0.65;

/**
 * In scope: names the domain, asks the studio, or asks a question the guidance answers well.
 * `typedEvidence` is the evidence for the message's own words (no kind added to its question): what an
 * ambiguous word ("chain", "punch") is judged on.
 */
export function inScope(
  u: Understanding,
  evidence: number,
  followUp: boolean,
  threadKind = false,
  gap = true,
  typedEvidence = evidence,
  unnamedThing = false,
): boolean {
  // "where do I cut it" in a thread about a bracelet continues that thread.
  if (followUp && threadKind && u.domain !== 'none') return true;
  // …and so does one about wearing "it", the thread's piece ("is it ok to wear it in the ocean?"): in scope, even
  // when the guidance does not cover it.
  if (followUp && threadKind && WEARS_IT.test(u.normalized)) return true;
  // …and so does one asking a jewelry topic of it ("does it hurt more in some spots"), as without a thread kind below;
  // a question with nothing else in it ("what can go wrong") or about something new ("pizza") needs evidence.
  if (followUp && threadKind && !u.studio.length && !u.topics.length)
    return !gap || evidence >= ASK_BACK_SCOPE_EVIDENCE;
  if (u.domain === 'strong') return true;
  // Staff relaying a customer's question about a jewelry word ("customer asking which welder we use").
  if (u.about === 'client' && u.domain !== 'none') return true;
  // Asked of a studio's bot, a question about prices, hours, parking or deposits is about the studio…
  // …unless it is about something else the guidance never names, and not asked of the studio: "whats a good pizza
  // place open late", "the easiest way to split the team lunch bill on venmo" (but "do you take venmo" asks the studio).
  if (u.studio.length)
    return !(unnamedThing && u.domain === 'none' && !followUp && !ASKS_THE_STUDIO.test(u.normalized));
  // A question about a thing that names no jewelry ("the breakroom fridge is super hot, is that a fire risk?", "my pen
  // is bleeding ink, how do i get it out") is not about jewelry, whatever topic words it shares with the guidance.
  if (u.domain === 'none' && !followUp && THING_WORDS.test(u.normalized)) return false;
  // …nor is a video game's ("my character got hit by the fire ring boss and is bleeding out, how do i heal him").
  if (GAMING.test(u.normalized)) return false;
  if (u.domain === 'ambiguous')
    return (
      typedEvidence >= AMBIGUOUS_SCOPE_EVIDENCE ||
      (followUp && evidence >= TOPIC_SCOPE_EVIDENCE * FOLLOW_UP_EVIDENCE_FACTOR)
    );
  if (followUp && u.topics.length > 0) return true;
  if (!u.topics.length) return typedEvidence >= BARE_SCOPE_EVIDENCE;
  return evidence >= TOPIC_SCOPE_EVIDENCE;
}
