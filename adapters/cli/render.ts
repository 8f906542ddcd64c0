/** Renders an Answer for the terminal (pure). */
import type { Answer } from '../../src/core/types.js';

/** Plain-text rendering: notice, answer, numbered sources. */
export function renderAnswer(answer: Answer, opts: { color?: boolean } = {}): string {
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[0m` : s);
  const bold = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  if (answer.urgent) lines.push(bold('⚠ Urgent: please get medical care now.'));
  else if (answer.deferred) lines.push(bold('ℹ Medical question — deferred to a professional.'));
  lines.push(answer.text.replace(/\*\*(.+?)\*\*/g, (_m, t: string) => bold(t)));
  if (answer.citations.length) {
    lines.push(dim('Sources:'));
    for (const [i, c] of answer.citations.entries()) lines.push(dim(`  [${i + 1}] ${c.title} (${c.source})`));
  }
  if (answer.flagged)
    lines.push(
      dim(`(flagged for review: ${answer.reasons.join(', ')}${answer.reviewId ? `, #${answer.reviewId}` : ''})`),
    );
  return lines.join('\n');
}
