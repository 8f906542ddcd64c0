/** Extractive answer shapes: a list answer for "steps/styles/types" questions, and follow-on sentences. */
import { KIND_WORDS } from '../text/lexicon.js';
import { JEWELRY_KINDS, type JewelryKind } from '../types.js';
import type { Candidate } from './sentences.js';
import { sentenceUnits } from './sentences.js';

// "What kinds of chains" asks a list; "the under-the-skin kind" names one.
const LIST_QUESTION =
  /\b(steps?|process|stages?|styles?|designs?|types|kinds|tips|options|ways|what happens|walk me through)\b/i;
const LIST_ITEM = /^\d+[.)]\s/;
const FOLLOW_ON = /^(so|therefore|thus|that is why|this means|just|but|however|if you want)\b/i;

/** For list questions whose best passage is a numbered list: the intro line and its items. */
export function listAnswer(question: string, cands: Candidate[], kinds: JewelryKind[] = []): Candidate[] | null {
  if (!LIST_QUESTION.test(question)) return null;
  // The best list among the passages of the three best sentences, about the kind asked (the welding steps do not
  // answer "what happens during a microdermal appointment").
  const about = (c: Candidate) =>
    kinds.length === 0 || c.chunk.appliesTo.length === 0 || c.chunk.appliesTo.some((k) => kinds.includes(k));
  const best = cands
    .slice(0, 3)
    .find((c) => about(c) && sentenceUnits(c.chunk.text).filter((u) => LIST_ITEM.test(u)).length >= 2);
  if (!best) return null;
  const units = sentenceUnits(best.chunk.text);
  const items = units.filter((u) => LIST_ITEM.test(u));
  const intro = units.find((u) => !LIST_ITEM.test(u) && /:$/.test(u));
  return [...(intro ? [intro] : []), ...items.slice(0, 6)].map((text, position) => ({
    ...best,
    text,
    position,
    score: best.score,
  }));
}

/** For list questions whose best passages are sibling sections ("Styles › 1. Chains", "Styles › 2. Charms"): one line each. */
export function siblingAnswer(question: string, cands: Candidate[]): Candidate[] | null {
  const best = cands[0];
  if (!best || !LIST_QUESTION.test(question)) return null;
  const parent = (h: string) => h.split(' › ').slice(0, -1).join(' › ');
  const p = parent(best.chunk.heading);
  if (!p) return null;
  const firsts = new Map<string, Candidate>();
  for (const c of [...cands].sort((a, b) => a.position - b.position)) {
    if (
      parent(c.chunk.heading) === p &&
      c.chunk.source === best.chunk.source &&
      !firsts.has(c.chunk.id) &&
      c.text.length >= 25
    )
      firsts.set(c.chunk.id, c);
  }
  if (firsts.size < 2) return null;
  const order = (id: string) => Number(id.split('#').pop());
  return [...firsts.values()]
    .sort((a, b) => order(a.chunk.id) - order(b.chunk.id))
    .slice(0, 6)
    .map((c) => ({
      ...c,
      text: `${(c.chunk.heading.split(' › ').pop() ?? '').replace(/^\d+[.)]\s*/, '')}: ${c.text}`,
    }));
}

/** Adds the sentence right after a picked one when it continues it ("So, you need to see a professional."). */
export function withFollowOn(picked: Candidate[], maxWords: number): Candidate[] {
  const out = [...picked];
  let words = out.reduce((n, c) => n + c.text.split(/\s+/).length, 0);
  for (const p of picked) {
    const units = sentenceUnits(p.chunk.text);
    const next = units[p.position + 1];
    if (!next || !FOLLOW_ON.test(next) || out.some((c) => c.chunk.id === p.chunk.id && c.position === p.position + 1))
      continue;
    const n = next.split(/\s+/).length;
    if (words + n > maxWords) continue;
    out.push({ ...p, text: next, position: p.position + 1 });
    words += n;
  }
  return out.sort((a, b) => a.chunkRank - b.chunkRank || a.position - b.position);
}

/** The kinds a text is about, a generic "implant" or "piercing" giving way to the named one ("a microdermal implant"). */
function specificKinds(kinds: JewelryKind[]): JewelryKind[] {
  return kinds.filter(
    (k) =>
      !(k === 'implant' && kinds.some((x) => x === 'microdermal' || x === 'dermal-punch')) &&
      !(k === 'piercing' && kinds.includes('surface-piercing')),
  );
}

/** A comparison names two or three kinds; more is a question about the whole family. */
const MAX_COMPARED_KINDS = 3;

/**
 * For a comparison of kinds ("microdermal vs surface piercing"): the best sentence about each kind alone, after
 * the best sentence naming them all when it ranks among the first candidates; null when a kind has no sentence
 * of its own good enough (then the usual pick answers).
 */
export function comparisonAnswer(kinds: JewelryKind[], cands: Candidate[], ratio: number): Candidate[] | null {
  const asked = specificKinds(kinds);
  const best = cands[0];
  if (!best || asked.length < 2 || asked.length > MAX_COMPARED_KINDS) return null;
  const good = cands.filter((c) => c.score >= best.score * ratio);
  // The kinds a sentence names in so many words ("dermal jewelry" is the family, not a microdermal).
  const about = new Map(
    cands.map((c) => [c, specificKinds(JEWELRY_KINDS.filter((k) => KIND_WORDS[k].test(c.text.toLowerCase())))]),
  );
  // Each kind's own sentence is the best about it in the retrieved passages, however it ranks against the others:
  // "A microdermal implant places a small metal anchor in the skin" ranks low beside the sentences naming both.
  const alone = asked.map(
    (k) =>
      cands.find((c) => about.get(c)?.length === 1 && about.get(c)?.[0] === k) ??
      cands.find((c) => about.get(c)?.includes(k) && !asked.some((x) => x !== k && about.get(c)?.includes(x))),
  );
  if (alone.some((c) => c === undefined)) return null;
  const all = good.slice(0, MAX_COMPARED_KINDS).find((c) => asked.every((k) => about.get(c)?.includes(k)));
  return [...new Set([...(all ? [all] : []), ...(alone as Candidate[])])].slice(0, asked.length + 1);
}
