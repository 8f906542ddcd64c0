/**
 * Message normalisation: how people type → how the guidance is written. Emoji and invisible characters
 * go, contractions are expanded, chat spellings ("u", "r", "rn", "tryna", "wut", "bout") become words,
 * dropped g's ("thinkin") and stretched letters ("sooo") are restored when the dictionary knows the
 * result, and leetspeak inside a word ("1nfected", "bl33ding") is folded back to letters.
 */

/** A dictionary of known words (general English and the guidance's own vocabulary). */
export interface WordList {
  /** True when the word is known. */
  knows(word: string): boolean;
  /** Frequency rank in general English (0 = most common), when known. */
  rank?(word: string): number | undefined;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3}/gu;
/** A run of emoji between two words: maybe chat's punctuation ("does it hurt 😭 im a baby w pain"). */
const EMOJI_RUN = new RegExp(`(?<=[\\p{L}\\p{N}?!.])\\s+(?:(?:${EMOJI.source})+\\s*)+(?=\\p{L})`, 'gu');
/** Words that need a noun after them: an emoji there stands for the noun ("a 💍", "my 💅"), not a boundary. */
const NEEDS_A_NOUN =
  /^(a|an|the|my|your|his|her|our|their|its|this|that|these|those|of|on|in|at|to|for|with|from|by|about|and|or)$/;
/** Where a clause may end: an emoji run or a chat interjection, marked while normalising. */
const CLAUSE_MARK = '\uE000';
/** Marks with the words either side of them. */
const CLAUSE_MARKS = new RegExp(`(\\S+)?((?:\\s*${CLAUSE_MARK})+\\s*)(\\S+)?`, 'g');
/** The words a new clause starts with after an emoji or "lol": a question, or the person speaking again. */
const CLAUSE_START =
  /^(how|what|whats|when|where|why|which|who|is|are|am|do|does|did|can|could|should|will|would|was|were|has|have|i|im|my|it|its|this|that|so|but|also|please|pls|thanks|thx)$/;
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** ASCII emoticons that stand alone: ":)", ":-(", ";p", "xD", "<3". */
const EMOTICON = /(?<=^|\s)(?:[:;=8][-']?[()[\]dpo/\\|*3]+|x[dp]|<3+|\^_?\^)(?=\s|$)/gi;

/** Units written short after a number. */
const UNITS: Record<string, string> = { min: 'minutes', hr: 'hours', wk: 'weeks', yr: 'years' };

/** Contractions with or without the apostrophe (people drop it: "dont", "whats"). */
const CONTRACTIONS: [RegExp, string | ((m: string) => string)][] = [
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, 'cannot'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(i|you|we|they|who|would|should|could|might|must)'?ve\b/g, '$1 have'],
  [/\b(you|we|they|who)'re\b/g, '$1 are'],
  [/\b(youre|theyre)\b/g, (m) => `${m.slice(0, -2)} are`],
  [/\b(i|you|he|she|it|we|they|that|there|this)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they)'d\b/g, '$1 would'],
  [/\b(it|what|that|there|here|how|who|where|when|why|she|he|this)'s\b/g, '$1 is'],
  [/\b(whats|thats|hows|wheres|whos|heres)\b/g, (m) => `${m.slice(0, -1)} is`],
  [/\blet'?s\b/g, 'let us'],
  // A unit after a number: "10 min late", "2 hr appointment" ("min" alone may be "minimum"), not after a
  // price ("$50 min for parties" is a minimum); "yr" alone is often "your".
  [
    /(?<![$£€]\s?\d*)\b(\d+) ?(min|hr|wk|yr)\b/g,
    (m) => m.replace(/ ?(min|hr|wk|yr)$/, (_u, unit: string) => ` ${UNITS[unit]}`),
  ],
  // A real word misused: "dose" before its subject is "does" ("how long dose a microdermal take").
  [/\bdose (?=(a|an|it|the|this|that|my|your|ur|getting|permanent|welding|perm)\b)/g, 'does '],
  [/\by'?all\b/g, 'you all'],
  // Shop shorthand: "a micro" is a microdermal (not a micro welder, a micro chain or a microwave).
  [
    /\bmicro(s)?\b(?![\s-]?(dermals?|weld\w*|chains?|fib\w*|usb|sd|waves?|scopes?|needl\w*|blad\w*|beads?|links?|torch\w*|laser\w*|managing|manage|plastics?|organisms?|biome|soft))/g,
    (_m, plural?: string) => (plural ? 'microdermals' : 'microdermal'),
  ],
  // "b" for "be" after a verb that takes it ("will it b healed", "gonna b fine", "to b safe"), not "plan b" or a b cup.
  [
    /\b(will|would|can|could|should|might|may|must|gonna|wanna|gotta|to|it|not|wont|cant|shouldnt|wouldnt) b\b(?!-)/g,
    '$1 be',
  ],
];

/** Chat spellings → words. Only spellings that have one reading in a message about jewelry. */
export const CHAT_SPELLINGS: Record<string, string> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  r: 'are',
  ur: 'your',
  urs: 'yours',
  rn: 'right now',
  tryna: 'trying to',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  hafta: 'have to',
  kinda: 'kind of',
  sorta: 'sort of',
  lemme: 'let me',
  gimme: 'give me',
  dunno: 'do not know',
  idk: 'i do not know',
  til: 'until',
  yrs: 'years',
  urself: 'yourself',
  urselves: 'yourselves',
  wat: 'what',
  wats: 'what is',
  wuts: 'what is',
  wut: 'what',
  wht: 'what',
  whta: 'what',
  bout: 'about',
  abt: 'about',
  cuz: 'because',
  cos: 'because',
  coz: 'because',
  bc: 'because',
  b4: 'before',
  w: 'with',
  wo: 'without',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  thnx: 'thanks',
  ty: 'thanks',
  tysm: 'thanks',
  ppl: 'people',
  lil: 'little',
  every1: 'everyone',
  any1: 'anyone',
  some1: 'someone',
  no1: 'no one',
  bff: 'best friend',
  bffs: 'best friends',
  yall: 'you',
  "y'all": 'you',
  em: 'them',
  gf: 'girlfriend',
  bf: 'boyfriend',
  bday: 'birthday',
  pic: 'picture',
  pics: 'pictures',
  prob: 'probably',
  probs: 'probably',
  rly: 'really',
  srsly: 'seriously',
  ofc: 'of course',
  hw: 'how',
  wen: 'when',
  wher: 'where',
  nd: 'and',
  becuz: 'because',
  bcuz: 'because',
  wk: 'week',
  wks: 'weeks',
  hrs: 'hours',
  mins: 'minutes',
  smth: 'something',
  sth: 'something',
  tho: 'though',
  thru: 'through',
  nite: 'night',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tomoz: 'tomorrow',
  '2day': 'today',
  '2morrow': 'tomorrow',
  l8r: 'later',
  perm: 'permanent',
  perma: 'permanent',
  pj: 'permanent jewelry',
  appt: 'appointment',
  appts: 'appointments',
  consult: 'consultation',
  info: 'information',
  diff: 'difference',
  n: 'and',
  "n'": 'and',
  '&': 'and',
  ok: 'okay',
  k: 'okay',
  kk: 'okay',
  yeah: 'yes',
  yea: 'yes',
  ye: 'yes',
  yep: 'yes',
  nah: 'no',
  nope: 'no',
  im: 'i am',
  hes: 'he is',
  shes: 'she is',
  ive: 'i have',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  cant: 'cannot',
  wont: 'will not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  couldnt: 'could not',
  havent: 'have not',
  hasnt: 'has not',
};

/** Interjections that carry no meaning for the question. */
const FILLERS = new Set(
  'lol lmao lmfao rofl omg omfg ngl fr frfr tbh tbf imo imho btw fyi ugh hmm hmmm um umm uh uhh pls plz xo xoxo haha hahaha hehe af smh bruh istg'.split(
    ' ',
  ),
);
/** Laughter however long it is drawn out: "lmaooo", "lolll", "hahahah", "xddd". */
const LAUGHTER = /^(?:l+m+f*a+o+|lo+l+|(?:ha){2,}h?|(?:he){2,}h?|ro+fl|x+d+)$/;

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** "1nfected" → "infected": a token that mixes letters with look-alike digits/symbols. */
export function foldLeet(token: string, dict?: WordList): string {
  if (
    !/[a-z]/.test(token) ||
    !/[013457@$!]/.test(token) ||
    (/^\d/.test(token) && /^\d+(st|nd|rd|th|s|am|pm|mm|cm|kg|k|c|f|x)$/.test(token))
  )
    return token;
  const folded = token.replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
  if (!/^[a-z]+$/.test(folded)) return token;
  return !dict || dict.knows(folded) || dict.knows(collapseRepeats(folded, dict))
    ? collapseRepeats(folded, dict)
    : token;
}

/** "sooo" → "so", "hurtsss" → "hurts": three or more of a letter, shortened to a word the dictionary knows. */
export function collapseRepeats(token: string, dict?: WordList): string {
  if (!/(.)\1\1/.test(token)) return token;
  const two = token.replace(/(.)\1{2,}/g, '$1$1');
  const one = token.replace(/(.)\1{2,}/g, '$1');
  if (!dict) return two;
  if (dict.knows(two)) return two;
  if (dict.knows(one)) return one;
  return two;
}

/** "thinkin" → "thinking" when the dictionary knows the g-form and not the clipped one. */
export function restoreDroppedG(token: string, dict?: WordList): string {
  if (!dict || token.length < 5 || !token.endsWith('in')) return token;
  const full = `${token}g`;
  if (!dict.knows(full)) return token;
  if (!dict.knows(token)) return full;
  // Web text knows "gettin" too: the g-form wins when it is far more common ("gettin" → "getting", not "cabin").
  const clipped = dict.rank?.(token);
  const whole = dict.rank?.(full);
  return clipped !== undefined && whole !== undefined && whole * DROPPED_G_FREQUENCY_RATIO < clipped ? full : token;
}

/** How much more common the g-form must be than a known clipped word to restore it. */
const DROPPED_G_FREQUENCY_RATIO = 20;

/** Lowercased text without emoji, invisible characters or accents' combining marks. */
export function foldCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(EMOJI_RUN, ` ${CLAUSE_MARK} `)
    .replace(EMOJI, ' ')
    .replace(EMOTICON, ' ')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"');
}

/** Expands contractions ("won't" → "will not", "whats" → "what is"). */
export function expandContractions(text: string): string {
  let t = text;
  for (const [re, to] of CONTRACTIONS) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
  return t;
}

/**
 * Resolves the clause marks: a sentence boundary where a new clause starts after a word ("…hurt 😭 im a
 * baby" → "…hurt. i am a baby"), a space elsewhere ("my fingers lol went white", "a 💍 on my finger").
 * Without `clauses` (the safety rules read across them) every mark is a space.
 */
function resolveClauseMarks(text: string, clauses: boolean): string {
  return text
    .replace(CLAUSE_MARKS, (_m, prev?: string, _marks?: string, next?: string) => {
      if (!prev || !next) return prev ?? next ?? '';
      const boundary =
        clauses &&
        !/[?!.,;:]$/.test(prev) &&
        !NEEDS_A_NOUN.test(prev.toLowerCase()) &&
        CLAUSE_START.test(next.toLowerCase());
      return `${prev}${boundary ? '.' : ''} ${next}`;
    })
    .trim();
}

/** The normalised form of a message: words the guidance and the rules can read. Punctuation is kept. */
/**
 * Idioms read in their plain sense: their words say nothing the guidance would ("in a pinch" is not about
 * pinching, a "healing window" is a healing time, "all over my fyp" is popular).
 */
export const IDIOMS: [RegExp, string][] = [
  [/\bin a pinch\b/, 'if needed'],
  [/\b(healing|heal) (window|timeline|timeframe|time frame)\b/, 'healing time'],
  [/\b(ballpark|rough) (figure|estimate|number|idea)\b/, 'rough estimate'],
  [/\boff the top of (your|my) head\b/, 'roughly'],
  [/\ball over (my |the |your )?(fyp|for you page|feed|tiktok|instagram|insta|social media|socials)\b/, 'popular'],
  [/\b(skin|face|ears?|wrists?) (to )?(breaks?|broke|breaking) out\b/, '$1 reacts'],
  [/\bdeal ?breaker\b/, 'problem'],
  [/\bat the end of the day\b/, ''],
  [/\b(from )?start to finish\b/, ''],
  [/\btalking points\b/, 'points'],
  [/\b(lay|hit) (it|me) (on|with) (me|it)\b/, ''],
  // An activity named with what it is done on or with: "rock climbing", "mountain biking" are climbing, biking.
  [
    /\b(rock|ice|wall|indoor|outdoor|mountain|trail|road|weight|power|free|scuba|cliff|open water) (climbing|biking|cycling|skating|running|lifting|diving|swimming)\b/,
    '$2',
  ],
  // "real talk", "ok real talk": how frankly it is asked.
  [/\breal talk\b/, ''],
  // Chat for "is that true": "…or is that cap", "no cap".
  [/\b(or )?(is )?(that|it|this) (just )?cap\s*(?=[?!.]*$)|\bno cap\b/, ''],
  // "what's the spiel on styles", "the lowdown on aftercare": tell me about.
  [/\bwhat('s| is) the (spiel|scoop|lowdown|rundown|tea) (on|with|about)\b/, 'tell me about'],
  // A bad experience heard of: "she read a horror story online", "horror stories about infections".
  [/\bhorror (stor(y|ies))\b/, 'bad $1'],
  // "money-wise", "pain-wise": as regards money, pain.
  [/\b([a-z]+)-wise\b/, '$1'],
  // An age written short: "16yo", "15yrs", "17 y/o" are that many years old.
  [/\b(\d{1,2}) ?(?:yo|y\/o|yrs?)\b(?: old)?/, '$1 years old'],
  // A kind's name split in two: "micro dermal", "micro-dermals".
  [/\bmicro[- ](dermals?)\b/, 'micro$1'],
];
/**
 * An intensifier right after a question word ("what exactly is", "how tf do you") says how strongly something
 * is asked, not what: the question reads the same without it.
 */
const WH_INTENSIFIER =
  /\b(what|how|why|where|when|which|who)\s+(?:exactly|actually|really|precisely|even|tf|the (?:heck|hell|fuck)|on earth)\b/g;
/** "how much 4 a gold anklet", "is it 4 me": a 4 before a determiner or pronoun is "for", never a number of them. */
const FOUR_AS_FOR = /(?<![\d.,$])\b4 (?=(a|an|the|my|your|you|me|him|her|them|us|it|this|that|these|those)\b)/g;
/** "min number of ppl", "max group size": min and max before a noun of amount are minimum and maximum, not minutes. */
const MIN_MAX =
  /\b(min|max) (number|age|order|spend|amount|price|headcount|people|guests|group|size|length|deposit)\b/g;
/**
 * An intensifier after what it strengthens: "hurt like hell", "sore as heck". (Only where a clause or a phrase ends:
 * "as crazy popular as" compares.) Not for the safety rules, which read "bleeding like crazy" as heavy bleeding.
 */
const INTENSIFIER =
  /\b(like|as) (hell|heck|fuck|shit|crazy)\b(?=\s*(?:[?.!,;\uE000]|$|(?:after|when|while|and|but|or|so|though|tho|during|for|with|at|in|on|if|because|be)\b))/g;
const IDIOM_PATTERN = new RegExp(IDIOMS.map(([re]) => re.source).join('|'), 'g');

export function normalizeMessage(
  text: string,
  dict?: WordList,
  opts: { clauses?: boolean; intensifiers?: boolean } = {},
): string {
  // A "+" between words joins them like "and": "how long til its healed + does it hurt".
  const t = expandContractions(foldCharacters(text)).replace(/(?<=\p{L})\s+\+\s+(?=\p{L})/gu, ' and ');
  const out = t.replace(/[\p{L}\p{N}@$!&']+/gu, (raw) => {
    const m = /^(.*?)([!']*)$/u.exec(raw);
    let token = m?.[1] ?? raw;
    const trail = m?.[2] ?? '';
    if (!token) return raw;
    // An interjection in chat closes a clause, like an emoji: "gonna burn me lol does it hurt" is two questions.
    if (FILLERS.has(token) || LAUGHTER.test(token)) return ` ${CLAUSE_MARK} `;
    const chat = CHAT_SPELLINGS[token];
    if (chat !== undefined) return chat + trail.replace(/'/g, '');
    token = foldLeet(token, dict);
    token = collapseRepeats(token, dict);
    token = restoreDroppedG(token, dict);
    const again = CHAT_SPELLINGS[token];
    return (again ?? token) + trail.replace(/'/g, '');
  });
  return resolveClauseMarks(
    out
      // "you guys", "you all": the plural you.
      .replace(/\byou (guys|all)\b/g, 'you')
      .replace(WH_INTENSIFIER, '$1')
      .replace(INTENSIFIER, (m) => (opts.intensifiers === false ? m : ''))
      .replace(FOUR_AS_FOR, 'for ')
      .replace(MIN_MAX, (_m, w: string, rest: string) => `${w === 'min' ? 'minimum' : 'maximum'} ${rest}`)
      .replace(IDIOM_PATTERN, (m) => {
        const idiom = IDIOMS.find(([re]) => re.test(m));
        return idiom ? m.replace(idiom[0], idiom[1]) : m;
      })
      .replace(/\s+/g, ' '),
    opts.clauses ?? true,
  )
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
}
