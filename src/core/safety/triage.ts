/** Medical triage before retrieval: deterministic, explainable (every decision lists the rules that fired). */
import { PEOPLE } from '../text/lexicon.js';
import { words } from '../text/tokenize.js';
import { wordRoles } from '../understand/nouns.js';
import { normalizeForRules, SYMPTOM_WORDS } from './normalize.js';
import { IMPERSONAL_REPORT, PERSONAL, RULES, THIRD_PERSON } from './rules.js';

export type TriageLevel = 'urgent' | 'defer' | 'answer';

/** The triage decision for a message. */
export interface TriageResult {
  level: TriageLevel;
  rules: string[];
}

/** A body, what is on it or comes out of it: what a symptom is of ("my arm", "the anchor", "blood"). */
const BODY =
  /\b(arms?|forearms?|elbows?|legs?|knees?|hands?|fingers?|thumbs?|knuckles?|toes?|foot|feet|wrists?|ankles?|neck|chest|nipples?|back|face|cheeks?|jaw|chin|lips?|gums?|tongue|throat|eyes?|eyebrows?|eyelids?|skin|head|ears?|earlobes?|lobes?|cartilage|septum|nose|nostrils?|mouth|belly|navel|stomach|tummy|hips?|collarbone|shoulders?|body|site|spot|area|wound|cut|hole|incision|blood|fluid|pus|piercings?|pierced|dermals?|microdermals?|implants?|anchors?|studs?|bar|top|chains?|bracelets?|anklets?|necklaces?|rings?|weld\w*|jewel\w*|punch\w*|tattoos?|thighs?|calf|calves|shins?|butt|buttocks?|groin|scalp|forehead|temples?|armpits?|nails?|heels?|palms?|welts?|bumps?|lumps?|blisters?|scabs?|sores?|bruis\w*|scars?|vision|eyesight|heart|heartbeat|pulse|breath\w*|speech|temperature|temp|appointments?|appt|session|procedure|studio|visit|consult\w*)\b/;
/** The rules that read symptoms (the red flags and the symptom deferrals). */
const SYMPTOM_RULE = /^(urgent:|defer:symptom)/;
/** The rules a report about a thing, not a body, cannot fire: the symptom rules and "is it infected / normal". */
const THING_GATED = /^(urgent:|defer:symptom|defer:diagnosis)/;
/** A person, or a pronoun standing for a body part ("it keeps bleeding"): whose body a symptom can be. */
const PRONOUN = /^(i|me|you|he|she|we|they|it|its|this|that)$/;
/** A symptom told as a state ("the redness is spreading", "it keeps bleeding"), not named as a thing ("who sang fever"). */
const SYMPTOM_STATE = new RegExp(
  `\\b(${[...SYMPTOM_WORDS, 'pain', 'redness'].join('|')})\\b\\s+(is|are|was|were|has|have|keeps?|kept|will|got|getting|started|went|gone)\\b|\\b(is|are|am|was|keeps?|kept|started|been|still)\\s+(\\w+\\s+)?(${[...SYMPTOM_WORDS].join('|')})\\b`,
);
const isPerson = (w: string) => PRONOUN.test(w) || PEOPLE.has(w);
/** What a symptom verb reports of a thing ("colours keep bleeding", "the machine will not stop leaking"). */
const THING_SYMPTOM =
  /\b(?<owner>(?:my|her|his|their|our|your) )?([a-z]+) (?:(?:keeps?|kept|is|are|was|were|has been|have been|started|starts|will not stop|would not stop|does not stop|cannot stop|is still|are still) )?(bleeding|leaking|swelling|oozing|burning|throbbing)\b/g;
/** The same, to test for (a global pattern's `test` would carry its position over to the next message). */
const HAS_THING_SYMPTOM = new RegExp(THING_SYMPTOM.source);

/**
 * The message without symptom words said of things: a symptom verb whose subject is a noun that is no
 * body, no jewelry and no person ("my colours keep bleeding when I print", "the coffee machine will not
 * stop leaking", "the battery is swelling") reports nothing about a body.
 */
export function withoutThingSymptoms(t: string): string {
  // Only in a message that names no body at all: "my belly button keeps bleeding" is a body ("button" is not a thing there).
  if (!HAS_THING_SYMPTOM.test(t) || BODY.test(t)) return t;
  let roles: ReturnType<typeof wordRoles> | null = null;
  return t.replace(THING_SYMPTOM, (span, owner: string | undefined, subject: string) => {
    // "my earlobe keeps bleeding": what someone has is a body part the list may lack; "the machine" is a thing.
    if (owner || BODY.test(subject) || isPerson(subject)) return span;
    roles ??= wordRoles(t);
    // The tagger's words are the tokenizer's ("colours" → "colors").
    const w = words(subject)[0] ?? subject;
    return roles.naming.has(w) && !roles.persons.has(w) ? ' ' : span;
  });
}

/** Words that say when or how long, not what: a report may name them ("chills all night", "fever for 2 days"). */
const WHEN =
  /^(\d[\d.,]*|night|nights|day|days|week|weeks|hour|hours|minute|minutes|morning|evening|today|tonight|yesterday|now|while|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const PAIN = /^(pain|pains|ache|aches)$/;
/** True when every word naming a thing is a symptom word, a number or a time ("high fever and shaking", "fever 39.5"). */
function namesOnlySymptoms(t: string): boolean {
  return [...wordRoles(t).naming].every((w) => SYMPTOM_WORDS.has(w) || PAIN.test(w) || WHEN.test(w));
}

/**
 * A sentence whose subject is a thing someone owns or points at ("my sourdough starter has pink streaks",
 * "the front desk printer is bleeding ink", "my phone battery is swollen"): the head noun of up to three words
 * after a determiner, before a verb of state.
 */
const THING_SUBJECT =
  /(?:^|[.?!—:-]\s*|\b(?:q|question|so|hey|ok|okay|help)\b[,\s—:-]*)(?:my|our|the|his|her|their|your) ((?:[a-z]+ ){0,2}[a-z]+) (?:is|are|has|have|was|were|keeps?|smells?|looks?|got|started|seems?)\b/g;
/** What shows on skin, said of a body even with no body named: "the red streak is spreading". */
const SKIN_SIGN = /^(streaks?|lines?|marks?|patch(es)?|spots?|rings?|circles?|areas?|redness|rash(es)?)$/;
/** The asker told as the one a symptom is of: "i feel", "i'm dizzy", "i got a rash". */
const ASKER_STATE =
  /\b(i|i am|i'm|im) (am|feel\w*|felt|have|had|got|get|keep|kept|can't|cannot|started|was|just|been)\b|\b(i am|i'm|im)\b/;

/**
 * True when the message is about a thing, not a body: it names no body and no person, the asker is not
 * the one feeling anything, and a sentence's subject is an owned or pointed-at thing the tagger reads as a noun.
 */
function aboutAThing(text: string): boolean {
  const t = text.toLowerCase();
  if (BODY.test(t) || ASKER_STATE.test(t)) return false;
  const subjects = [...t.matchAll(THING_SUBJECT)].map((m) => (m[1] ?? '').split(' '));
  if (!subjects.length || subjects.some((ws) => ws.some(isPerson))) return false;
  const roles = wordRoles(t);
  if (words(t).some((w) => !PRONOUN.test(w) && (roles.persons.has(w) || isPerson(w)))) return false;
  // A compound noun ("phone battery", "front desk printer"): what someone has in one word may be a body part
  // the list lacks ("my pinky is swollen"), so one word is never read as a thing.
  return subjects.some((ws) => {
    const head = ws[ws.length - 1] ?? '';
    const nouns = ws.filter((w) => roles.naming.has(w) && !SYMPTOM_WORDS.has(w));
    return nouns.length >= 2 && nouns.includes(head) && !SKIN_SIGN.test(head);
  });
}

const WOUND_WORDS = /\b(wound|piercing|dermal|skin|red|swollen|infected|pus|rash|it|this|look|check|normal|okay|ok)\b/;

/** Triage of one message; an attachment about a wound or "look at this" defers. */
export function triage(
  text: string,
  opts: { attachments?: number; history?: string[]; knows?: (word: string) => boolean } = {},
): TriageResult {
  const t = withoutThingSymptoms(normalizeForRules(typeof text === 'string' ? text : '', opts.knows));
  // Personal rules read reports about the asker, a client or anyone else's body, and impersonal reports of a thing seen now.
  const personal = PERSONAL.test(t) || THIRD_PERSON.test(t) || IMPERSONAL_REPORT.test(t);
  // A symptom is of somebody or of a body: "who sang fever first, peggy lee or…" names neither, and names
  // other things; "high fever and shaking" names nothing but symptoms.
  // (The tagger, for the last test, runs only when a symptom rule matched and nothing cheaper anchored it.)
  const matched = RULES.filter((r) => (!r.personal || personal) && r.patterns.some((p) => p.test(t)));
  const anchored =
    !matched.some((r) => SYMPTOM_RULE.test(r.id)) ||
    personal ||
    BODY.test(t) ||
    words(t).some(isPerson) ||
    SYMPTOM_STATE.test(t) ||
    namesOnlySymptoms(t);
  // A symptom or a verdict asked of a thing ("my phone battery is swollen", "is my sourdough starter
  // infected") is nobody's body.
  const ofAThing = matched.some((r) => THING_GATED.test(r.id)) && aboutAThing(t);
  // Only symptoms need the anchor: a medicine, a condition or a photo is medical whoever it is about.
  const fired = matched.filter((r) => (anchored || !SYMPTOM_RULE.test(r.id)) && !(ofAThing && THING_GATED.test(r.id)));
  const rules = fired.map((r) => r.id);
  if ((opts.attachments ?? 0) > 0 && (WOUND_WORDS.test(t) || t.length === 0)) rules.push('defer:attachment');
  const level: TriageLevel = fired.some((r) => r.level === 'urgent') ? 'urgent' : rules.length > 0 ? 'defer' : 'answer';
  return { level, rules };
}
