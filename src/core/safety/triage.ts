/** Medical triage before retrieval: deterministic, explainable (every decision lists the rules that fired). */
import { normalizeForRules } from './normalize.js';
import { IMPERSONAL_REPORT, PERSONAL, RULES, THIRD_PERSON } from './rules.js';

export type TriageLevel = 'urgent' | 'defer' | 'answer';

/** The triage decision for a message. */
export interface TriageResult {
  level: TriageLevel;
  rules: string[];
}

const WOUND_WORDS = /\b(wound|piercing|dermal|skin|red|swollen|infected|pus|rash|it|this|look|check|normal|okay|ok)\b/;

/** Triage of one message; an attachment about a wound or "look at this" defers. */
export function triage(
  text: string,
  opts: { attachments?: number; history?: string[]; knows?: (word: string) => boolean } = {},
): TriageResult {
  const t = normalizeForRules(typeof text === 'string' ? text : '', opts.knows);
  // Personal rules read reports about the asker, a client or anyone else's body, and impersonal reports of a thing seen now.
  const personal = PERSONAL.test(t) || THIRD_PERSON.test(t) || IMPERSONAL_REPORT.test(t);
  const fired = RULES.filter((r) => (!r.personal || personal) && r.patterns.some((p) => p.test(t)));
  const rules = fired.map((r) => r.id);
  if ((opts.attachments ?? 0) > 0 && (WOUND_WORDS.test(t) || t.length === 0)) rules.push('defer:attachment');
  const level: TriageLevel = fired.some((r) => r.level === 'urgent') ? 'urgent' : rules.length > 0 ? 'defer' : 'answer';
  return { level, rules };
}
