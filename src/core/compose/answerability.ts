/**
 * Does the guidance answer this question? Decided from evidence — how well the best passages answer it
 * (lexical coverage, dense similarity to the passage and to the question the passage answers) — never
 * from whether every typed word occurs in the guidance. The weights and thresholds were chosen on the
 * labelled dev split (`scripts/fit-answerability.ts`; precision/recall in the README).
 */
import type { Evidence, RetrievalResult } from '../retrieve/hybrid-retriever.js';
import type { Chunk } from '../types.js';
import type { StudioAsk } from '../understand/index.js';

/**
 * Weights of the evidence signals: logistic regression on 465 labelled dev questions (377 answerable,
 * 88 unanswerable: round-1 dev splits, round-3 mixed and safety sets, the project's own sets), with the
 * words that only say who or how ("my sister", "sounds scary") left out of coverage (`scripts/fit-answerability.ts`, 2026-12-02).
 */
export const EVIDENCE_WEIGHTS = {
  lexical: 1.51,
  dense: 0.73,
  question: 1.03,
  coverage: 3.87,
  nameCoverage: 1.11,
  nameGap: -1.58,
  otherGap: -0.61,
  bias: -5.78,
};
/**
 * At or above: answer. The threshold with the best balanced accuracy on the dev data (0.842): precision
 * of "answer" 0.953, recall of answerable 0.865, recall of unanswerable 0.818.
 */
export const ANSWER_THRESHOLD = 0.49;
/** From here up to ANSWER_THRESHOLD: ask back (dev: 3% of answerable and 5% of unanswerable questions fall here). */
export const ASK_BACK_THRESHOLD = 0.4;

/** The strongest of each evidence signal among the retrieved passages. */
export function evidenceFeatures(r: RetrievalResult): Features {
  const { content, uncovered, informativeness, names } = r.query;
  const weight = (stems: string[]) => stems.reduce((sum, st) => sum + (informativeness.get(st) ?? 1), 0);
  const share = (all: string[]) => {
    const total = weight(all);
    return total > 0 ? 1 - weight(all.filter((s) => uncovered.includes(s))) / total : 1;
  };
  const missingNames = uncovered.filter((s) => names.includes(s));
  return {
    // Weighted by informativeness: a missing "myth" says less about coverage than a missing "tungsten".
    coverage: share(content),
    nameCoverage: share(names),
    nameGap: missingNames.length > 0 ? 1 : 0,
    otherGap: uncovered.length > missingNames.length ? 1 : 0,
    lexical: Math.max(0, ...r.evidence.map((e) => e.lexical)),
    dense: Math.max(0, ...r.evidence.map((e) => e.dense)),
    question: Math.max(0, ...r.evidence.map((e) => e.question)),
  };
}

/**
 * The signals of the model: the passages' evidence, plus whether the thing asked about is in the
 * guidance at all — `coverage` is the share of the question's content words the guidance has (after
 * spelling correction and synonyms), and which kind of word is missing: one that names a thing
 * ("MRI", "platinum") or another ("comfy"), told apart by a part-of-speech tagger (`understand/nouns.ts`).
 */
export interface Features extends Omit<Evidence, 'chunkId' | 'sentences'> {
  coverage: number;
  /** The same share over the words that name a thing (nouns, numbers). */
  nameCoverage: number;
  /** 1 when a word naming a thing is missing ("tungsten", "MRI", "14k"). */
  nameGap: number;
  /** 1 when another word is missing ("comfy", "mention"). */
  otherGap: number;
}

/** The evidence score, 0..1: the logistic model over the signals. */
export function evidenceScore(e: Features): number {
  const w = EVIDENCE_WEIGHTS;
  const z =
    w.bias +
    w.lexical * e.lexical +
    w.dense * e.dense +
    w.question * e.question +
    w.coverage * e.coverage +
    w.nameCoverage * e.nameCoverage +
    w.nameGap * e.nameGap +
    w.otherGap * e.otherGap;
  return 1 / (1 + Math.exp(-z));
}

/** The evidence score of each passage by chunk id (the question's coverage signals, that passage's evidence). */
export function passageScores(r: RetrievalResult): Map<string, number> {
  const f = evidenceFeatures(r);
  return new Map(
    r.evidence.map((e) => [
      e.chunkId,
      evidenceScore({ ...f, lexical: e.lexical, dense: e.dense, question: e.question }),
    ]),
  );
}

/** How well the guidance answers the question, 0..1. */
export function bestEvidence(r: RetrievalResult): number {
  return r.evidence.length ? evidenceScore(evidenceFeatures(r)) : 0;
}

/** What a studio fact looks like in a passage: a price has an amount, hours have times or days… */
const ANSWER_SHAPES: Record<StudioAsk, RegExp> = {
  price: /[$£€]\s?\d|\b\d+(\.\d\d)?\s?(dollars|usd|eur|euros?|gbp|pounds)\b/i,
  hours:
    /\b\d{1,2}(:\d\d)?\s?(am|pm)\b|\b\d{1,2}(:\d\d)?\s?[–-]\s?\d{1,2}(:\d\d)?\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/i,
  // How to book, not any mention of an appointment ("after the welding appointment").
  booking:
    /\b(book\w*|walk[- ]?ins?|by appointment|appointments? only|appointments? (are |is )?(required|needed)|reserv\w*|schedul\w*)\b/i,
  deposit: /\b(deposits?|cancel\w*|reschedul\w*|refund\w*|notice|no-?shows?|forfeit\w*)\b/i,
  // Lateness itself, not any span of minutes ("a welding appointment takes 15–20 minutes").
  late: /\b(late|lateness|running behind|hold|grace|no-?shows?|rebook\w*)\b|\bminutes? (late|after your)\b/i,
  age: /\b(\d{1,2}\+|\d{1,2} (years? old|and (over|older|up))|under \d{1,2}|minimum age|minors?|parent|guardian|consent)\b/i,
  address:
    /\b\d+\s+\w+\s+(st|street|ave|avenue|rd|road|blvd|lane|ln|way|drive|dr)\b|\b(parking|garage|suite|floor|located|bus|buses|train|station|stop|transit|light rail|subway|metro|tram)\b/i,
  payment:
    /\b(cash|cards?|visa|mastercard|amex|apple pay|google pay|paypal|venmo|checks?|cheques?|klarna|afterpay|pay(ment)?)\b/i,
  'gift-card': /\bgift ?(cards?|certificates?|vouchers?)\b/i,
  events: /\b(part(y|ies)|events?|guests?|group|pop[- ]?ups?|off[- ]?site)\b/i,
  policy: /\b(polic(y|ies)|re-?weld\w*|repair\w*|warranty|guarantee|free|fee)\b/i,
  discount:
    /\b(discount\w*|\d+\s?% off|[$£€]\s?\d+(\.\d\d)? off|off the (total|bill|price)|deals?|free|waived|loyalty|reward\w*|referral\w*)\b/i,
  visit:
    /\b(accessib\w*|wheelchair|step-free|ramp|elevator|lift|stairs?|ground floor|dogs?|pets?|kids?|children|little ones|bring)\b/i,
  contact:
    /\b(\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}|[\w.+-]+@[\w-]+\.\w+|@\w{3,}|phone|call|text|e-?mail|instagram|dm)\b/i,
  products: /\b(sell|sold|stock|carry|for sale|buy|kits?)\b|[$£€]\s?\d/i,
  // What a studio does is told in its own voice or of itself: "we do microdermals", "our piercers", "the studio only welds".
  // …or by a price it charges for the thing ("A microdermal costs $100").
  services: /\b(we|we're|our|us|the studio)\b|[$£€]\s?\d/i,
};

/** True when a text states the kind of fact a studio question asks for. */
export function statesFactOf(text: string, asks: readonly StudioAsk[]): boolean {
  return asks.some((a) => ANSWER_SHAPES[a].test(text));
}

/** True when a passage states the kind of fact a studio question asks for. */
export function statesStudioFact(chunk: Chunk, asks: StudioAsk[]): boolean {
  return statesFactOf(`${chunk.heading}\n${chunk.text}`, asks);
}
