/**
 * Cleaning of raw web articles: HTML to text, and removal of what must never reach an answer —
 * promo banners, photo credits, bylines, author bios, inline source attributions.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** Turns HTML into text with one block element per line; headings become markdown headings. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|svg|nav|footer|form)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(
      /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi,
      (_m, level: string, inner: string) => `\n${'#'.repeat(Number(level))} ${inner}\n`,
    )
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(
      /<(br|\/p|\/div|\/li|\/section|\/article|\/figure|\/figcaption|\/tr|\/ul|\/ol|\/blockquote)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/[ \t]+/g, ' ');
}

/**
 * Whole lines that are page furniture, not guidance: a shop banner is known by its checkout words. (Not by
 * "% off" alone: a studio's own file states its discounts — "if you've lost the chain, we'll knock 20% off" —
 * and dropping that line of a wrapped paragraph cut the sentence in half.)
 */
const JUNK_LINE: RegExp[] = [
  /promo code|flash sale|discount code|use code|free shipping|shop now|add to cart/i,
  /^\s*(image )?source:|photo contributor|shutterstock|getty images|istock|unsplash|photo by|image by|image credit|\bcredit:/i,
  /^\s*by [A-Z][\p{L}'’.-]+(\s+[A-Z][\p{L}'’.-]+){0,3}\s*([-–—|•·]|$)/u,
  /\b\d+\s*min(ute)?s? read\b/i,
  /^\s*(share|tweet|pin it|follow us|read more|related posts?|advertisement|sponsored)\b/i,
];

/** Sentences that are author bios or marketing, removed wherever they appear. */
const JUNK_SENTENCE: RegExp[] = [
  // A call to subscribe ("Sign up for our newsletter!"), not a studio rule that mentions signing up.
  /^\W*(subscribe|sign up)\b|\bnewsletter\b/i,
  /\b(is|was) (the|a|an) (co-?)?(founder|ceo|head of|editor|author|writer|designer|owner|director)\b/i,
  /\b(he|she|they) (is|are) (also )?(the )?(head of|founder|in charge|responsible for)\b/i,
  /\boversees (production|quality)/i,
];

/** Inline attributions like "(My Jewelry Repair) (InStyle)": title-case names in parentheses. */
const ATTRIBUTION = /\s*\((?:[A-Z][\w'’&.-]*)(?:\s+[A-Z][\w'’&.-]*){0,5}\)(?=[\s.,;]|$)/g;

/** Splits text into sentences, keeping the end punctuation. */
export function splitSentences(text: string): string[] {
  return (
    text
      .replace(/\s+/g, ' ')
      // A sentence ends at ".", "!" or "?" before a space or the end: not inside "emberandlink.com" or "$12.50".
      // …nor after an abbreviation ("e.g.", "Dr.", "U.S.").
      .match(/.+?(?:(?<!\b(?:e\.g|i\.e|[Dd]r|[Mm]rs?|[Mm]s|[Vv]s|[Ee]tc|U\.S|approx))[.!?]+["'”’)]*(?=\s|$)|$)/g)
      ?.map((s) => s.trim())
      .filter((s) => s.length > 0) ?? []
  );
}

/** Sentences of a chunk for extractive answers; a short list item ("2. Fitting: …") stays one unit. */
export function sentenceUnits(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const t = line.trim();
    if (!t) return [];
    if (/^(\d+[.)]|[-*•])\s/.test(t) && t.split(/\s+/).length <= 45) return [t.replace(/^[-*•]\s+/, '')];
    return splitSentences(t);
  });
}

/** Cleans one block of article text: drops junk lines and junk sentences, fixes glued sentences. */
export function cleanText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    // "…sourcing.Exploring the Rise" — a sentence glued to the next title.
    .replace(/([a-z][.!?])([A-Z][a-z])/g, '$1\n$2')
    .split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (JUNK_LINE.some((re) => re.test(line))) continue;
    const cleaned = line.replace(ATTRIBUTION, '');
    const sentences = splitSentences(cleaned);
    const good = sentences.filter((s) => !JUNK_SENTENCE.some((re) => re.test(s)));
    if (sentences.length > 0 && good.length === 0) continue;
    kept.push(good.length === sentences.length ? cleaned.trimEnd() : good.join(' '));
  }
  return kept.join('\n');
}
