/** Pure renderers for `permabot review`: aligned tables on a TTY, tab-separated lines for pipes. */
import type { ReviewStats } from '../../../src/core/review/store.js';
import type { Actor, CuratedAnswer, InteractionRecord, ReviewItem } from '../../../src/core/review/types.js';

/** One line, no tabs or newlines (safe inside a TSV field or a table cell). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** `2025-03-01 12:00` (UTC) from an ISO timestamp. */
export function shortTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : '-';
}

/** `Alice (discord:mod-1)`. */
export function actorLabel(actor: Actor | null): string {
  return actor ? `${actor.name} (${actor.platform}:${actor.id})` : '-';
}

/** Rows as an aligned table (TTY) or tab-separated lines (pipes), both under the header row when there is one. */
export function table(header: string[], rows: string[][], tty: boolean): string {
  if (!tty) return [...(header.length ? [header] : []), ...rows].map((r) => `${r.map(oneLine).join('\t')}\n`).join('');
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${all.map(line).join('\n')}\n`;
}

/** The queue listing. */
export function renderList(items: ReviewItem[], tty: boolean): string {
  const rows = items.map((i) => [
    i.id,
    i.status,
    tty ? shortTime(i.createdAt) : i.createdAt,
    i.reasons.join(',') || '-',
    i.topic ?? '-',
    i.held ? 'held' : '-',
    tty ? clip(oneLine(i.question), 60) : oneLine(i.question),
  ]);
  return table(['ID', 'STATUS', 'CREATED', 'REASONS', 'TOPIC', 'HELD', 'QUESTION'], rows, tty);
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');

/** One item in full, with the stored interaction when it is still there. */
export function renderItem(item: ReviewItem, rec: InteractionRecord | null): string {
  const fields: [string, string][] = [
    ['Status', item.status],
    ['Reasons', item.reasons.join(', ') || '-'],
    ['Topic', item.topic ?? '-'],
    ['Origin', item.origin ?? 'flag'],
    ['Held', item.held ? 'yes' : 'no'],
    ['Created', item.createdAt],
    ['Where', `${item.platform} ${item.channelRef}`],
    ['Answer id', item.answerId],
  ];
  if (rec) fields.push(['Mode', `${rec.answer.mode}, confidence ${rec.answer.confidence.toFixed(2)}`]);
  if (item.decidedBy) fields.push(['Decided', `${item.status} by ${actorLabel(item.decidedBy)} at ${item.decidedAt}`]);
  if (item.note) fields.push(['Note', oneLine(item.note)]);
  const width = Math.max(...fields.map(([k]) => k.length)) + 2;
  const parts = [`Review ${item.id}`, ...fields.map(([k, v]) => `${`${k}:`.padEnd(width)}${v}`)];
  parts.push('Question:', indent(item.question), 'Answer:', indent(item.answerText));
  if (item.correctedText) parts.push('Corrected answer:', indent(item.correctedText));
  const sources = rec?.answer.citations ?? [];
  if (sources.length) parts.push('Sources:', ...sources.map((c, i) => `  [${i + 1}] ${c.title} (${c.source})`));
  return `${parts.join('\n')}\n`;
}

const pct = (x: number | null) => (x === null ? '-' : `${Math.round(x * 100)}%`);
const sortedCounts = (counts: Record<string, number>) =>
  Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** Queue statistics and knowledge gaps. */
export function renderStats(s: ReviewStats, tty: boolean): string {
  if (!tty) {
    const lines: string[][] = [
      ['interactions', String(s.interactions)],
      ...Object.entries(s.reviews).map(([k, v]) => ['status', k, String(v)]),
      ['approval-rate', s.approvalRate === null ? '-' : s.approvalRate.toFixed(3)],
      ...Object.entries(s.feedback).map(([k, v]) => ['feedback', k, String(v)]),
      ...sortedCounts(s.byReason).map(([k, v]) => ['reason', k, String(v)]),
      ...sortedCounts(s.byTopic).map(([k, v]) => ['topic', k, String(v)]),
      ...s.gaps.map((g) => ['gap', String(g.count), g.lastAskedAt, g.question]),
    ];
    return table([], lines, false);
  }
  const r = s.reviews;
  const f = s.feedback;
  const out = [
    `Interactions:  ${s.interactions}`,
    `Queue:         ${r.pending} pending · ${r.approved} approved · ${r.corrected} corrected · ${r.rejected} rejected`,
    `Approval rate: ${pct(s.approvalRate)} of decided items approved as they were`,
    `Feedback:      ${f.helpful} helpful · ${f['not-helpful']} not helpful · ${f['ask-human']} ask a human`,
    '',
    table(
      ['REASON', 'ITEMS'],
      sortedCounts(s.byReason).map(([k, v]) => [k, String(v)]),
      true,
    ).trimEnd(),
    '',
    table(
      ['TOPIC', 'ITEMS'],
      sortedCounts(s.byTopic).map(([k, v]) => [k, String(v)]),
      true,
    ).trimEnd(),
    '',
    'Knowledge gaps (questions the guidance could not answer):',
    s.gaps.length
      ? table(
          ['COUNT', 'LAST ASKED', 'QUESTION'],
          s.gaps.map((g) => [String(g.count), shortTime(g.lastAskedAt), clip(g.question, 70)]),
          true,
        ).trimEnd()
      : '  none',
  ];
  return `${out.join('\n')}\n`;
}

/** One curated answer in full. */
export function renderCurated(c: CuratedAnswer): string {
  const state = c.retired ? `retired by ${actorLabel(c.retiredBy ?? null)} at ${c.retiredAt}` : 'active';
  return [
    `Curated answer ${c.id} (${state})`,
    `From review ${c.reviewId}, by ${actorLabel(c.createdBy ?? null)} at ${c.createdAt}`,
    'Question:',
    indent(c.question),
    'Answer:',
    indent(c.text),
    '',
  ].join('\n');
}
