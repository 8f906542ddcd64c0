/** Multi-part messages: each part answered with its own citations, joined into one composition. */
import type { Citation } from '../types.js';
import type { Composition } from './local-composer.js';

/** A part whose every sentence was already given for an earlier part. */
export const SEE_ABOVE = 'See the answer above.';

/** Joins the compositions of a message's parts ("**Does it hurt?** … **How long to heal?** …"). */
export function mergeParts(parts: { question: string; c: Composition }[]): Composition {
  const first = parts[0]?.c;
  if (!first) throw new Error('mergeParts needs at least one part');
  if (parts.length === 1) return first;
  const answered = parts.filter((p) => !p.c.noKnowledge && !p.c.suggestions);
  const citations = new Map<string, Citation>();
  for (const p of parts) for (const c of p.c.citations) if (!citations.has(c.source)) citations.set(c.source, c);
  const label = (q: string) => q.replace(/^\w/, (ch) => ch.toUpperCase()).replace(/[?.!]*$/, '?');
  // A sentence already given for an earlier part is not repeated ("where are you and is there parking").
  const seen = new Set<string>();
  const fresh = (text: string) => {
    const kept = text.split(/(?<=[.!?])\s+(?=[A-Z0-9*])/).filter((sentence) => {
      const key = sentence.toLowerCase().replace(/\W+/g, ' ').trim();
      if (key && seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return kept.length ? kept.join(' ') : SEE_ABOVE;
  };
  return {
    text: parts.map((p) => `**${label(p.question)}** ${fresh(p.c.text)}`).join('\n\n'),
    citations: [...citations.values()],
    inScope: parts.some((p) => p.c.inScope),
    noKnowledge: answered.length === 0,
    topic: (answered[0] ?? parts[0])?.c.topic ?? null,
    confidence: Math.min(...parts.map((p) => p.c.confidence)),
    used: parts.flatMap((p) => p.c.used),
  };
}
