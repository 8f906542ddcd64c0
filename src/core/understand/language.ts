/**
 * Is a message in English? Function words decide: a short message in French, Spanish, German,
 * Portuguese or Italian shares almost none with English, whatever jewelry words it borrows.
 */

const FUNCTION_WORDS: Record<string, string> = {
  en: 'the a an and or is are was my your it i you to of in on for with how what does do can should this that have has will not be when why which after before as at by from if but all any some we they them their she he her his our us there here just like about into out up yes get got',
  fr: 'le la les un une des et ou est sont mon ma mes ton ta il elle je tu de du dans pour avec comment quoi que qui ce cette pas ne est-ce après avant mais très depuis suis peux puis-je ai au aux',
  es: 'el la los las un una unos y o es son mi mis tu su de del en para con como qué que cuando por pero muy está tengo después antes se lo soy estoy puedo al hay tiene',
  de: 'der die das ein eine und oder ist sind mein meine dein es ich du zu von im mit wie was wann warum nicht nach vor aber sehr hat habe',
  pt: 'o a os as um uma e ou é são meu minha de do da em para com como que quando por mas muito está tenho depois antes não',
  it: 'il lo la gli le un una e o è sono mio mia di del della in per con come che quando perché ma molto ho dopo prima non',
};
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v.split(' '))]));
/** A message needs at least this many function words before its language is judged. */
export const MIN_FUNCTION_WORDS = 2;
/** What an inverted question or exclamation mark counts as, in function words of Spanish. */
const INVERTED_MARK_WEIGHT = MIN_FUNCTION_WORDS;

/** The message's language code when it is clearly not English, else 'en'. */
export function languageOf(text: string): string {
  // Distinct words count: "la la land" is one French-looking word, not two.
  const ws = new Set(
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}'-]+/gu) ?? [],
  );
  const counts = Object.fromEntries(Object.keys(SETS).map((k) => [k, [...ws].filter((w) => SETS[k]?.has(w)).length]));
  // Spanish marks a question or exclamation at its start ("¿Duele…?"): as telling as two function words.
  if (/[¿¡]/.test(text)) counts.es = (counts.es ?? 0) + INVERTED_MARK_WEIGHT;
  const en = counts.en ?? 0;
  const [best, n] = Object.entries(counts)
    .filter(([k]) => k !== 'en')
    .sort((a, b) => b[1] - a[1])[0] ?? ['en', 0];
  return n >= MIN_FUNCTION_WORDS && n > en * 1.5 ? best : 'en';
}
