/**
 * Which words of a question name things (nouns, numbers): the part-of-speech tagger of `compromise`.
 * A missing noun ("tungsten", "MRI", "14k") says the guidance lacks what is asked about; a missing
 * adjective or verb ("comfy", "sketchy", "mention") usually does not. The tagger's lexicon takes a few
 * hundred milliseconds to load, so it is loaded on the first question that needs it, not at start-up.
 */
import { createRequire } from 'node:module';
import { words } from '../text/tokenize.js';

interface Term {
  normal: string;
  tags: string[];
}
type Nlp = (text: string) => { terms(): { json(): { terms: Term[] }[] } };

let nlp: Nlp | null | undefined;
/** The tagger, or null when it cannot be loaded (then no word is read as a name; answering goes on). */
const load = (): Nlp | null => {
  if (nlp === undefined) {
    try {
      nlp = createRequire(import.meta.url)('compromise') as Nlp;
    } catch {
      nlp = null;
    }
  }
  return nlp;
};

/** Tags that name a thing: nouns (common and proper), numbers and measurements. */
const NAMING = new Set(['Noun', 'Value']);
/**
 * Tags of words that say who a message is about — people by role or relation ("sister", "boss",
 * "customer") and pronouns ("herself"): context, never the thing asked about. Not the tagger's given
 * names: it reads brands as people ("pandora").
 */
const PERSON = new Set(['Actor', 'Pronoun']);

/**
 * Nouns that stand for a thing named elsewhere ("the solid gold version", "a basic one", "which option"): they
 * name nothing of their own.
 */
const REFERRING = new Set(['version', 'versions', 'one', 'ones', 'option', 'options', 'variant', 'variants']);

/** Verbs of impression: the adjective after them says how something strikes the asker. */
const PERCEPTION = new Set(['sounds', 'sound', 'seems', 'seem', 'looks', 'look', 'feels', 'feel', 'sounded', 'seemed']);

/** What the tagger says of a message's words (as the tokenizer splits them: "x-ray" → "x", "ray"). */
export interface WordRoles {
  /** Words that name a thing (nouns, numbers), people included. */
  naming: Set<string>;
  /** Words that name a person or stand for one. */
  persons: Set<string>;
  /** Words that only describe: adverbs, and adjectives of impression ("sounds scary", "genuinely"). */
  describing: Set<string>;
}

/** The naming, person and describing words of `text`; all empty when the tagger cannot be loaded. */
export function wordRoles(text: string): WordRoles {
  const cached = CACHE.get(text);
  if (cached) return cached;
  const roles = tag(text);
  // Tagging takes about 2 ms; one message is tagged from several places (retrieval, the studio checks).
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value as string);
  CACHE.set(text, roles);
  return roles;
}

/** The last texts tagged, oldest first. */
const CACHE = new Map<string, WordRoles>();
const CACHE_SIZE = 64;

function tag(text: string): WordRoles {
  const roles: WordRoles = { naming: new Set(), persons: new Set(), describing: new Set() };
  const tagger = load();
  if (!tagger) return roles;
  const terms = tagger(text)
    .terms()
    .json()
    .flatMap((t) => (t.terms[0] ? [t.terms[0]] : []));
  // An adjective before a noun says which thing ("a boxing ring", "a hot tub"): it names with the noun.
  const beforeNoun = (i: number) => {
    for (let j = i + 1; j < terms.length; j++) {
      const tags = terms[j]?.tags ?? [];
      if (tags.some((g) => NAMING.has(g))) return true;
      if (!tags.includes('Adjective')) return false;
    }
    return false;
  };
  for (const [i, term] of terms.entries()) {
    if (term.tags.some((g) => NAMING.has(g)) && !REFERRING.has(term.normal))
      for (const w of words(term.normal)) roles.naming.add(w);
    if (term.tags.some((g) => PERSON.has(g))) for (const w of words(term.normal)) roles.persons.add(w);
    // An adjective describes only as an impression ("sounds scary", "seems sketchy"); after "is" it is
    // the property asked about ("is it reversible", "is the chain adjustable").
    const impression = PERCEPTION.has(terms[i - 1]?.normal ?? '');
    const describes =
      term.tags.includes('Adverb') ||
      (term.tags.includes('Adjective') && impression && !beforeNoun(i) && !term.tags.includes('Noun'));
    if (describes) for (const w of words(term.normal)) roles.describing.add(w);
  }
  return roles;
}

/**
 * True when `word` reads as a description after "is" ("is nervous", "is obsessed"), not as the subject of a new
 * question ("is welding loud", "is it safe"): the tagger's reading of "is <word>". False without the tagger.
 */
export function describesAfterIs(word: string): boolean {
  const tagger = load();
  if (!tagger) return false;
  const term = tagger(`she is ${word}`).terms().json()[2]?.terms[0];
  const tags = term?.tags ?? [];
  return (
    (tags.includes('Adjective') || tags.includes('PastTense') || tags.includes('Participle')) && !tags.includes('Noun')
  );
}
