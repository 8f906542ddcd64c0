/**
 * Local (offline) answers: a few extracted sentences from the best chunks, with citations, grouped by
 * jewelry kind when the question does not name one and the guidance differs by kind.
 */
import type { RetrievalResult } from '../retrieve/hybrid-retriever.js';
import type { Citation, JewelryKind, ScoredChunk, Topic } from '../types.js';
import { listAnswer, siblingAnswer, withFollowOn } from './extract.js';
import { coverage, inScope, isBusinessQuestion } from './scope.js';
import { type Candidate, pickSentences, scoreSentences } from './sentences.js';

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
}

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
    ? "Our guidance doesn't cover studio details such as prices, opening hours, bookings or gift cards — please ask the studio directly."
    : "Our guidance doesn't cover that. Please ask the studio or your piercer/jeweler directly — a moderator has been notified so the guidance can be improved.";
}

function grouped(cands: Candidate[]): Candidate[][] | null {
  const groups = FAMILIES.map((_f, i) => cands.filter((c) => familyOf(c.chunk.appliesTo) === i));
  const best = cands[0]?.score ?? 0;
  const tops = groups.map((g) => g[0]?.score ?? 0);
  if (tops.some((t) => t < best * 0.45)) return null;
  return groups.map((g) => withFollowOn(pickSentences(g, { max: 2, words: 45, ratio: 0.6 }), 70));
}

/** Builds the local answer for a retrieval result. */
export function composeLocal(r: RetrievalResult): Composition {
  const { query, results } = r;
  const topic = query.topics[0] ?? results[0]?.chunk.topics[0] ?? null;
  const cov = coverage(query);
  const business = isBusinessQuestion(query.text);
  const base = { topic, used: [] as ScoredChunk[] };
  if (!business && !inScope(query))
    return { ...base, text: '', citations: [], inScope: false, noKnowledge: false, confidence: 0 };
  const weak = results.length === 0 || r.bestLexical < 1.5 || cov < 0.75 || query.unknown.length > 0;
  if (business || weak) {
    return {
      ...base,
      text: noKnowledgeText(business),
      citations: [],
      inScope: true,
      noKnowledge: true,
      confidence: 0.1,
    };
  }
  const cands = scoreSentences(query, results.slice(0, 6), r.idf);
  const groupedTopic = query.topics.some((t) => GROUPED_TOPICS.includes(t));
  const list = listAnswer(query.text, cands) ?? siblingAnswer(query.text, cands);
  const groups = !list && query.kinds.length === 0 && groupedTopic ? grouped(cands) : null;
  let text: string;
  let picked: Candidate[];
  if (list) {
    picked = list;
    text = list.map((c) => c.text).join('\n');
  } else if (groups) {
    picked = groups.flat();
    text = groups.map((g, i) => `**${FAMILIES[i]?.label}:** ${g.map((c) => c.text).join(' ')}`).join('\n');
  } else {
    picked = withFollowOn(pickSentences(cands, { max: 3, words: 80, ratio: 0.45 }), 110);
    text = picked.map((c) => c.text).join(' ');
  }
  const confidence = Math.max(0, Math.min(1, 0.5 * cov + 0.5 * Math.min(1, r.bestLexical / 8)));
  const usedIds = new Set(picked.map((p) => p.chunk.id));
  return {
    topic,
    text,
    citations: cite(picked),
    inScope: true,
    noKnowledge: picked.length === 0,
    confidence,
    used: results.filter((x) => usedIds.has(x.chunk.id)),
  };
}
