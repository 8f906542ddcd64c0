/** Normalises text for the safety rules: lowercase, no accents, common typos and slang mapped to words. */
import { correctSpelling } from '../retrieve/query.js';
import { withoutNegated } from '../understand/negation.js';
import { normalizeMessage } from '../understand/normalize.js';

const TYPOS: [RegExp, string][] = [
  [/\binf(e|ec|ect|ecte|ectd|ekted|cted|ected|ekt)d?\b/g, 'infected'],
  [/\binfecshun|infecton|infektion|infction\b/g, 'infection'],
  [/\b(puss|pus+y discharge)\b/g, 'pus'],
  [/\booz(in|ing|e|es|ed)?\b/g, 'oozing'],
  [/\bswoll(en|on)|swolen|sweling|swelling\b/g, 'swelling'],
  [/\b(bleedin|bleding)\b/g, 'bleeding'],
  [/\b(feaver|fevr|fever(ish)?)\b/g, 'fever'],
  [/\b(itchey|itchin|itchy|itches)\b/g, 'itchy'],
  [/\b(allergik|alergic|allergic|alergy|allergy|allergies|alergies)\b/g, 'allergic'],
  [/\b(antibiotic|antibiotics|anti biotics|abx)\b/g, 'antibiotics'],
  [/\b(rejectin|rejecting|rejected|rejection)\b/g, 'rejecting'],
  [/\b(migrat\w*)\b/g, 'migrating'],
  [/\b(ibuprofen|advil|motrin|paracetamol|tylenol|acetaminophen|aspirin|naproxen|aleve)\b/g, 'painkiller'],
  [/\b(neosporin|polysporin|bacitracin|savlon|sudocrem|vaseline|hydrocortisone|aquaphor|bepanthen)\b/g, 'ointment'],
  [/\bdose (a|an|it|the|this|that|my|your|getting|permanent|welding|it's)\b/g, 'does $1'],
  [/\b(u|ya)\b/g, 'you'],
  [/\b(r)\b/g, 'are'],
  [/\b(pls|plz)\b/g, 'please'],
  [/\b(rn)\b/g, 'right now'],
  [/\b(im|i'm|iam)\b/g, 'i am'],
  [/\b(ive|i've)\b/g, 'i have'],
  [/\b(cant|can't)\b/g, 'cannot'],
  [/\b(wont|won't)\b/g, 'will not'],
  [/\b(dont|don't)\b/g, 'do not'],
  [/\b(isnt|isn't)\b/g, 'is not'],
];

/**
 * The words the safety rules read for symptoms and the body (as typed, not stemmed). A misspelt one
 * ("streeks", "implnt", "swolen") is corrected toward this list, but only when general English does not
 * know the typed word: "paint" and "steaks" are words, not typos of "pain" and "streaks".
 */
export const SYMPTOM_WORDS = new Set(
  'streak streaks spreading swelling swollen bleeding blood bleed infected infection oozing discharge numb numbness tingling tingly throat breathe breathing breath swallow swallowing fever faint fainting fainted dizzy rash hives itchy itching implant implanted microdermal dermal anchor redness tender throbbing painful crusty yellow green bruise bruising rejecting migrating allergic reaction chest tightness purple circulation temperature vomiting shaking chills sweating burning blister blisters scab scabbing lump bump hurting aching'.split(
    ' ',
  ),
);
const SYMPTOM_VOCABULARY = { has: (w: string) => SYMPTOM_WORDS.has(w), vocabulary: () => SYMPTOM_WORDS };

/** Corrects misspelt symptom words; `knows` says whether general English (or the guidance) knows a word. */
export function correctSymptomWords(text: string, knows: (word: string) => boolean): string {
  return text.replace(/[a-z]{4,}/g, (w) => {
    if (SYMPTOM_WORDS.has(w) || knows(w)) return w;
    const fixed = correctSpelling(w, SYMPTOM_VOCABULARY);
    // "numbr" is more likely "number" than "numb": a symptom word the typed word merely extends is no correction.
    return fixed && !w.startsWith(fixed) ? fixed : w;
  });
}

/** Text the rules match against: the understanding stage's normalisation (leetspeak, chat spellings, contractions), typos mapped, negated spans removed. */
export function normalizeForRules(text: string, knows?: (word: string) => boolean): string {
  // Read across emoji and "lol": "my chest 😭 hurts" is chest pain.
  let t = normalizeMessage(text, undefined, { clauses: false, intensifiers: false })
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\d)\s*°\s*([cf])\b/g, '$1 $2')
    .replace(/[^\p{L}\p{N}'\s?.!,-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (knows) t = correctSymptomWords(t, knows);
  for (const [re, word] of TYPOS) t = t.replace(re, word);
  // "which metal will not irritate my skin" asks how to avoid a symptom; "will not stop swelling" reports one.
  // So does "how can i lower my chances of an infection": prevention, not a report.
  return withoutNegated(t).replace(PREVENTED, ' ').replace(KEPT_AWAY, ' ').replace(FEARED, ' ').replace(WHAT_IF, ' ');
}

/**
 * A case asked about, not told: "what happens if a dermal gets rejected", "what happens when it gets infected".
 * (Not one already there: "what happens if it is already infected".)
 */
const WHAT_IF =
  /\bwhat (happens|would happen|do you do|should you do) (if|when) (?![^?.!]*\b(already|right now|now)\b)[^?.!]{0,50}/g;

/**
 * A symptom named as what someone fears might happen: "she's scared of losing feeling in her face", "afraid of
 * getting an infection". (Not worry about what is there: "worried about the redness" still reports it.)
 */
const FEARED =
  /\b(scared|afraid|terrified|frightened|fearful|nervous|anxious|paranoid|worried|worrying) (of|about) (getting|losing|ending up with|developing|catching) (?:[\w']+\s+){0,4}?[\w']+(?=[.?!,]|$)(?<!\b(now|coming|already|again))/g;

/**
 * …or as what aftercare keeps away: "how do i not get an infection", "how should i clean it so it doesn't get
 * infected". (Not "it got infected" or "now it is infected".)
 */
const KEPT_AWAY =
  /\bhow (do|can|should|would) (i|you|we|one|she|he|they) (not|avoid|never) get(ting)? (an? )?(infect\w*|irritat\w*|reject\w*)\b|\bso (that )?(it|they|the \w+) (does not|doesn't|do not|don't|will not|won't|never) (get|gets|become|becomes) (infected|irritated|rejected)\b/g;

/** A symptom named as what to prevent: "lower the chance of infection or rejection", "avoid getting it infected". */
const PREVENTED =
  /\b(prevent\w*|avoid\w*|lower\w*|reduc\w*|minimi[sz]\w*|cut down on|less likely to get|chances? of|risks? of|odds of)\b (?:[\w']+\s+){0,3}?(?:chances?\s+|risks?\s+|odds\s+)?(?:of\s+)?(?:(?:the|my|her|his|their|your|getting|get|it|an?)\s+){0,2}(infect\w*|reject\w*|migrat\w*|keloids?|scarring|irritation)(?:\s+(?:or|and)\s+(infect\w*|reject\w*|migrat\w*|keloids?|scarring|irritation))?\b/g;
