/** Short, typeable record ids shared by every store: `a12` (answer), `r7` (review), `c3` (curated), `f5` (feedback). */

/** Id prefixes by record kind. */
export const ID_PREFIX = { answer: 'a', review: 'r', curated: 'c', feedback: 'f' } as const;

export type IdKind = keyof typeof ID_PREFIX;

/** Formats a numeric row id as a public id. */
export function formatId(kind: IdKind, n: number | bigint): string {
  return `${ID_PREFIX[kind]}${n}`;
}

/** Parses a public id (the prefix is optional: `r7` and `7` both work); null when malformed. */
export function parseId(kind: IdKind, id: string): number | null {
  const m = new RegExp(`^${ID_PREFIX[kind]}?(\\d{1,15})$`, 'i').exec(id.trim());
  if (!m?.[1]) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
