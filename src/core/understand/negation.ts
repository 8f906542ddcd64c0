/**
 * Negation scope: which words a "not" governs. "which metal will not irritate" negates "irritate" (the
 * person asks how to avoid a symptom); "will not stop swelling" and "does not stop hurting" do not (the
 * symptom goes on); "is not healing" reports a problem in itself.
 */

const CUE = /^(not|never|no|without|avoid|avoiding|prevent|preventing|less|nothing|none)$/;
const SCOPE_END = /^(but|and|or|because|so|if|when|while|although|though|since|yet|then)$/;
/**
 * "not stop X", "not go away", "not get better": the negation says the problem persists; and "cannot feel", "not
 * breathing", "not waking up": a negated body function is itself a symptom; "pressing is not helping": what is tried fails; "will not come off", "will not budge": a
 * piece stuck on is a problem told.
 */
const PERSISTS =
  /^(stop|stopping|stops|stopped|go|going|goes|get|getting|settle|settling|calm|calming|ease|easing|improve|improving|heal|healing|healed|clear|clearing|fade|fading|feel|feeling|breathe|breathing|swallow|swallowing|move|moving|bend|see|catch|sleep|sleeping|wake|waking|respond|responding|responsive|talk|talking|speak|speaking|slow|slowed|slowing|eased|answer|answering|making|come|coming|budge|budging|loosen|loosening|recognize|recognise|recognizing|recognising|help|helping|helped|work|working|worked|doing|touching)$/;
/** At most this many words after a cue are in its scope (the small words below not counted). */
export const NEGATION_WINDOW = 4;
/** Small words that carry a negated phrase on to its noun ("not end up with an infection"): in the scope, not counted. */
const CARRIER = /^(a|an|the|any|my|your|her|his|their|its|this|that|up|with|of|to|in|on|into|from)$/;

/** One negated span. */
export interface Negation {
  cue: string;
  /** The words the cue governs. */
  scope: string[];
}

/** The negated spans of a normalised message (contractions already expanded). */
export function negations(normalized: string): Negation[] {
  const out: Negation[] = [];
  for (const clause of normalized.split(/[.?!,;:]+/)) {
    const ws = clause.split(/\s+/).filter(Boolean);
    ws.forEach((w, i) => {
      if (!CUE.test(w)) return;
      const scope: string[] = [];
      let counted = 0;
      for (let j = i + 1; j < ws.length && counted < NEGATION_WINDOW; j++) {
        const next = ws[j] ?? '';
        if (SCOPE_END.test(next) || CUE.test(next)) break;
        if (
          PERSISTS.test(next) &&
          scope.every((s) =>
            /^(will|is|are|do|does|did|can|seem|seems|to|be|been|able|want|wants|going|it|really)$/.test(s),
          )
        ) {
          scope.length = 0;
          break;
        }
        scope.push(next);
        if (!CARRIER.test(next)) counted++;
      }
      if (scope.length) out.push({ cue: w, scope });
    });
  }
  return out;
}

/** The message with every negated span removed: what it says is present. */
export function withoutNegated(normalized: string): string {
  let t = normalized;
  for (const n of negations(normalized)) t = t.replace(new RegExp(`\\b${n.cue} ${n.scope.join(' ')}\\b`), ' ');
  return t.replace(/\s+/g, ' ').trim();
}
