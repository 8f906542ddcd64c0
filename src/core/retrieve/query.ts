/** Query analysis: weighted terms (typed, spell-corrected, expanded), named kinds and topics, coverage. */
import { BODY_PARTS, PEOPLE, SITUATIONS, SYNONYMS } from '../text/lexicon.js';
import { isStopWord, stem, words } from '../text/tokenize.js';
import type { JewelryKind, Topic } from '../types.js';
import { studioAsks } from '../understand/intent.js';
import { namedKinds, namedTopics } from '../understand/kinds.js';
import { wordRoles } from '../understand/nouns.js';

export { namedKinds, namedTopics };

import type { QueryTerm } from './bm25.js';

/** What the retriever and the composer know about a question. */
export interface AnalyzedQuery {
  text: string;
  /** Weighted BM25 terms. */
  terms: QueryTerm[];
  /** Stems of the content words typed (before expansion). */
  content: string[];
  /** How informative each content stem is: log of its English frequency rank (rare words and words English lacks weigh most). */
  informativeness: Map<string, number>;
  /** Content stems with no match in the guidance (after correction and expansion). */
  uncovered: string[];
  /** The content stems that name a thing (nouns, numbers: "tungsten", "mri"); only computed when some are uncovered. */
  names: string[];
  kinds: JewelryKind[];
  topics: Topic[];
}

/** The vocabulary the guidance uses (stems), for spelling correction and coverage. */
export interface Vocabulary {
  has(term: string): boolean;
  vocabulary(): Iterable<string>;
}

/** General English knowledge: the frequency rank of a word (0 = most common), undefined when unknown. */
export type EnglishRank = (word: string) => number | undefined;

const SEPARABLE_REMOVAL = /\b(take|get|pull|pop|cut)(\s+\w+){1,3}\s+(out|off)\b/;

/** The rank given to a word general English does not know (as rare as the rarest ranked words). */
const UNRANKED = 100_000;
/** The informativeness of a word general English does not know ("waitlist", a brand): as rare as can be. */
export const UNKNOWN_WORD_INFORMATIVENESS = Math.log(UNRANKED + 2);
/** Words so common that their absence from the guidance says nothing about its coverage. */
const COMMON_RANK = 500;
/** BM25 weight of a synonym of a typed word. */
const EXPANSION_WEIGHT = 0.45;
/** BM25 weight of a word that is very common or only frames the question. */
const MINOR_TERM_WEIGHT = 0.3;
/**
 * Question framing, not subject matter: never counted for coverage. With it, how the asker feels about asking
 * ("kinda nervous", "so scared lol"): the feeling says how they ask, the rest what.
 */
const FRAMING = new Set(
  'till until happen happens happened worry worried idea problem problems issue issues difference different better best good bad fine okay normal heavy operate use using used thing stuff anything everything someone people get getting put explain describe define definition meaning mean means tell know understand wondering curious question questions walk exactly basically actually like scale quote quoting pitch pitching flag flagging steer steering steered mention mentioning honest honestly angle hype myth heard hear true truth rumor rumors rumour rumours nervous anxious scared afraid terrified excited stressed freaking doable feasible'.split(
    ' ',
  ),
);

/** "how does removal work", "how do dermals even work": what works here is what functions, not a job. */
const HOW_IT_WORKS = /\bhow (does|do|did|will|would|can) [\w\s-]{1,40} works? $/;

/** Number words: as contentless as digits ("zero pain tolerance", "two bracelets"). */
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand dozen half'.split(
    ' ',
  ),
);
/** Nouns that only measure out what follows "of" ("a bunch of machines", "the chances of complications"): what is asked is the noun after. */
const QUANTITY_NOUNS = new Set(
  'bunch lot lots ton tons couple bit load loads plenty handful number amount chance chances odds kind sort'.split(' '),
);

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      // A swapped pair of letters ("remvoe", "jewlery") is one edit (optimal string alignment).
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return (prev[b.length] ?? max + 1) <= max;
}

/** Endings the light stemmer leaves on, and what the guidance word would end in instead. */
const INFLECTIONS: [RegExp, string][] = [
  [/iest$/, 'y'],
  [/ier$/, 'y'],
  [/est$/, ''],
  [/est$/, 'e'],
  [/er$/, ''],
  [/er$/, 'e'],
  [/ied$/, 'y'],
  [/ed$/, 'e'],
  [/ing$/, 'e'],
];

/** The guidance stem of another form of a word ("safest" → "safe", "edged" → "edge"), or null. */
export function inflectedForm(word: string, vocab: Vocabulary): string | null {
  if (word.length < 5) return null;
  for (const [re, end] of INFLECTIONS) {
    if (!re.test(word)) continue;
    const base = word.replace(re, end);
    // (Not when the stemmer cuts the base short: "earliest" → "early" → "ear" is another word.)
    const st = stem(base);
    if (base.length >= 3 && st.length >= base.length - 1 && vocab.has(st)) return st;
  }
  return null;
}

/** The closest guidance term within 1 edit (2 for long words), if any. */
export function correctSpelling(term: string, vocab: Vocabulary): string | null {
  if (term.length < 4 || vocab.has(term)) return null;
  const max = term.length >= 7 ? 2 : 1;
  for (const candidate of vocab.vocabulary()) {
    if (candidate.length >= 3 && candidate[0] === term[0] && editDistanceAtMost(term, candidate, max)) return candidate;
  }
  return null;
}

/** Analyses a (sanitised) question against the guidance vocabulary. */
export function analyzeQuery(
  text: string,
  vocab: Vocabulary,
  englishRank: EnglishRank = () => undefined,
): AnalyzedQuery {
  const lower = ` ${words(text).join(' ')} `;
  const weights = new Map<string, number>();
  const add = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  const content: string[] = [];
  const informativeness = new Map<string, number>();
  const uncovered: string[] = [];
  const typed = new Map<string, string>();
  const commonWords: { w: string; s: string; rank: number; missing: boolean }[] = [];
  const typedWords = words(text);
  const studio = studioAsks(text.toLowerCase()).length > 0;
  const topics = namedTopics(text);
  for (const [i, w] of typedWords.entries()) {
    if (isStopWord(w) || w.length < 2) continue;
    const s = stem(w);
    const expansions = (SYNONYMS[w] ?? SYNONYMS[s] ?? []).map(stem);
    // An inflected form is as common as its stem ("wants" as "want").
    const ranks = [englishRank(w), englishRank(s)].filter((r): r is number => r !== undefined);
    const rank = ranks.length ? Math.min(...ranks) : undefined;
    const common = rank !== undefined && rank < COMMON_RANK;
    const measure = NUMBER_WORDS.has(w) || (QUANTITY_NOUNS.has(w) && typedWords[i + 1] === 'of');
    const framing = FRAMING.has(w) || (/^works?$/.test(w) && HOW_IT_WORKS.test(lower));
    const counts = !framing && !common && !/^\d+$/.test(w) && !measure;
    if (counts) {
      content.push(s);
      typed.set(s, w);
      informativeness.set(s, Math.log((rank ?? UNRANKED) + 2));
    }
    let fixed: string | null = null;
    // Another form of a guidance word the light stemmer does not fold: "safest" → safe, "tighter" → tight,
    // "edged" → edge, "easiest" → easy.
    // (Not in a studio question: "your busiest day", "the closest parking" ask a fact the file must state.)
    const form = vocab.has(s) || expansions.length || studio ? null : inflectedForm(w, vocab);
    // Framing ("exactly", "basically", "explain") says how it is asked, not what: it barely steers retrieval.
    if (vocab.has(s) && !framing) add(s, common ? MINOR_TERM_WEIGHT : 1);
    else if (form && !framing) {
      fixed = form;
      add(form, common ? MINOR_TERM_WEIGHT : 1);
    } else {
      // Only words English does not know are typos; "scan" is not a misspelt "scar".
      fixed = rank === undefined || rank > 60_000 ? (correctSpelling(s, vocab) ?? correctSpelling(w, vocab)) : null;
      if (fixed) add(fixed, 0.9);
    }
    const missing = !vocab.has(s) && !fixed && !expansions.some((e) => vocab.has(e));
    if (counts && missing) uncovered.push(s);
    if (!counts && common && !framing) commonWords.push({ w, s, rank: rank ?? 0, missing });
    for (const e of expansions) add(e, EXPANSION_WEIGHT);
  }
  for (const [phrase, extra] of Object.entries(SYNONYMS)) {
    if (phrase.includes(' ') && lower.includes(` ${phrase} `)) for (const e of extra) add(stem(e), 0.5);
  }
  // Separable phrasal verbs: "take my dermal out", "get the bracelet off".
  if (SEPARABLE_REMOVAL.test(lower)) for (const e of ['remove', 'removal', 'cut']) add(stem(e), 0.5);
  // A question of common words only ("what is the capital of france") is still about something: its
  // common words count for coverage then, or it would look fully covered.
  if (content.length === 0)
    for (const { w, s, rank, missing } of commonWords) {
      content.push(s);
      typed.set(s, w);
      informativeness.set(s, Math.log(rank + 2));
      if (missing) uncovered.push(s);
    }
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));
  let names: string[] = [];
  let gaps = uncovered;
  let asked = content;
  if (uncovered.length) {
    const roles = wordRoles(text);
    // Where on the body is context when something else is asked about it (healing, pain, cleaning…); in
    // "can i get a microdermal on my face" the place is what is asked.
    const placementIsContext = topics.some((t) => t !== 'types' && t !== 'style');
    // Who the message is about ("my sister", "a customer", "herself") is context, not what is asked:
    // the guidance need not mention her.
    const word = (s: string) => typed.get(s) ?? s;
    // …and so is a missing word that only describes ("sounds scary", "a not-sketchy piercer"): what is
    // asked about is named by nouns and verbs.
    // …and so is where on the body the piece goes ("on my collarbone"): the guidance need not list every spot.
    const context = (s: string) =>
      roles.persons.has(word(s)) ||
      PEOPLE.has(word(s)) ||
      (((placementIsContext && (BODY_PARTS.has(word(s)) || SITUATIONS.has(word(s)))) ||
        roles.describing.has(word(s))) &&
        uncovered.includes(s));
    if (content.some((s) => !context(s))) {
      asked = content.filter((s) => !context(s));
      gaps = uncovered.filter((s) => !context(s));
    }
    names = asked.filter((s) => roles.naming.has(word(s)));
  }
  return {
    text,
    terms,
    content: asked,
    informativeness,
    uncovered: gaps,
    names,
    kinds: namedKinds(text),
    topics,
  };
}
