/**
 * Local (offline) answers: a few extracted sentences from the best chunks, with citations, grouped by
 * jewelry kind when the question does not name one and the guidance differs by kind.
 */
import type { RetrievalResult } from '../retrieve/hybrid-retriever.js';
import { analyzeQuery, UNKNOWN_WORD_INFORMATIVENESS } from '../retrieve/query.js';
import { BODY_PARTS, MOVING_HOLIDAYS, PEOPLE, SHOPS, TIME_WORDS } from '../text/lexicon.js';
import { isStopWord, stem, terms, words } from '../text/tokenize.js';
import type { Citation, JewelryKind, ScoredChunk, Topic } from '../types.js';
import { type QuestionPart, type StudioAsk, withReferent } from '../understand/index.js';
import { ITEM_ASKS, intentOf, ON_A_PIECE, studioAskTerms } from '../understand/intent.js';
import { isSpecificKind, namedKinds } from '../understand/kinds.js';
import { wordRoles } from '../understand/nouns.js';
import {
  ANSWER_THRESHOLD,
  ASK_BACK_THRESHOLD,
  bestEvidence,
  passageScores,
  statesFactOf,
  statesStudioFact,
} from './answerability.js';
import { comparisonAnswer, listAnswer, siblingAnswer, withFollowOn } from './extract.js';
import {
  ASKS_QUANTITY,
  type Candidate,
  pickSentences,
  STATES_NUMBER,
  scoreSentences,
  sentenceUnits,
} from './sentences.js';
import { priceTotal } from './totals.js';

/** What the composer decided, before safety wording and recording. */
export interface Composition {
  text: string;
  citations: Citation[];
  inScope: boolean;
  noKnowledge: boolean;
  topic: Topic | null;
  confidence: number;
  /** The chunks the text relies on (LLM mode grounds on the same). */
  used: ScoredChunk[];
  /** Ask-back: candidate questions when no passage is clearly right but some are close. */
  suggestions?: string[];
  /** A studio question about a thing the guidance never names ("a good pizza place open late"): not covered. */
  unnamedThing?: boolean;
}

/** Where the piece goes and when, as stems: context of a studio question, never the thing it asks about. */
const STUDIO_CONTEXT_STEMS = new Set([...BODY_PARTS, ...TIME_WORDS, ...SHOPS].map(stem));
/** A month named in a question. */
const MONTH = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b(?= \d)/;
/** A holiday the guidance does not name is a thing asked about, however the tagger reads it ("on thanksgiving"). */
const HOLIDAY_STEMS = new Set([...MOVING_HOLIDAYS].map(stem));

/** A studio passage must hold at least this share of the question's terms (0.15–0.45 scored the same on the studio dev split). */
export const STUDIO_MIN_LEXICAL = 0.3;

/**
 * How an extractive answer is picked: the best sentence, then runners-up scoring at least `ratio` of it,
 * at most `max` sentences within `words` words. The ratio passed the most dev questions when chosen
 * (0.3: 174 of 218; 0.9: 154; `scripts/fit-sentences.ts` prints the sweep). Length, swept on the answer cases of
 * the dev sets A, B, E, R, Y, L, Z2, X10 (2026-12-04): 3 sentences / 80 words passed 494, 4 / 100 and 4 / 110
 * passed 503, 5 / 130 passed 507; 4 / 110 keeps an answer to a few sentences.
 */
export const PICK = { max: 4, words: 110, ratio: 0.3 };

/** At most this many candidate questions are offered when asking back. */
export const MAX_SUGGESTIONS = 3;

/** Answers that differ by kind are grouped into these families. */
const FAMILIES: { label: string; kinds: JewelryKind[] }[] = [
  { label: 'Welded chains (bracelets, anklets, necklaces)', kinds: ['welded-chain'] },
  {
    label: 'Implants and dermals (microdermal, dermal punch, surface piercing)',
    kinds: ['microdermal', 'dermal-punch', 'surface-piercing', 'implant'],
  },
];
const GROUPED_TOPICS: Topic[] = ['pain', 'healing', 'removal', 'procedure', 'cleaning', 'types'];

/** The family a chunk belongs to: it names kinds of exactly one family (general kinds like "piercing" are neutral). */
const familyOf = (kinds: JewelryKind[]) => {
  const hits = FAMILIES.map((f) => f.kinds.some((k) => kinds.includes(k)));
  return hits.filter(Boolean).length === 1 ? hits.indexOf(true) : -1;
};

function cite(picked: Candidate[]): Citation[] {
  const seen = new Map<string, Citation>();
  for (const p of picked) {
    if (!seen.has(p.chunk.source)) {
      const quote = p.text.length > 220 ? `${p.text.slice(0, 217)}…` : p.text;
      seen.set(p.chunk.source, { source: p.chunk.source, title: p.chunk.title, quote });
    }
  }
  return [...seen.values()];
}

/** Composes the "not covered" reply. */
export function noKnowledgeText(business: boolean): string {
  return business
    ? "Our guidance doesn't cover that studio detail (prices, opening hours, bookings and policies are answered only when the studio has written them down) — please ask the studio directly."
    : "Our guidance doesn't cover that. Please ask the studio or your piercer/jeweler directly — a moderator has been notified so the guidance can be improved.";
}

/** Both kinds are covered when each family's best sentence scores at least this share of the best overall (dev: the same number of questions passed for every value from 0.3 to 1). */
export const GROUP_MIN_SHARE = 0.45;
/** Per family: at most two sentences, 45 words (70 with a follow-on sentence). */
const GROUP_PICK = { max: 2, words: 45, ratio: 0.6 };
const GROUP_WORDS_WITH_FOLLOW_ON = 70;
/** An answer with its follow-on sentences stays within this many words. */
const ANSWER_WORDS_WITH_FOLLOW_ON = 110;

function grouped(cands: Candidate[]): Candidate[][] | null {
  const groups = FAMILIES.map((_f, i) => cands.filter((c) => familyOf(c.chunk.appliesTo) === i));
  const best = cands[0]?.score ?? 0;
  const tops = groups.map((g) => g[0]?.score ?? 0);
  if (tops.some((t) => t < best * GROUP_MIN_SHARE)) return null;
  return groups.map((g) => withFollowOn(pickSentences(g, GROUP_PICK), GROUP_WORDS_WITH_FOLLOW_ON));
}

/** The question a passage answers: its last heading, as asked. */
const questionOf = (c: ScoredChunk) => (c.chunk.heading.split(' › ').pop() ?? c.chunk.heading).trim();

/** Up to three distinct questions the closest passages answer. */
function suggestionsFor(r: RetrievalResult): string[] {
  const scores = passageScores(r);
  const ranked = r.evidence
    .map((e) => ({ e, hit: r.results.find((x) => x.chunk.id === e.chunkId) }))
    .filter((x): x is { e: (typeof r.evidence)[number]; hit: ScoredChunk } => Boolean(x.hit))
    .sort((a, b) => (scores.get(b.e.chunkId) ?? 0) - (scores.get(a.e.chunkId) ?? 0));
  const out: string[] = [];
  for (const { hit } of ranked) {
    const q = questionOf(hit);
    if (/\?$/.test(q) && !out.includes(q)) out.push(q);
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out;
}

/** The ask-back reply: a short line, then the candidate questions (buttons in chat adapters). */
export function askBackText(suggestions: string[]): string {
  return `I'm not sure which of these you mean — pick one, or rephrase your question:\n${suggestions.map((q, i) => `${i + 1}. ${q}`).join('\n')}\nIf none of these fits, our guidance may not cover it — the studio or your piercer can help.`;
}

function noKnowledge(base: { topic: Topic | null }, business: boolean): Composition {
  return {
    ...base,
    text: noKnowledgeText(business),
    citations: [],
    inScope: true,
    noKnowledge: true,
    confidence: 0.1,
    used: [],
  };
}

/**
 * A price or product asked for an item the studio's passages do not name: the word before the item's noun
 * ("a *hand* chain", "a *rose* gold bracelet", "*nose* piercings") appears in none of them, so a same-shape
 * price of another item must not answer it. ("a gold anklet" is named: "Anklet — … Gold filled: $95".)
 */
function unpricedItem(text: string, studio: StudioAsk[], results: ScoredChunk[], asking: Set<string>): boolean {
  if (!studio.some((a) => ITEM_ASKS.includes(a))) return false;
  // A piece someone already has is described, not chosen from a list: "her grandma's little heart charm".
  text = text.replace(HAD_PIECE, ' ');
  const roles = wordRoles(text);
  const ws = words(text);
  const stated = new Set(results.flatMap((x) => terms(`${x.chunk.heading} ${x.chunk.text}`)));
  const lower = text.toLowerCase();
  // A possessive ("client's chain") says whose, not which item.
  const possessive = (w: string) => lower.includes(`${w.replace(/s$/, '')}'s`);
  const item = (w: string | undefined) =>
    w !== undefined &&
    w.length >= 3 &&
    !isStopWord(w) &&
    roles.naming.has(w) &&
    !roles.persons.has(w) &&
    !PEOPLE.has(w) &&
    !asking.has(stem(w)) &&
    !/\d/.test(w) &&
    !COUNT_WORDS.has(w) &&
    !possessive(w);
  // (…the run of words naming it counts as one: "stainless steel chain" is named by "stainless".)
  const namedBefore = (i: number) => {
    const before = ws[i - 1];
    return before !== undefined && before.length >= 3 && !isStopWord(before) && stated.has(stem(before));
  };
  if (ws.some((w, i) => item(w) && item(ws[i + 1]) && !stated.has(stem(w)) && !namedBefore(i))) return true;
  // A piece named by where it is worn ("an earring chain", "a toe ring", "a belly chain") is another piece.
  if (ws.some((w, i) => PIECE_PLACES.has(w) && WORN_PIECE.test(ws[i + 1] ?? '') && !stated.has(stem(w)))) return true;
  // The piece itself must be among them too: a bracelet price does not price "a permanent necklace". (All
  // welded pieces are one kind, so the kind check above passes them; an implant is matched by its kind.)
  return ws.some((w) => CHAIN_PIECES.test(w) && !possessive(w) && !stated.has(stem(w)));
}

/** A clause pointing back at what the clause before it named (not "it", mostly the piece: "…do i pay to fix it"). */
const POINTS_BACK_TO = /\b(that|this|those|these|one|ones)\b/;
/** Where a message's clauses part: punctuation and the words that join clauses. */
const CLAUSE_SPLIT = /[,.;!?]+|\b(?:and|but|so|because|cuz|since|n)\b/;
/** A clause that asks or points at the studio: a question, "you", an asked word. */
const ASKING_CLAUSE =
  /\b(you|your|u|ur|y'?all|we|our|how|what|when|where|which|who)\b|^\s*(can|could|do|does|is|are|will|would|should|may|any)\b/;

/**
 * The stems of the clauses of a studio question that ask something or name the jewelry: the clauses of its story
 * that do neither ("my best friend is moving to denver next month") are context, whatever they name.
 */
function askedClauses(text: string): Set<string> {
  const clauses = text.split(CLAUSE_SPLIT).filter((c): c is string => typeof c === 'string' && c.trim().length > 0);
  const names = (c: string) => namedKinds(c).length > 0 || words(c).some((w) => CHAIN_PIECES.test(w));
  const asks = (c: string) => ASKING_CLAUSE.test(c) || studioAskTerms(c).length > 0;
  // (A clause asking of "that" asks of the clause before it: "thinkin bout a septum next, how much is that".)
  const asking = clauses.filter(
    (c, i) => asks(c) || names(c) || (POINTS_BACK_TO.test(clauses[i + 1] ?? '') && asks(clauses[i + 1] ?? '')),
  );
  return new Set(terms((asking.length ? asking : clauses).join(' ')));
}

/** How many, in words: "two lark bracelets" counts the bracelets, it names no other item. */
const COUNT_WORDS = new Set('two three four five six seven eight nine ten couple pair few several'.split(' '));

/** A piece someone already has, with what describes it: "her grandma's little heart charm", "a charm she brought". */
const HAD_PIECE =
  /\b(?:[a-z]+'s|(?:she|he|they|i|we) (?:has|have|had|brought|bought|got)(?: a| an| her| his| their| my| our)?) (?:[\w-]+ ){0,3}(?:charms?|chains?|pendants?|beads?|discs?)\b/g;

/** A piece someone already has: "my bracelet", "her old anklet", "the client's necklace". */
const OWNED_PIECE =
  /\b(?:my|her|his|their|your|our|[a-z]+'s) (?:\w+ )?(?:bracelets?|anklets?|necklaces?|rings?|chains?|chokers?)\b/g;

/** Where the usual pieces go: a "wrist chain" is a bracelet, an "ankle chain" an anklet, a "neck chain" a necklace. */
const USUAL_PLACES = new Set(['wrist', 'wrists', 'ankle', 'ankles', 'neck', 'finger', 'fingers']);
/** Where a piece is worn, naming the piece before its noun: "hand chain", "toe ring", "earring chain". */
const PIECE_PLACES = new Set(
  [...BODY_PARTS, 'earring', 'earrings', 'body', 'waist', 'belly'].filter((w) => !USUAL_PLACES.has(w)),
);
const WORN_PIECE = /^(chains?|bracelets?|anklets?|necklaces?|rings?|chokers?|cuffs?)$/;

/** The welded pieces a studio prices one by one. */
const CHAIN_PIECES = /^(bracelets?|anklets?|necklaces?|rings?|chokers?)$/;

/** Builds the local answer for one question part from its retrieval result. */
export function composeLocal(r: RetrievalResult, part?: QuestionPart): Composition {
  const { query } = r;
  const topic = part?.topics[0] ?? query.topics[0] ?? r.results[0]?.chunk.topics[0] ?? null;
  const base = { topic };
  const studio = part?.studio ?? [];
  // The words of this part as asked (without the studio or kind words retrieval appended).
  const askedText = part?.text ?? query.text;
  // …without a piece something goes on ("add a birthstone to her bracelet"): where, not what is asked for.
  const itemText = askedText.replace(ON_A_PIECE, ' ');
  // …read with the question it asks again, for a follow-up ("and in solid gold?" after a silver bracelet's price).
  const itemWithReferent = part?.referent ? `${part.referent}. ${itemText}` : itemText;
  let results = r.results;
  const best = bestEvidence(r);
  if (studio.length) {
    // A studio fact is answered only by a passage that states one of that shape (a price, opening times…).
    // (…or one that names every thing asked: "A single microdermal is $90" holds few of the words retrieval added
    // for a price, "price cost", yet names the microdermals asked about.)
    // (Not a word every studio passage may use: "the studio's address", "the cheapest metal".)
    const named = [...askedItems(itemWithReferent)].filter((t) => !GENERIC_ITEMS.has(t));
    // (A kind the tagger does not read as a noun, "surface piercing price?", is named by its own words.)
    const items = named.length
      ? named
      : namedKinds(itemWithReferent)
          .filter((k) => k !== 'welded-chain')
          .flatMap((k) => terms(k.replace(/-/g, ' ')));
    const namesAll = (id: string) => {
      const chunk = r.results.find((x) => x.chunk.id === id)?.chunk;
      const said = chunk ? new Set(terms(`${chunk.heading} ${chunk.text}`)) : new Set<string>();
      return items.length > 0 && items.every((t) => said.has(t));
    };
    const ok = new Set(
      r.evidence.filter((e) => e.lexical >= STUDIO_MIN_LEXICAL || namesAll(e.chunkId)).map((e) => e.chunkId),
    );
    // …and about the jewelry asked about: the charm price does not answer "how much is a dermal punch".
    // (A price or a product is the fact of one item; a rule on bookings, events or ages may name the kinds differently.)
    // (A piece it goes on is not the item: "add a birthstone to her bracelet" asks the birthstone.)
    const itemKinds = part?.kinds.length ? namedKinds(itemText) : [];
    const asked = studio.some((a) => ITEM_ASKS.includes(a))
      ? itemKinds.length || !namedKinds(askedText).length
        ? (part?.kinds ?? []).filter((k) => itemKinds.length === 0 || itemKinds.includes(k))
        : []
      : [];
    const aboutAsked = (x: ScoredChunk) =>
      asked.length === 0 || namedKinds(`${x.chunk.heading} ${x.chunk.text}`).some((k) => asked.includes(k));
    results = results.filter((x) => ok.has(x.chunk.id) && statesStudioFact(x.chunk, studio) && aboutAsked(x));
    // The thing asked about ("a waitlist", "18k gold") must be in the guidance at all, not just a fact of the same shape.
    // Only the words asked count: the studio words retrieval adds ("minimum", "guardian") are not the question's.
    // Nor do the words that only ask for the fact ("located", "cost"): a studio's page says "Finding us", not "located".
    const asking = new Set(terms(studioAskTerms(askedText).join(' ')));
    // (What describes a piece someone already has is not asked for: "her grandma's little heart charm".)
    const typed = new Set(terms(askedText.replace(HAD_PIECE, ' ')).filter((t) => !asking.has(t)));
    // A missing word vetoes when it names a thing ("rose gold") or general English does not know it ("waitlist",
    // a brand), not when it is an ordinary verb or adjective ("a client who hates texting").
    // Tagged in the words asked alone: the studio words retrieval appends ("… (contact phone email text)") would
    // make "texting" a noun.
    // Where the piece goes and when are context: "can i walk in tomorrow for a microdermal on my collarbone".
    // (…and a clause of the story that neither asks nor names what is asked is context too: "my best friend is moving
    // to denver next month, we want matching sable bracelets… what would the total be".)
    const inAskingClause = askedClauses(askedText);
    const missing = query.uncovered.filter(
      (s) => typed.has(s) && !STUDIO_CONTEXT_STEMS.has(s) && inAskingClause.has(s),
    );
    const naming = missing.length ? wordRoles(askedText).naming : new Set<string>();
    const namedStems = new Set(
      words(askedText)
        .filter((w) => naming.has(w))
        .map(stem),
    );
    const missingThing = missing.some(
      (s) =>
        namedStems.has(s) ||
        HOLIDAY_STEMS.has(s) ||
        (query.informativeness.get(s) ?? 0) >= UNKNOWN_WORD_INFORMATIVENESS,
    );
    // A date asked ("open december 24", a holiday read as its date) is answered only by passages naming that
    // month: the weekday rows do not say. (Months are common words, so the coverage check above passes them.)
    const month = MONTH.exec(askedText)?.[0];
    const missingDate =
      month !== undefined &&
      !results.some((x) => new RegExp(`\\b${month}\\b`, 'i').test(`${x.chunk.heading} ${x.chunk.text}`));
    // (A piece something goes on is where, not the item: "can you put it on my bracelet? how much".)
    if (missingThing) return { ...noKnowledge(base, true), unnamedThing: true };
    if (results.length === 0 || missingDate || unpricedItem(itemText, studio, results, asking))
      return noKnowledge(base, true);
  } else if (results.length === 0 || best < ASK_BACK_THRESHOLD) {
    return noKnowledge(base, false);
  } else if (best < ANSWER_THRESHOLD) {
    // Asking back helps when the phrasing is the problem; when the thing asked about is missing from the guidance, say so.
    // (Only a missing word that names a thing, or one general English does not know: "is saline enough or do we
    // recommend something stronger" misses only an ordinary verb and adjective.)
    const naming = query.uncovered.length ? wordRoles(askedText).naming : new Set<string>();
    const namedStems = new Set(
      words(askedText)
        .filter((w) => naming.has(w))
        .map(stem),
    );
    const thingMissing = query.uncovered.some(
      (s) => namedStems.has(s) || (query.informativeness.get(s) ?? 0) >= UNKNOWN_WORD_INFORMATIVENESS,
    );
    if (thingMissing) return noKnowledge(base, false);
    const suggestions = suggestionsFor(r);
    if (suggestions.length === 0) return noKnowledge(base, false);
    return {
      ...base,
      text: askBackText(suggestions),
      citations: [],
      inScope: true,
      noKnowledge: false,
      confidence: best,
      used: [],
      suggestions,
    };
  }
  // For a studio fact, the words asked (and their synonyms) choose the sentence, not the studio words appended.
  // (The statement a pronoun points back to was asked too: "i have my grandma's charm. can you put it on?")
  // A piece the asked thing goes on ("add a birthstone to her bracelet", "swap the top on my dermal") is where it
  // goes, not what is priced: it does not choose the row.
  const onPiece = new Set([...askedText.matchAll(ON_A_PIECE)].map((m) => stem(m[1] ?? '')));
  const asked = studio.length
    ? new Set(
        analyzeQuery(part ? withReferent(part) : askedText, {
          has: () => true,
          vocabulary: () => [],
        })
          .terms.map((t) => t.term)
          .filter((t) => !onPiece.has(t)),
      )
    : undefined;
  const scored = scoreSentences(r, results, asked);
  const cands = studio.length
    ? namingFirst(
        scored,
        itemText,
        part?.referent,
        studio.some((a) => ITEM_ASKS.includes(a)),
      )
    : scored;
  const groupedTopic = (part?.topics ?? query.topics).some((t) => GROUPED_TOPICS.includes(t));
  const kinds = part?.kinds ?? query.kinds;
  const list = listAnswer(query.text, cands, kinds) ?? siblingAnswer(query.text, cands);
  const groups = !list && kinds.length === 0 && groupedTopic ? grouped(cands) : null;
  let text: string;
  let picked: Candidate[];
  if (list) {
    picked = list;
    text = list.map((c) => c.text).join('\n');
  } else if (groups) {
    picked = groups.flat();
    text = groups.map((g, i) => `**${FAMILIES[i]?.label}:** ${prose(g)}`).join('\n');
  } else {
    // A studio's own passage is one short section (at most the chunker's 140 words) whose sentences lean on
    // each other ("Welding appointments: $25 deposit." … "Cancel with less than 48 hours' notice and the
    // deposit is forfeited."): it is answered whole. (Whole sections passed 76 of the 94 studio dev questions
    // T and D, the best sentences alone 65.)
    // "What's the difference between a microdermal and a surface piercing": each kind's own sentence. (A comparison
    // of one property, "which heals faster", is answered by the sentences about that property.)
    const compared =
      (part?.intent ?? intentOf(query.text)) === 'comparison' &&
      (part?.topics ?? query.topics).every((t) => t === 'types' || t === 'style')
        ? comparisonAnswer(kinds, cands, PICK.ratio)
        : null;
    picked = studio.length
      ? wholePassage(cands, itemWithReferent)
      : (compared ??
        withFollowOn(withinKind(pickSentences(ofTheKind(cands, kinds), PICK), kinds), ANSWER_WORDS_WITH_FOLLOW_ON));
    text = prose(picked);
    // Several of one piece asked ("3 microdermals, what's the total"): the sum of the prices quoted, first.
    const chosen = cands[0] && picked.includes(cands[0]) ? cands[0].text : picked[0]?.text;
    const total = studio.includes('price')
      ? priceTotal(
          itemWithReferent,
          picked.map((c) => c.text),
          chosen,
        )
      : null;
    if (total) text = `${total} ${text}`;
  }
  // Asked for a number the guidance does not state ("what percent of microdermals reject"): not answered.
  // (A list answers "how many kinds" by its items.)
  if (
    !studio.length &&
    !list &&
    ASKS_QUANTITY.test(query.text) &&
    !picked.some((c) => STATES_NUMBER.test(withoutNumbering(c.text)))
  )
    return noKnowledge(base, false);
  const usedIds = new Set(picked.map((p) => p.chunk.id));
  return {
    topic,
    text,
    citations: cite(picked),
    inScope: true,
    noKnowledge: picked.length === 0,
    confidence: Math.max(best, studio.length ? ANSWER_THRESHOLD : 0),
    used: results.filter((x) => usedIds.has(x.chunk.id)),
  };
}

/**
 * For a studio fact: a close candidate that names the thing asked ("Birthstone connector: $25." for "add a
 * birthstone to her bracelet") goes before one that only states a fact of the same shape ("Premium chains add $15").
 */
function namingFirst(cands: Candidate[], text: string, referent?: string, itemAsk = false): Candidate[] {
  const top = cands[0];
  if (!top) return cands;
  const own = askedItems(text);
  // (A follow-up naming only another metal, "and in solid gold?", asks the piece of the question it asks again.)
  const earlier = referent ? [...askedItems(referent)].filter((t) => !own.has(t)) : [];
  if (!own.size && !earlier.length) return cands;
  // What a parenthesis adds only describes: "Hand chain (bracelet + ring connector)" prices a hand chain.
  const said = (c: Candidate) => new Set(terms(c.text.replace(PARENTHESIS, ' ')));
  // A piece priced ("a solid gold bracelet") is what a row is for: its label ("14k solid gold bracelet — from $180")
  // or its passage's heading ("Bracelets") names it, and it states the price; a metal is only a column of many
  // rows. Not when the top candidate names another thing asked ("add a charm, do i need a new chain"): the piece
  // is where it goes.
  const pieces = itemAsk ? [...own, ...earlier].filter((t) => PRICED_PIECES.has(t)) : [];
  // (A word right before the piece names its kind, not another thing: "a wren bracelet", "a paperclip anklet".)
  const ws = words(text).map(stem);
  const kindOfPiece = new Set(ws.filter((_w, i) => PRICED_PIECES.has(ws[i + 1] ?? '')));
  const otherThing = [...said(top)].some(
    (t) => own.has(t) && !PRICED_PIECES.has(t) && !METAL_STEMS.has(t) && !kindOfPiece.has(t),
  );
  const byPiece = pieces.length > 0 && !otherThing;
  // …or, in a table with the metals as rows, its cell does: "Sterling silver — Bracelet: $55; Anklet: $70".
  const forPiece = (c: Candidate) => {
    const text = c.text.replace(PARENTHESIS, ' ');
    if (!statesFactOf(text, ITEM_ASKS)) return false;
    // (A sentence without a row's dash has no label, only its priced words.)
    const label = `${c.chunk.heading.split(' \u203a ').pop() ?? ''} ${rowLabel(text)}`;
    return (
      terms(label).some((t) => pieces.includes(t)) ||
      [...text.matchAll(PRICED_AFTER)].some((m) => pieces.includes(stem((m[1] ?? '').toLowerCase())))
    );
  };
  // (…and among those, the row of the kind asked: the Sable row, not "anklets are the bracelet price plus $20", for
  // "sable bracelets in gold filled".)
  const ofKind = (c: Candidate) => terms(rowLabel(c.text)).some((t) => kindOfPiece.has(t));
  const key = (c: Candidate) =>
    (byPiece && forPiece(c) ? 2 + (ofKind(c) ? 1 : 0) : 0) + ([...said(c)].some((t) => own.has(t)) ? 1 : 0);
  // (Every candidate here is of a passage that states the fact asked: the one for the piece answers, however far down.)
  const close = byPiece ? cands : cands.filter((c) => c.score >= top.score * PICK.ratio);
  const best = Math.max(...close.map(key));
  if (key(top) === best) return cands;
  const first = close.find((c) => key(c) === best);
  return first ? [first, ...cands.filter((c) => c !== first)] : cands;
}

/** The things a studio question names (nouns, not people, not the words asking or where and when), as stems. */
function askedItems(text: string): Set<string> {
  // A piece someone already has ("my bracelet snapped, do i pay to fix it") is what the service is done to, not
  // what is bought: it does not name the row.
  const askedText = text.replace(OWNED_PIECE, ' ');
  const roles = wordRoles(askedText);
  const asking = new Set(terms(studioAskTerms(askedText).join(' ')));
  return new Set(
    words(askedText)
      .filter((w) => roles.naming.has(w) && !roles.persons.has(w))
      .map(stem)
      // Where the piece goes and when ("3 weeks after", "on my wrist") are context, not the thing asked.
      // (Nor a count: "2 microdermals" asks the microdermal.)
      .filter((t) => !asking.has(t) && !isStopWord(t) && !STUDIO_CONTEXT_STEMS.has(t) && !/^\d+$/.test(t)),
  );
}

/** Things any studio passage may name: naming them does not make a passage about what is asked. */
const GENERIC_ITEMS = new Set(
  ['studio', 'shop', 'place', 'store', 'metal', 'metals', 'piece', 'chain', 'jewelry', 'thing', 'stuff', 'one'].map(
    stem,
  ),
);
/** The pieces a studio prices one by one, as stems ("chain" is all of them). */
const PRICED_PIECES = new Set(['bracelet', 'anklet', 'necklace', 'ring', 'choker'].map(stem));
/** The metals a price table has as columns, as stems. */
const METAL_STEMS = new Set(
  [
    'gold',
    'silver',
    'sterling',
    'filled',
    'solid',
    'rose',
    'white',
    'yellow',
    'platinum',
    'titanium',
    '10k',
    '14k',
    '18k',
  ].map(stem),
);

/** A word with its price right after it: "Bracelet: $55", "necklaces start at $95". */
const PRICED_AFTER = /\b([A-Za-z]+)\b(?=[^$£€;.\n]{0,25}[$£€]\s?\d)/g;
/** A parenthesis, which describes what it follows. */
const PARENTHESIS = /\([^()]*\)/g;

/**
 * When a kind is asked, a sentence from a passage only about other kinds that names no kind itself ("Consultation:
 * you choose the design" of the welding steps, for a microdermal appointment) is not about it.
 */
function ofTheKind(cands: Candidate[], kinds: JewelryKind[]): Candidate[] {
  if (!kinds.length) return cands;
  const about = cands.filter(
    (c) =>
      c.chunk.appliesTo.length === 0 ||
      c.chunk.appliesTo.some((k) => kinds.includes(k)) ||
      namedKinds(c.text).some((k) => kinds.includes(k)),
  );
  return about.length ? about : cands;
}

/** The sentences an answer always may have; one beyond them must be about a kind asked, if a kind is asked. */
const CORE_SENTENCES = 3;

/**
 * An answer's sentences beyond the best CORE_SENTENCES, when a kind is asked, without one that names only other
 * kinds ("A welded bracelet can be cut off with scissors" in an answer on taking out a microdermal).
 */
function withinKind(picked: Candidate[], kinds: JewelryKind[]): Candidate[] {
  if (!kinds.length || picked.length <= CORE_SENTENCES) return picked;
  const core = new Set([...picked].sort((a, b) => b.score - a.score).slice(0, CORE_SENTENCES));
  return picked.filter((c) => {
    if (core.has(c)) return true;
    const named = namedKinds(c.text);
    return !named.some(isSpecificKind) || named.some((k) => kinds.includes(k));
  });
}

/** Every sentence of the best sentence's passage, in order (of a price table, the rows of the piece asked). */
function wholePassage(cands: Candidate[], askedText?: string): Candidate[] {
  const top = cands[0];
  const passage = top ? cands.filter((c) => c.chunk.id === top.chunk.id).sort((a, b) => a.position - b.position) : [];
  // A price table ("Ring, cable — Sterling silver: $40; …" row by row) answers with the rows of the piece asked
  // for: "how much is a silver ring" is the ring row, not all nine.
  const rows = passage.filter((c) => TABLE_ROW.test(c.text));
  if (!askedText || rows.length < MIN_TABLE_ROWS) return passage;
  const typed = new Set(terms(askedText));
  const label = (c: Candidate) => terms(rowLabel(c.text));
  const named = rows.filter((c) => label(c).some((t) => typed.has(t)));
  if (!named.length) return passage;
  // The rows asked for, after what the passage says before its table; any other line from the first row on only
  // when it names something asked too ("Add-ons:" "Charm or initial disc: $25…" for "a charm on a gold-filled bracelet") other
  // than the table's own words (its pieces and columns, "sterling silver", "gold-filled").
  const tableWords = new Set([...PIECE_WORDS, ...rows.flatMap((c) => terms(c.text))]);
  const mentions = (c: Candidate | undefined) =>
    c !== undefined && terms(c.text).some((t) => typed.has(t) && !tableWords.has(t));
  const firstRow = passage.indexOf(rows[0] as Candidate);
  // …with the rest of its paragraph: "Re-welds: within 90 days the re-weld is free. After that a re-weld is $17."
  const lineOf = paragraphIndex(top?.chunk.text ?? '');
  const kept = new Set(
    passage
      .slice(firstRow)
      .filter((c, i, rest) => !TABLE_ROW.test(c.text) && (mentions(c) || (/:$/.test(c.text) && mentions(rest[i + 1]))))
      .map((c) => lineOf[c.position]),
  );
  const after = passage.slice(firstRow).filter((c) => !TABLE_ROW.test(c.text) && kept.has(lineOf[c.position]));
  return [...passage.slice(0, firstRow), ...named, ...after];
}

/** For each sentence unit of a passage (by position), the paragraph (line) it is on. */
function paragraphIndex(text: string): number[] {
  return text.split('\n').flatMap((line, i) => sentenceUnits(line).map(() => i));
}

/** What a row prices, before its dash ("Ring" of "Ring — Sterling silver: $45; …"); '' for a sentence without one. */
const rowLabel = (text: string): string => (text.includes(' \u2014 ') ? (text.split(' \u2014 ')[0] ?? '') : '');

/** A table row as the chunker reads it: "Ring, cable — Sterling silver: $40; 14k gold-filled: $55." */
const TABLE_ROW = /^[^\u2014\n]{1,60} \u2014 [^:\n]{1,40}: /;
/** The pieces a price row is for: naming one does not make a line after the table about it. */
const PIECE_WORDS = new Set([...PRICED_PIECES, stem('chain')]);
/** A passage of this many rows or more is a table whose rows are chosen by what is asked. */
const MIN_TABLE_ROWS = 3;

/** A list item without its number ("2. Fitting: …" → "Fitting: …"). */
const withoutNumbering = (text: string) => text.replace(/^\d+[.)]\s+/, '');

/** Sentences joined as prose: list numbering dropped, no sentence twice. */
function prose(picked: Candidate[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of picked) {
    const item = withoutNumbering(c.text).trim();
    // A list item or table row read as prose ends like a sentence.
    const t = /[.!?:"'”’)]$/.test(item) ? item : `${item}.`;
    const key = t.toLowerCase().replace(/\W+/g, ' ');
    if (!seen.has(key)) out.push(t);
    seen.add(key);
  }
  return out.join(' ');
}
