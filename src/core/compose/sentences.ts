/** Sentence scoring and selection for extractive answers. */
import { splitSentences } from '../ingest/clean.js';
import type { AnalyzedQuery } from '../retrieve/query.js';
import { namedKinds } from '../retrieve/query.js';
import { TOPIC_WORDS } from '../text/lexicon.js';
import { stem, words } from '../text/tokenize.js';
import type { Chunk, ScoredChunk } from '../types.js';

/** A candidate sentence with where it came from. */
export interface Candidate {
  text: string;
  chunk: Chunk;
  chunkRank: number;
  position: number;
  score: number;
}

/** Sentences of a chunk; a short list item ("2. Fitting: …") stays one unit. */
export function sentenceUnits(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const t = line.trim();
    if (!t) return [];
    if (/^(\d+[.)]|[-*•])\s/.test(t) && t.split(/\s+/).length <= 45) return [t.replace(/^[-*•]\s+/, '')];
    return splitSentences(t);
  });
}

/** "A microdermal implant is a …", "Tattoo jewelry uses …": a sentence that defines its subject. */
const DEFINITION = /^(a|an|the)?\s*[\w\s-]{0,40}?\b(is|are|means?|involves?|uses?)\b/i;
const ASKS_NUMBER = /\bhow (long|much|many|often|soon)\b|\bwhen\b/i;

/** Scores every sentence of the top chunks against the query. */
export function scoreSentences(query: AnalyzedQuery, results: ScoredChunk[], idf: Map<string, number>): Candidate[] {
  const top = results[0]?.score ?? 1;
  // Kind names are handled by the kind multiplier below, so they barely count as overlap.
  const kindTerm = (term: string) => namedKinds(term).length > 0 || /^(permanent|jewelry|jewellery)$/.test(term);
  const weights = new Map(
    query.terms.map((t) => [t.term, t.weight * (0.2 + (idf.get(t.term) ?? 0)) * (kindTerm(t.term) ? 0.25 : 1)]),
  );
  const typed = query.terms.filter((t) => t.weight >= 0.9).reduce((s, t) => s + (weights.get(t.term) ?? 0), 0) || 1;
  const topicWords = query.topics.map((t) => TOPIC_WORDS[t]);
  const wantsNumber = ASKS_NUMBER.test(query.text);
  const wantsDefinition = query.topics.includes('types');
  const out: Candidate[] = [];
  results.forEach(({ chunk, score }, chunkRank) => {
    const sentences = sentenceUnits(chunk.text);
    const headingTerms = new Set(words(chunk.heading).map(stem));
    sentences.forEach((text, position) => {
      const stems = new Set(words(text).map(stem));
      let overlap = 0;
      for (const s of stems) overlap += weights.get(s) ?? 0;
      for (const s of headingTerms) if (!stems.has(s)) overlap += 0.3 * (weights.get(s) ?? 0);
      let s = (score / top) * (0.25 + Math.min(1.5, overlap / typed));
      const kinds = namedKinds(text);
      if (query.kinds.length) {
        if (kinds.some((k) => query.kinds.includes(k))) s *= 1.3;
        else if (kinds.length) s *= 0.6;
        // A passage about just this kind beats an overview of every kind.
        if (chunk.appliesTo.length <= 2 && chunk.appliesTo.some((k) => query.kinds.includes(k))) s *= 1.25;
        else if (chunk.appliesTo.length >= 5) s *= 0.8;
      }
      if (wantsNumber && /\d/.test(text)) s *= 1.3;
      if (wantsDefinition && DEFINITION.test(text)) s *= 1.3;
      if (topicWords.some((re) => re.test(text.toLowerCase()))) s *= 1.6;
      if (position === 0) s *= 1.1;
      if (text.length < 25 || /:$/.test(text)) s *= 0.3;
      out.push({ text, chunk, chunkRank, position, score: s });
    });
  });
  return out.sort((a, b) => b.score - a.score);
}

const jaccard = (a: string, b: string) => {
  const x = new Set(words(a).map(stem));
  const y = new Set(words(b).map(stem));
  let inter = 0;
  for (const w of x) if (y.has(w)) inter++;
  return inter / Math.max(1, x.size + y.size - inter);
};

/** Greedy pick: the best sentence, then close runners-up (max per chunk, word budget, no near-duplicates). */
export function pickSentences(cands: Candidate[], opts: { max: number; words: number; ratio: number }): Candidate[] {
  const picked: Candidate[] = [];
  const best = cands[0]?.score ?? 0;
  let budget = opts.words;
  for (const c of cands) {
    if (picked.length >= opts.max || c.score < best * opts.ratio) break;
    const n = c.text.split(/\s+/).length;
    if (picked.length > 0 && n > budget) continue;
    if (picked.filter((p) => p.chunk.id === c.chunk.id).length >= 2) continue;
    if (picked.some((p) => jaccard(p.text, c.text) > 0.55)) continue;
    picked.push(c);
    budget -= n;
  }
  return picked.sort((a, b) => a.chunkRank - b.chunkRank || a.position - b.position);
}
