/** Extractive answer shapes: a list answer for "steps/styles/types" questions, and follow-on sentences. */
import type { Candidate } from './sentences.js';
import { sentenceUnits } from './sentences.js';

const LIST_QUESTION =
  /\b(steps?|process|stages?|styles?|designs?|types?|kinds?|tips|options|ways|what happens|walk me through)\b/i;
const LIST_ITEM = /^\d+[.)]\s/;
const FOLLOW_ON = /^(so|therefore|thus|that is why|this means|just|but|however|if you want)\b/i;

/** For list questions whose best passage is a numbered list: the intro line and its items. */
export function listAnswer(question: string, cands: Candidate[]): Candidate[] | null {
  if (!LIST_QUESTION.test(question)) return null;
  // The best list among the passages of the three best sentences.
  const best = cands.slice(0, 3).find((c) => sentenceUnits(c.chunk.text).filter((u) => LIST_ITEM.test(u)).length >= 2);
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
