/** Medical triage before retrieval: deterministic, explainable (every decision lists the rules that fired). */
import { GAMING, PEOPLE, THING_WORDS } from '../text/lexicon.js';
import { words } from '../text/tokenize.js';
import { wordRoles } from '../understand/nouns.js';
import { normalizeForRules, SYMPTOM_WORDS } from './normalize.js';
import { GENERIC_IT, IMPERSONAL_REPORT, PERSONAL, RULES, THIRD_PERSON } from './rules.js';

export type TriageLevel = 'urgent' | 'defer' | 'answer';

/** The triage decision for a message. */
export interface TriageResult {
  level: TriageLevel;
  rules: string[];
}

/** A body, what is on it or comes out of it: what a symptom is of ("my arm", "the anchor", "blood"). */
const BODY =
  /\b(arms?|forearms?|elbows?|legs?|knees?|hands?|fingers?|thumbs?|knuckles?|toes?|foot|feet|wrists?|ankles?|neck|chest|nipples?|back|face|cheeks?|jaw|chin|lips?|gums?|tongue|throat|eyes?|eyebrows?|eyelids?|skin|head|ears?|earlobes?|lobes?|cartilage|septum|nose|nostrils?|mouth|belly|navel|stomach|tummy|hips?|collarbone|shoulders?|body|site|spot|area|wound|cut|hole|incision|blood|fluid|pus|piercings?|pierced|dermals?|microdermals?|implants?|anchors?|studs?|bar|top|chains?|bracelets?|anklets?|necklaces?|rings?|weld\w*|jewel\w*|punch\w*|tattoos?|thighs?|calf|calves|shins?|butt|buttocks?|groin|scalp|forehead|temples?|armpits?|nails?|heels?|palms?|welts?|bumps?|lumps?|blisters?|scabs?|sores?|bruis\w*|scars?|vision|eyesight|heart|heartbeat|pulse|breath\w*|speech|bones?|nodes?|glands?|veins?|arter\w*|muscles?|tendons?|joints?|lymph|temperature|temp|appointments?|appt|session|procedure|studio|visit|consult\w*|bandages?|gauze|dressings?)\b/;
/** The rules that read symptoms (the red flags and the symptom deferrals). */
const SYMPTOM_RULE = /^(urgent:|defer:symptom)/;
/** The rules a report about a thing, not a body, cannot fire: the symptom rules and "is it infected / normal". */
const THING_GATED = /^(urgent:(?!swallowed)|defer:symptom|defer:diagnosis)/;
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
  /^(\d[\d.,]*|half|like|about|around|almost|nearly|over|min|mins|hr|hrs|night|nights|day|days|week|weeks|hour|hours|minute|minutes|morning|evening|today|tonight|yesterday|now|while|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const PAIN = /^(pain|pains|ache|aches)$/;
/** True when every word naming a thing is a symptom word, a number or a time ("high fever and shaking", "fever 39.5"). */
function namesOnlySymptoms(t: string): boolean {
  return [...wordRoles(t).naming].every((w) => SYMPTOM_WORDS.has(w) || PAIN.test(w) || WHEN.test(w));
}

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
  // An animal's body is a vet's question: "my dog's leg is swollen" names a leg, but not a person's.
  const stripped = text.toLowerCase().replace(ANIMAL_OWNED, ' ');
  const animal = stripped !== text.toLowerCase();
  // …and so is the body the animal is said to have after it: "my dog cut his paw".
  const t = animal ? stripped.replace(ANIMAL_PART, ' ') : stripped;
  // …and a wound or a breath is the animal's only when the animal has it or does something ("my dog cut his paw",
  // "the fish are gasping"), not when it is only around ("walking the dog, slipped, the cut will not stop bleeding").
  const animalHasIt = animal && (HAS_ANIMAL_PART.test(text.toLowerCase()) || ANIMAL_ACTS.test(text.toLowerCase()));
  // (With an animal named, a wound is its wound: "my dog cut his paw… it will not stop bleeding".)
  if (BODY.test(animalHasIt ? t.replace(WOUND_ANY_BODY, ' ') : t) || ASKER_STATE.test(t)) return false;
  const roles = wordRoles(t);
  if (words(t).some((w) => !PRONOUN.test(w) && (roles.persons.has(w) || isPerson(w)))) return false;
  // …unless a person is in it too: "my dog bit me", "tripped over the cat and now she is not breathing".
  // (The asker asking "what do i do" is not one: what the asker feels is ASKER_STATE above.)
  if (animal) return !/\b(me|myself|us|she|he|they|him)\b/.test(t);
  // A compound noun ("phone battery", "front desk printer", "a swollen laptop battery"): what someone has in
  // one word may be a body part the list lacks ("my pinky is swollen"), so one word is never read as a thing.
  const ws = words(t);
  const noun = (w: string | undefined) =>
    w !== undefined &&
    roles.naming.has(w) &&
    !DETERMINER.test(w) &&
    !SYMPTOM_WORDS.has(w) &&
    !PRONOUN.test(w) &&
    !WHEN.test(w);
  return ws.some((w, i) => {
    if (!DETERMINER.test(w)) return false;
    // …past a symptom word describing it ("a swollen laptop battery").
    const j = SYMPTOM_WORDS.has(ws[i + 1] ?? '') ? i + 2 : i + 1;
    return noun(ws[j]) && noun(ws[j + 1]) && !SKIN_SIGN.test(ws[j + 1] ?? '');
  });
}

/** A reaction that other jewelry gives, as a habit: "cheap earrings make me itchy", "nickel gives me a rash". */
const REACTS_TO_OTHER_JEWELRY =
  /\b(cheap|costume|fake|nickel|regular|normal|most|some|other|fashion) ?(jewelry|jewellery|earrings?|rings?|necklaces?|bracelets?|metals?|stuff)?\b[^.?!]{0,20}\b(make|makes|give|gives|turn|turns) (me|my (skin|ears?|wrists?|neck|fingers?))\b[^.?!]{0,25}\b(itch\w*|rash\w*|red|green|break out|breakout|react\w*|irritat\w*|swell\w*)/;
/**
 * …and the question which metal to choose, not how to treat it (as for a metal allergy: "i'm allergic to cheap
 * earrings, what metal should i get" is answered; "can i still get one" is deferred, `defer:condition`).
 */
const ASKS_IF_IT_SUITS =
  /^(?![\s\S]*\b(for it|for the (rash|itch\w*|redness)|to (calm|stop|soothe|treat|fix|help|heal) (it|the|this)|put on (it|the)|pharmacy|cream|ointment|lotion|medicine|meds)\b)(?![\s\S]*\b(you|they|we) (welded|put on|did)\b)[\s\S]*\b((what|which) (kind of |type of )?(metals?|materials?|chains?)\b|what (should|do|would|can) (i|she|he|they) (get|choose|pick|go with|wear)\b|best metal\b)/;

/** Body words a game uses of itself: its name ("elden ring"), its status effects, its scenes. */
const GAME_WORDS =
  /\b(rings?|chains?|bar|top|studs?|anchors?|punch\w*|weld\w*|site|spot|area|blood|cut|hole|heart|body)\b/g;
/** What a player calls the character they play: "my guy keeps bleeding out". */
const GAME_PERSONS = new Set(['guy', 'girl', 'dude', 'character', 'man', 'boy', 'boss', 'enemy']);

/** A gauge or sensor of a machine ("car temp gauge"): a reading, not a body temperature. */
const GAUGE = /\b(temp|temperature|heat|engine) (gauge|light|sensor|warning|reading)s?\b/g;
/** Words that can tell trouble of a body or of a thing: a thing's own trouble when said of it. */
const TROUBLE =
  /\b(bleed\w*|swell\w*|swollen|hot|red|burn\w*|smok\w*|leak\w*|ooz\w*|pour\w*|steam\w*|crack\w*|explod\w*|blister\w*|puff\w*|infect\w*|fever\w*|throbb\w*|spreading|sick|dying|wilting)\b/;
/** A jewelry word that is part of a thing: "the weld on my car's exhaust", "my bike chain", "the chain on the bike". */
const THING_PART = /\b(welds?|welded|welding|chains?|rings?|studs?|anchors?|bars?)\b/g;
/** How near a thing a jewelry word must be to be part of it. */
const THING_PART_WORDS = 3;
const withoutThingParts = (t: string) =>
  t.replace(THING_PART, (w, _g, at: number) => {
    const near = [
      ...t.slice(0, at).trim().split(/\s+/).slice(-THING_PART_WORDS),
      ...t
        .slice(at + w.length)
        .trim()
        .split(/\s+/)
        .slice(0, THING_PART_WORDS),
    ].join(' ');
    return THING_WORDS.test(near) ? ' ' : w;
  });
/** A sign told as there now: "hot to the touch", "red and swollen", "is oozing", "keeps bleeding". */
const REPORTED_SIGN =
  /\b(hot|red|swollen|warm|puffy|spreading|oozing|weeping|itchy|bleeding|throbbing|sore) (to the touch|and|now|again|still|all)\b|\b(is|are|looks?|feels?|got|getting|gone|went|turned|still|keeps?) (\w+ )?(red|swollen|hot|warm|puffy|spreading|oozing|infected|itchy|bleeding|throbbing|sore)\b/;
/** The asker in a question's opening: "how do i", "can i", "should i". */
const ASKING_I = /\b(?:(?:how|what|where|when|why) )?(?:do|can|could|should|would|will|did) i\b/g;
/** Persons a message can name (the asker excepted, who is read by ASKER_STATE). */
const PERSON_WORD = /\b(me|myself|you|he|she|him|her|they|them|we|us|someone|somebody|anyone)\b/;

/** Where a clause ends: punctuation, or a joining word. */
const CLAUSE_BREAK = /[.?!;,]|\b(?:and|but|so|then|because|while|when|n)\b/;
/** A clause that goes on with the subject before it: "…and smells like burning", "…and is leaking". */
const CONTINUES =
  /^(?:now |also |still |just )?(?:smells?|looks?|is|are|keeps?|kept|seems?|sounds?|started|starts|got|gets|went|has|had|was|were|won'?t|will)\b/;
/** A clause told of "it" (or, in a game, of a character). */
const OF_IT = /^(?:now |also |still )?(?:it|its|it's|this|that)\b/;

/**
 * True when every trouble a message tells is said of a thing (THING_WORDS): "my phone battery is swelling up and
 * its hot", "steam pouring out from the hood", "my pen is bleeding ink", in a video game "my character is bleeding
 * out". Each trouble word's clause names the thing, or goes on from a clause that did ("…and it is roaring and
 * smells like burning"); no body part, no person (a game's characters aside), and the asker feels nothing.
 * "fell off my bike and it won't stop bleeding" tells the bleeding of a body: its clause names no thing.
 */
function namesOnlyAThing(text: string): boolean {
  const t = text.replace(GAUGE, ' gauge ');
  // (The asker asking, "how do i get it out", is not the asker feeling something.)
  // (In a video game, the body named is the character's, and the game is the thing.)
  const fiction = GAMING.test(t);
  if (!(fiction || THING_WORDS.test(t)) || ASKER_STATE.test(t.replace(ASKING_I, ' '))) return false;
  // (In a game, "he" and "my guy" are the character; a real person or body part named is not: "my son was in a boss
  // fight when he yanked his dermal out".)
  // (A game's own words may be jewelry or wound words: "elden ring", "the bleed buildup", "a cut scene".)
  if (
    BODY.test(fiction ? withoutThingParts(t).replace(GAME_WORDS, ' ') : withoutThingParts(t)) ||
    (!fiction && PERSON_WORD.test(t)) ||
    words(t).some((w) => PEOPLE.has(w) && !(fiction && GAME_PERSONS.has(w)))
  )
    return false;
  const clauses = t.split(CLAUSE_BREAK).map((c) => (c ?? '').trim());
  // "it" goes on from a thing only once a thing has been told in trouble ("my phone battery is swelling… its hot").
  let thingInTrouble = false;
  let troubles = 0;
  for (const clause of clauses) {
    if (!clause || !TROUBLE.test(clause)) continue;
    troubles++;
    const ofThing =
      THING_WORDS.test(clause) ||
      (thingInTrouble && (OF_IT.test(clause) || CONTINUES.test(clause))) ||
      (fiction && (GAMING.test(clause) || /\b(he|she|they|it|character|guy|girl|dude)\b/.test(clause)));
    if (!ofThing) return false;
    thingInTrouble = true;
  }
  return troubles > 0;
}

/** What opens a noun phrase: "a swollen laptop battery" is read from "a". */
const DETERMINER = /^(a|an|the|my|our|your|his|her|their|this|that)$/;
/** Animals people tell of (the pets and small animals of a household). */
const ANIMALS =
  'dogs?|cats?|pupp(y|ies)|kittens?|horses?|rabbits?|bunn(y|ies)|hamsters?|birds?|parrots?|pets?|fish|goldfish|snakes?|lizards?|turtles?|ferrets?|mice|rats?';
/** An animal and what of its body follows: "my dog's leg", "the cat's paw", "our puppy". (Not one eaten: "ate fish".) */
const ANIMAL_OWNED = new RegExp(
  `(?<!\\b(ate|eat|eating|eats|had|having|cooked|ordered|some|of|for) )\\b(${ANIMALS}|guinea pigs?|tortoises?)('s|s')?( (leg|legs|paw|paws|ear|ears|eye|eyes|nose|face|tail|skin|belly|foot|feet|neck|back|mouth))?\\b`,
  'g',
);

/** What any body can have (a cut, a wound, blood, a breath) and words of place ("at the top"). */
const WOUND_ANY_BODY =
  /\b(cut|cuts|wound|wounds|blood|hole|fluid|pus|spot|area|site|top|bar|breath\w*|pulse|heartbeat)\b/g;
/** An animal that has or does something: "my dog's", "the fish are", "my puppy is", "the cat cut". */
const ANIMAL_ACTS = new RegExp(
  `\\b(${ANIMALS})('s|s'| (is|are|was|were|keeps?|has|had|cut|got|seems?|looks?|won't|will not|cannot|can't))\\b`,
);
/** A body part given to an animal named before it ("his paw", "her ear"): read only once an animal is named. */
const ANIMAL_PART =
  /\b(his|her|its|their) (?:(?:lower|upper|left|right|front|back|hind|little|poor) )?(leg|legs|paw|paws|ear|ears|eye|eyes|nose|face|tail|skin|belly|foot|feet|neck|back|mouth|pad|pads|claw|claws)\b/g;
/** The same, tested without the global flag's moving start. */
const HAS_ANIMAL_PART = new RegExp(ANIMAL_PART.source);

const WOUND_WORDS = /\b(wound|piercing|dermal|skin|red|swollen|infected|pus|rash|it|this|look|check|normal|okay|ok)\b/;

/** A relayed question that gives the person a condition: "with hemophilia who wants…", "on blood thinners…". */
const RELAYED_CONDITION =
  /^(with|on|who (is|has|takes|gets|had)|that (is|has)) |\b(while|when|if|since) (she|he|they|the client|the customer)?( is| are)? ?(pregnant|breastfeeding|nursing|diabetic|on blood thinners)\b/;

/** Triage of one message; an attachment about a wound or "look at this" defers. */
export function triage(
  text: string,
  opts: {
    attachments?: number;
    history?: string[];
    knows?: (word: string) => boolean;
    /** Relayed for someone ("what do I tell a client with hemophilia who wants…"), its frame removed. */
    relayed?: boolean;
  } = {},
): TriageResult {
  const read = normalizeForRules(typeof text === 'string' ? text : '', opts.knows);
  const t = withoutThingSymptoms(read);
  // Personal rules read reports about the asker, a client or anyone else's body, and impersonal reports of a thing seen now.
  // (A general question's "it", "how common is it", is no report, unless a sign is told as there: "hot to the touch
  // and spreading, how serious is it".)
  const personal =
    PERSONAL.test(REPORTED_SIGN.test(t) ? t : t.replace(GENERIC_IT, ' ')) ||
    THIRD_PERSON.test(t) ||
    IMPERSONAL_REPORT.test(t);
  // A symptom is of somebody or of a body: "who sang fever first, peggy lee or…" names neither, and names
  // other things; "high fever and shaking" names nothing but symptoms.
  // (The tagger, for the last test, runs only when a symptom rule matched and nothing cheaper anchored it.)
  // A health condition in a relayed question is that person's ("a client with hemophilia who wants a microdermal"):
  // only a symptom still needs its report.
  // (Only when the question says the person has it, "with…", "on…", "who has…": "client asking if bracelets can
  // cause allergies" asks in general.)
  const relayedCondition = opts.relayed === true && RELAYED_CONDITION.test(t);
  const applies = (r: (typeof RULES)[number]) =>
    !r.personal || personal || (relayedCondition && r.id === 'defer:condition');
  const matched = RULES.filter((r) => applies(r) && r.patterns.some((p) => p.test(t)));
  const anchored =
    !matched.some((r) => SYMPTOM_RULE.test(r.id)) ||
    personal ||
    BODY.test(t) ||
    words(t).some(isPerson) ||
    SYMPTOM_STATE.test(t) ||
    namesOnlySymptoms(t);
  // A symptom or a verdict asked of a thing ("my phone battery is swollen", "is my sourdough starter
  // infected") is nobody's body.
  const ofAThing =
    matched.some((r) => THING_GATED.test(r.id)) && (namesOnlyAThing(read.toLowerCase()) || aboutAThing(t));
  // A reaction other jewelry always gives, told to ask which metal to choose ("cheap earrings make me itchy, what
  // metal should i get"), is a history behind a general question: the guidance names the metals.
  // (Only when no symptom is told beyond it: "…and now my new bracelet is red too, which metal is better" reports one.)
  const beyond = t.replace(REACTS_TO_OTHER_JEWELRY, ' ');
  const history =
    REACTS_TO_OTHER_JEWELRY.test(t) &&
    ASKS_IF_IT_SUITS.test(t) &&
    !matched.some((r) => SYMPTOM_RULE.test(r.id) && r.patterns.some((p) => p.test(beyond)));
  // Only symptoms need the anchor: a medicine, a condition or a photo is medical whoever it is about.
  const fired = matched.filter(
    (r) =>
      (anchored || !SYMPTOM_RULE.test(r.id)) &&
      !(ofAThing && THING_GATED.test(r.id)) &&
      !(history && r.level === 'defer' && SYMPTOM_RULE.test(r.id)),
  );
  const rules = fired.map((r) => r.id);
  if ((opts.attachments ?? 0) > 0 && (WOUND_WORDS.test(t) || t.length === 0)) rules.push('defer:attachment');
  const level: TriageLevel = fired.some((r) => r.level === 'urgent') ? 'urgent' : rules.length > 0 ? 'defer' : 'answer';
  return { level, rules };
}
