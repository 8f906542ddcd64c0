/**
 * Price totals for a studio question that asks for several of one thing ("matching bracelets for both of us",
 * "3 microdermals in one session, what's the total"): worked out from the prices the answer already quotes, and
 * only when they say one price per piece (a row's cell for the metal asked, one price, or a first piece and each
 * additional one). Anything else — two metals, two prices, no count — gives no total, never a guess.
 */

/** Counts in words, as people type them. */
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  pair: 2,
};
const COUNT = '(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)';
/** The things a studio prices one each. */
const PIECES =
  '(bracelets|anklets|necklaces|rings|chokers|hand ?chains|chains|charms|microdermals|dermals|surface piercings|piercings|tops|pieces)';

/** How many of a piece, or for how many people, a question asks the price of. */
const COUNTS: RegExp[] = [
  new RegExp(`\\b${COUNT} (matching |gold |silver |sterling |gold-filled |solid gold |\\w+ ){0,2}${PIECES}\\b`),
  new RegExp(`\\b(for )?(the )?${COUNT} of (us|them|those|these)\\b`),
  new RegExp(`\\bfor ${COUNT} (people|ppl|persons|guests|girls|friends)\\b`),
  /\b(both of us|for (us )?both|the pair of us|(me|i) (and|n|&) (my|her|his) \w+|(my|her|his) \w+ (and|n|&) (me|i)\b)/,
  /\b(a pair of|a couple of) (matching )?\w*\s?(bracelets|anklets|rings|necklaces|microdermals)\b/,
];

/** The question asks for the sum: a total, all of it, or what several come to. */
const ASKS_TOTAL =
  /\b(total|altogether|all together|in all|combined|for (both|all|us|the (two|three|four) of us))\b|\b(what|how much) (would|will|does|do) (that|it|they|those|these|all that|that all) (be|b|come to|cost|run)\b/;

/** The metal asked, as the words of the price columns that name it. */
const METALS: [RegExp, RegExp][] = [
  [/\bgold[- ]?filled\b|\bgf\b/, /filled/i],
  [/\bsolid (yellow |white |rose )?gold\b|\b(10|14|18)k solid\b/, /solid/i],
  [/\b(sterling|silver)\b/, /silver|sterling/i],
  [/\btitanium\b/, /titanium/i],
];

const money = (s: string) => Number(s.replace(/,/g, ''));
const fmt = (n: number) => (Number.isInteger(n) ? `$${n}` : `$${n.toFixed(2)}`);

/** The count of pieces (or people) the question asks a total for, or null. */
export function countAsked(question: string): number | null {
  const q = question.toLowerCase();
  if (!ASKS_TOTAL.test(q) && !COUNTS[0]?.test(q)) return null;
  for (const re of COUNTS) {
    const m = re.exec(q);
    if (!m) continue;
    const word = m.slice(1).find((g) => g !== undefined && (/^\d+$/.test(g) || g in NUMBER_WORDS));
    const n = word === undefined ? 2 : /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS[word] ?? 2);
    if (n >= 2 && n <= 20) return n;
  }
  return null;
}

/** "Label — Sterling silver: $55; 14k gold-filled: $70": the cells of a price row. */
function rowCells(sentence: string): { label: string; price: number }[] {
  const dash = sentence.indexOf(' — ');
  if (dash < 0) return [];
  return sentence
    .slice(dash + 3)
    .split(';')
    .map((cell) => /^\s*([^:]+):\s*\$(\d[\d,]*(?:\.\d\d)?)\s*\.?\s*$/.exec(cell))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ label: m[1] ?? '', price: money(m[2] ?? '0') }));
}

/** The one price per piece the quoted sentences give for the metal asked, with how it was read. */
function unitPrice(question: string, sentences: string[]): number | null {
  const q = question.toLowerCase();
  const first = sentences[0];
  if (!first) return null;
  const cells = rowCells(first);
  if (cells.length > 0) {
    const metal = METALS.find(([asked]) => asked.test(q));
    if (cells.length === 1) return cells[0]?.price ?? null;
    if (!metal) return null;
    const matching = cells.filter((c) => metal[1].test(c.label));
    return matching.length === 1 ? (matching[0]?.price ?? null) : null;
  }
  // One price in the sentence, said of the piece asked and as its price: not a surcharge, a discount or a starting price
  // ("anklets are the bracelet price plus $20", "$10 off", "from $85").
  const prices = [...first.matchAll(/\$(\d[\d,]*(?:\.\d\d)?)/g)];
  const only = prices.length === 1 ? prices[0] : undefined;
  if (!only || only.index === undefined) return null;
  const before = first.slice(Math.max(0, only.index - PRICE_CONTEXT_CHARS), only.index).toLowerCase();
  if (NOT_A_UNIT.test(before) || NOT_A_UNIT_AFTER.test(first.slice(only.index))) return null;
  const asked = [...q.matchAll(new RegExp(PIECES, 'g'))].map((m) => (m[1] ?? '').replace(/s$/, ''));
  if (!asked.some((piece) => first.toLowerCase().includes(piece))) return null;
  return money(only[1] ?? '0');
}

/** How far before a price its wording is read. */
const PRICE_CONTEXT_CHARS = 30;
/** Wording before a price that makes it no price of one piece. */
const NOT_A_UNIT =
  /\b(plus|add|adds|added|extra|more|off|discount|deposit|fee|surcharge|up to|from|starting|starts|under|over|save)\b[^$]*$/;
/** …or after it: "$20 more", "$10 off", "$5 extra". */
const NOT_A_UNIT_AFTER = /^\$\d[\d,.]*\s*(more|off|extra|deposit|discount|per (side|inch|top))\b/i;

/** "A single microdermal is $95 … Each additional microdermal in the same session is $70." */
const FIRST_PRICE = /\b(a single|one|the first|your first|first)\b[^.$]{0,40}\$(\d[\d,]*(?:\.\d\d)?)/i;
const EACH_ADDITIONAL =
  /\b(each|every) (additional|extra|other|more)\b[^.$]{0,60}\$(\d[\d,]*(?:\.\d\d)?)|\$(\d[\d,]*(?:\.\d\d)?)\s*(for |per )?(each|every) (additional|extra)\b/i;

/**
 * The total sentence for a question asking the price of several ("For 2: 2 × $82 = $164."), or null when the
 * quoted sentences (in their passage's order; `top` the one chosen for what is asked) do not give one price per
 * piece for what is asked.
 */
export function priceTotal(question: string, sentences: string[], top = sentences[0]): string | null {
  const n = countAsked(question);
  if (n === null) return null;
  // A first piece and each additional one, said in the same passage.
  const firstAt = sentences.findIndex((s) => FIRST_PRICE.test(s));
  const firstSentence = sentences[firstAt];
  if (firstSentence !== undefined) {
    const extra = sentences.slice(firstAt, firstAt + 2).find((s) => EACH_ADDITIONAL.test(s));
    const a = FIRST_PRICE.exec(firstSentence)?.[2];
    const m = extra ? EACH_ADDITIONAL.exec(extra) : null;
    const b = m?.[3] ?? m?.[4];
    if (a && b) {
      const total = money(a) + (n - 1) * money(b);
      return `For ${n}: ${fmt(money(a))} + ${n - 1} × ${fmt(money(b))} = ${fmt(total)}.`;
    }
  }
  // (The sentence chosen for what is asked, not the first of its passage: the Lark row, not the Wren row above it.)
  const unit = top === undefined ? null : unitPrice(question, [top]);
  if (unit === null) return null;
  return `For ${n}: ${n} × ${fmt(unit)} = ${fmt(n * unit)}.`;
}
