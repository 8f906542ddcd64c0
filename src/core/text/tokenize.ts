/** Tokenising, stop words and a light stemmer shared by BM25, embeddings and the composer. */

const STOP = new Set(
  `a an the and or but if then so of to in on at by for with from as is are was were be been being am do does did
  doing have has had having i me my mine myself you your yours we our us they them their it its this that these those
  he she his her him what which who whom whose when where why how can could should would will shall may might must
  there here about into over under again further than too very just also not no nor only own same such both each few
  more most other some any all get got getting really much many lot lots please thanks thank hi hello hey ok okay
  one ones someone something anything thing things like want need know tell let s t don doesn isn aren wasn weren
  im ive id ill youre dont cant wont whats wat u r ur pls plz gonna wanna kinda tho lol omg btw idk ya yall guys anyone anybody
  would could just still even ever every way bit little`.split(/\s+/),
);

/** True for words too common to carry meaning in retrieval. */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Lowercases, folds accents and apostrophes, and splits into word tokens (letters and digits). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’`]/g, '')
      .replace(/\b(re|un|pre|non)-(?=[a-z])/g, '$1')
      .replace(/jewell?er(y|ies)/g, 'jewelr$1')
      .replace(/jeweller/g, 'jeweler')
      .replace(/(steril|organ|personal|custom|minimal)is(e|ed|es|ing|ation)\b/g, '$1iz$2')
      .replace(/colour/g, 'color')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/** A light English stemmer (plural, -ing, -ed, -ly, -ful, -ness); good enough for matching, never shown. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'fully', 'ness', 'ment', 'ing', 'ful', 'ed', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/(.)\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Content terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !isStopWord(w))
    .map(stem);
}
