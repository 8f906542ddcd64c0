/** Normalises text for the safety rules: lowercase, no accents, common typos and slang mapped to words. */
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

/** Text the rules match against: the understanding stage's normalisation (leetspeak, chat spellings, contractions), typos mapped, negated spans removed. */
export function normalizeForRules(text: string): string {
  let t = normalizeMessage(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\d)\s*°\s*([cf])\b/g, '$1 $2')
    .replace(/[^\p{L}\p{N}'\s?.!,-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, word] of TYPOS) t = t.replace(re, word);
  // "which metal will not irritate my skin" asks how to avoid a symptom; "will not stop swelling" reports one.
  return withoutNegated(t);
}
