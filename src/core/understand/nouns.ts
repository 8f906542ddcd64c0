/**
 * Which words of a question name things (nouns, numbers): the part-of-speech tagger of `compromise`.
 * A missing noun ("tungsten", "MRI", "14k") says the guidance lacks what is asked about; a missing
 * adjective or verb ("comfy", "sketchy", "mention") usually does not. The tagger's lexicon takes a few
 * hundred milliseconds to load, so it is loaded on the first question that needs it, not at start-up.
 */
import { createRequire } from 'node:module';

interface Term {
  normal: string;
  tags: string[];
}
type Nlp = (text: string) => { terms(): { json(): { terms: Term[] }[] } };

let nlp: Nlp | null = null;
const load = (): Nlp => {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
};

/** Tags that name a thing: nouns (common and proper), numbers and measurements. */
const NAMING = new Set(['Noun', 'Value']);

/** The words of `text` (lower case, as written) that the tagger reads as naming a thing. */
export function namingWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of load()(text).terms().json()) {
    const term = t.terms[0];
    if (term?.tags.some((g) => NAMING.has(g))) out.add(term.normal.toLowerCase());
  }
  return out;
}
