import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../src/core/review/types.js';
import type { Answer } from '../../src/core/types.js';
import { escapeMrkdwn, splitText, toMrkdwn } from './mrkdwn.js';
import { MAX_BLOCKS, renderAnswer } from './render.js';
import { renderCorrectModal, renderDecidedCard, renderReviewCard } from './render-review.js';
import { decodeChoice } from './suggestion-value.js';

const answer = (over: Partial<Answer> = {}): Answer => ({
  text: 'Welded chains are **not** removable by clasp.',
  citations: [
    { source: 'a.md', title: 'Removal', quote: 'q' },
    { source: 'b.md', title: 'Removal', quote: 'q2' },
    { source: 'c.md', title: 'Care & <cleaning>', quote: 'q3' },
  ],
  deferred: false,
  urgent: false,
  flagged: false,
  reasons: [],
  inScope: true,
  topic: 'removal',
  confidence: 0.8,
  mode: 'local',
  answerId: 'ans-7',
  ...over,
});

type AnyBlock = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string; text?: unknown }>;
};
const sectionTexts = (blocks: AnyBlock[]) => blocks.filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');

describe('mrkdwn escaping', () => {
  it('escapes &, <, > so no link, mention or broadcast can form, and defuses @here', () => {
    expect(escapeMrkdwn('a & <!channel> <@U1> <http://x|y> @here @Everyone')).toBe(
      'a &amp; &lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; @\u200bhere @\u200bEveryone',
    );
  });

  it('converts neutral markdown to mrkdwn', () => {
    expect(toMrkdwn('# Title\n**bold** and __it__\n- one\n[site](https://a.b)')).toBe(
      '*Title*\n*bold* and _it_\n• one\nsite (https://a.b)',
    );
  });

  it('splits long text at paragraph boundaries within the limit', () => {
    const para = 'word '.repeat(300).trim();
    const parts = splitText([para, para, para].join('\n\n'), 3000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe([para, para, para].join(' '));
  });
});

describe('renderAnswer', () => {
  it('renders the answer, unique escaped sources and three feedback buttons carrying the answer id', () => {
    const { blocks, text } = renderAnswer(answer()) as { blocks: AnyBlock[]; text: string };
    expect(sectionTexts(blocks)).toEqual(['Welded chains are *not* removable by clasp.']);
    expect(blocks.find((b) => b.type === 'context')?.elements?.[0]?.text).toBe(
      '*Sources:* Removal · Care &amp; &lt;cleaning&gt;',
    );
    const buttons = blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons.map((b) => b.value)).toEqual(['ans-7', 'ans-7', 'ans-7']);
    expect(text).toContain('Welded chains');
  });

  it('puts a notice first on deferred and urgent answers', () => {
    expect(sectionTexts(renderAnswer(answer({ deferred: true })).blocks as AnyBlock[])[0]).toContain(
      'not medical advice',
    );
    expect(sectionTexts(renderAnswer(answer({ urgent: true, deferred: true })).blocks as AnyBlock[])[0]).toContain(
      'seek care',
    );
  });

  it('shows no sources or buttons on a held answer, and no buttons without an answer id', () => {
    const held = renderAnswer(answer({ held: true, text: 'A moderator will follow up.' })).blocks as AnyBlock[];
    expect(held.map((b) => b.type)).toEqual(['section', 'section']);
    const noId = renderAnswer(answer({ answerId: undefined })).blocks as AnyBlock[];
    expect(noId.some((b) => b.type === 'actions')).toBe(false);
  });

  it('renders ask-back suggestions as buttons (text ≤ 75 chars) whose values decode to the question and asker', () => {
    const asked = { userId: 'U1', channelRef: 'slack:T1:C1:1.2', conversationKey: 'slack:C1:1.2', isPublic: true };
    const long = `Can I ${'really '.repeat(20)}swim?`;
    const suggestions = ['Does it hurt?', '  ', long, 'Third?', 'Fourth?'];
    const blocks = renderAnswer(answer({ suggestions }), asked).blocks as AnyBlock[];
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(2);
    const buttons = actions[0]?.elements ?? [];
    expect(buttons.map((b) => (b.text as { text: string }).text)).toEqual([
      'Does it hurt?',
      expect.stringMatching(/^Can I really .{50,}…$/),
      'Third?',
    ]);
    expect((buttons[1]?.text as { text: string } | undefined)?.text).toHaveLength(75);
    expect(buttons.map((b) => decodeChoice(b.value))).toEqual(
      ['Does it hurt?', long, 'Third?'].map((question, index) => ({ answerId: 'ans-7', index, question, asked })),
    );
    expect(actions[1]?.elements?.map((b) => b.action_id)).toContain('permabot_feedback_helpful');
  });

  it('offers no suggestion buttons without the asker, on a held answer, or when a value would not fit', () => {
    const asked = { userId: 'U1', channelRef: 'slack:T1:C1:1.2', isPublic: false };
    const count = (a: Answer, by?: typeof asked) =>
      (renderAnswer(a, by).blocks as AnyBlock[]).filter((b) => b.type === 'actions').length;
    expect(count(answer({ suggestions: ['Does it hurt?'] }))).toBe(1);
    expect(count(answer({ suggestions: ['Does it hurt?'], held: true }), asked)).toBe(0);
    expect(count(answer({ suggestions: ['x'.repeat(1990)] }), asked)).toBe(1);
    expect(decodeChoice('not json')).toBeNull();
    expect(decodeChoice(JSON.stringify({ a: 'ans-7', i: 0, q: 'q', u: 'U1', r: 'r' }))).toBeNull();
  });

  it('keeps every section within 3000 chars and the message within 50 blocks, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 600 }), (chunk, times) => {
        const text = Array.from({ length: times }, () => chunk).join('\n\n');
        const { blocks, text: fallback } = renderAnswer(answer({ text })) as { blocks: AnyBlock[]; text: string };
        expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
        for (const s of sectionTexts(blocks)) expect(s.length).toBeLessThanOrEqual(3000);
        expect(fallback.length).toBeLessThanOrEqual(3000);
        expect(JSON.stringify(blocks)).not.toMatch(/<[!@#]/);
      }),
      { numRuns: 60 },
    );
  });

  it('marks an answer that had to be shortened', () => {
    const huge = Array.from({ length: 80 }, (_, i) => `${i} ${'x'.repeat(2900)}`).join('\n\n');
    const blocks = renderAnswer(answer({ text: huge })).blocks as AnyBlock[];
    expect(blocks).toHaveLength(MAX_BLOCKS);
    expect(sectionTexts(blocks).at(-1)).toContain('(answer shortened)');
  });
});

const item: ReviewItem = {
  id: 'rev-1',
  answerId: 'ans-1',
  createdAt: '2025-01-02T03:04:05.000Z',
  status: 'pending',
  reasons: ['medical', 'reported'],
  topic: 'healing',
  question: 'is <!here> swelling normal?',
  answerText: 'Some swelling is **normal**.',
  citations: [{ source: 'healing-times.md', title: 'Healing <times>', quote: 'q' }],
  platform: 'discord',
  channelRef: 'discord:g:c:m',
  held: false,
  decidedBy: null,
  decidedAt: null,
  note: null,
  correctedText: null,
  origin: 'feedback',
};

describe('review cards', () => {
  it('shows question, answer, reasons and Approve / Correct / Reject carrying the review id', () => {
    const blocks = renderReviewCard(item).blocks as AnyBlock[];
    const all = JSON.stringify(blocks);
    expect(all).toContain('is &lt;!here&gt; swelling normal?');
    expect(all).toContain('medical, reported');
    expect(all).toContain('*From:* discord');
    expect(all).toContain('*Sources:* Healing &lt;times&gt;');
    const buttons = blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(buttons.map((b) => [b.action_id, b.value])).toEqual([
      ['permabot_review_approve', 'rev-1'],
      ['permabot_review_correct', 'rev-1'],
      ['permabot_review_reject', 'rev-1'],
    ]);
  });

  it('shows who decided and when on the decided card, without buttons', () => {
    const decided = renderDecidedCard({
      ...item,
      status: 'corrected',
      correctedText: 'Mild swelling for a few days is normal.',
      decidedBy: { platform: 'slack', id: 'U1', name: 'Ana' },
      decidedAt: '2025-01-02T05:06:07.000Z',
    });
    const all = JSON.stringify(decided.blocks);
    expect(all).toContain('corrected by Ana (slack) at 2025-01-02 05:06 UTC');
    expect(all).toContain('Mild swelling for a few days is normal.');
    expect((decided.blocks as AnyBlock[]).some((b) => b.type === 'actions')).toBe(false);
  });

  it('prefills the Correct modal with the current answer', () => {
    const modal = renderCorrectModal(item, '{"reviewId":"rev-1"}');
    expect(modal.private_metadata).toBe('{"reviewId":"rev-1"}');
    expect(JSON.stringify(modal.blocks)).toContain('Some swelling is **normal**.');
  });
});
