/** Normalises text for the safety rules: lowercase, no accents, common typos and slang mapped to words. */

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

/** Text the rules match against. */
export function normalizeForRules(text: string): string {
  let t = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s?.!,-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, word] of TYPOS) t = t.replace(re, word);
  // "which metal will not irritate my skin" asks how to avoid a symptom; it does not describe one.
  return t.replace(
    /\b(will not|won't|does not|doesn't|do not|not|never|avoid|prevent|less likely to)\s+(\w+\s+)?(irritat\w*|itch\w*|react\w*|rash|swell\w*|infect\w*|hurt\w*|tarnish\w*)/g,
    ' ',
  );
}
