/** Platform-neutral wording shared by the adapters' review cards and answers. */
import type { ReviewItem } from '../../src/core/review/types.js';
import type { Citation } from '../../src/core/types.js';

export const DECIDED_VERB: Record<string, string> = {
  approved: 'Approved',
  corrected: 'Corrected',
  rejected: 'Rejected',
};

/** `2025-01-02T03:04:05.000Z` → `2025-01-02 03:04 UTC`. */
export function formatWhen(iso: string | null): string {
  if (!iso) return 'an unknown time';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "approved by Ana (slack) at 2025-01-02 03:04 UTC". */
export function decisionLine(item: ReviewItem): string {
  const verb = (DECIDED_VERB[item.status] ?? item.status).toLowerCase();
  const who = item.decidedBy ? `${item.decidedBy.name} (${item.decidedBy.platform})` : 'someone';
  return `${verb} by ${who} at ${formatWhen(item.decidedAt)}`;
}

/** Unique, non-empty citation titles in order (the "Sources" line). */
export function citationTitles(citations: readonly Citation[] = []): string[] {
  return [...new Set(citations.map((c) => c.title.trim()).filter(Boolean))];
}

/** The short apology posted when answering failed. */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** Posted to the asker's thread when a moderator rejected a held answer. */
export const REJECTED_RELEASE =
  'A moderator reviewed this question and could not confirm an answer. Please ask the studio team directly.';
