import { describe, expect, it } from 'vitest';
import { makeAnswer } from '../../src/core/answer.js';
import type { ReviewItem } from '../../src/core/review/types.js';
import { customId, parseCustomId } from './ids.js';
import { renderAnswer } from './render.js';
import { renderDecidedCard, renderRelease, renderReviewCard } from './render-review.js';
import { escapeText, splitMessage } from './text.js';

const cite = (title: string) => ({ source: `${title}.md`, title, quote: 'q' });

describe('Discord rendering of answers', () => {
  it('posts a short answer as one message with its sources and the feedback buttons', () => {
    const [msg, ...rest] = renderAnswer(
      makeAnswer({
        text: 'Cut at the weld.',
        answerId: 'a1',
        citations: [cite('Removal'), cite('Removal'), cite('Aftercare')],
      }),
    );
    expect(rest).toEqual([]);
    expect(msg?.content).toBe('Cut at the weld.\n\n-# Sources: Removal · Aftercare');
    expect(msg?.allowedMentions).toEqual({ parse: [] });
    expect(msg?.components?.[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'pb:fb:helpful:a1',
      'pb:fb:unhelpful:a1',
      'pb:fb:human:a1',
    ]);
  });

  it('puts a notice above deferred and urgent answers', () => {
    expect(renderAnswer(makeAnswer({ text: 'See a professional.', deferred: true }))[0]?.content).toMatch(
      /^ℹ️ \*Not medical advice/,
    );
    expect(renderAnswer(makeAnswer({ text: 'Go now.', deferred: true, urgent: true }))[0]?.content).toMatch(
      /^🚨 \*\*This may need medical attention now/,
    );
  });

  it('shows no buttons or sources on a held answer, and no buttons without an answer id', () => {
    const [held] = renderAnswer(
      makeAnswer({ text: 'A moderator will check.', held: true, answerId: 'a1', citations: [cite('X')] }),
    );
    expect(held?.components).toBeUndefined();
    expect(held?.content).not.toContain('Sources');
    expect(renderAnswer(makeAnswer({ text: 'ok' }))[0]?.components).toBeUndefined();
  });

  it('splits a long answer at paragraph ends into messages of at most 2000 characters, buttons on the last', () => {
    const para = `${'Welded chains are fitted around the wrist. '.repeat(20).trim()}`;
    const parts = renderAnswer(makeAnswer({ text: Array(8).fill(para).join('\n\n'), answerId: 'a1' }));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.content.length).toBeLessThanOrEqual(2000);
    for (const p of parts.slice(0, -1)) expect(p.content.endsWith('.')).toBe(true);
    expect(parts.at(-1)?.components).toHaveLength(1);
    expect(parts.map((p) => p.content).join('\n\n')).toBe(Array(8).fill(para).join('\n\n'));
  });

  it('caps a huge answer at four messages and says it was shortened', () => {
    const parts = renderAnswer(makeAnswer({ text: 'word '.repeat(5000) }));
    expect(parts).toHaveLength(4);
    expect(parts[3]?.content).toMatch(/\(answer shortened\)\*$/);
  });

  it('renders ask-back suggestions as at most three buttons with short custom ids and labels of ≤ 80 chars', () => {
    const long = `Can I ${'really '.repeat(30)}swim?`;
    const answerId = 'a'.repeat(64); // the longest id the parser accepts
    const [msg] = renderAnswer(
      makeAnswer({ text: 'Not sure which.', answerId, suggestions: ['Does it hurt?', ' ', long, 'Third?', 'Fourth?'] }),
    );
    const [choices, feedback] = msg?.components ?? [];
    const buttons = choices?.components.map((b) => ({
      id: 'custom_id' in b ? b.custom_id : '',
      label: 'label' in b ? b.label : '',
    }));
    expect(buttons?.map((b) => b.label)).toEqual(['Does it hurt?', expect.stringMatching(/…$/), 'Third?']);
    expect(buttons?.[1]?.label).toHaveLength(80);
    for (const b of buttons ?? []) expect(b.id.length).toBeLessThanOrEqual(100);
    expect(buttons?.map((b) => parseCustomId(b.id))).toEqual(
      [0, 1, 2].map((index) => ({ type: 'suggestion', index, answerId })),
    );
    expect(feedback?.components).toHaveLength(3);
  });

  it('offers no suggestion buttons on a held answer or without an answer id (the text still lists them)', () => {
    const suggestions = ['Does it hurt?'];
    expect(renderAnswer(makeAnswer({ text: 'x', suggestions }))[0]?.components).toBeUndefined();
    expect(
      renderAnswer(makeAnswer({ text: 'x', suggestions, answerId: 'a1', held: true }))[0]?.components,
    ).toBeUndefined();
    expect(renderAnswer(makeAnswer({ text: 'x', suggestions: [], answerId: 'a1' }))[0]?.components).toHaveLength(1);
  });

  it('breaks @everyone, @here and mention syntax even if the core let one through', () => {
    const [msg] = renderAnswer(makeAnswer({ text: 'hi @everyone and @here <@123> <@&456> <#789>' }));
    expect(msg?.content).not.toMatch(/@everyone|@here|<@\d|<@&\d|<#\d/);
  });
});

describe('Discord text helpers', () => {
  it('escapes user text: markdown is inert and nothing can ping', () => {
    expect(escapeText('**bold** @everyone <@&1>')).toBe('\\*\\*bold\\*\\* @\u200beveryone <@&\u200b1>');
  });

  it('never splits a word when a boundary exists, and hard-cuts an unbroken run', () => {
    expect(splitMessage('aaaa bbbb cccc', 10)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitMessage('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('Discord custom ids', () => {
  it('round-trips every action and rejects anything else', () => {
    expect(parseCustomId(customId.feedback('ask-human', 'a12'))).toEqual({
      type: 'feedback',
      kind: 'ask-human',
      answerId: 'a12',
    });
    expect(parseCustomId(customId.review('corrected', 'r3'))).toEqual({
      type: 'review',
      decision: 'corrected',
      reviewId: 'r3',
    });
    expect(parseCustomId(customId.feedbackReason('a1'))).toEqual({ type: 'feedback-reason', answerId: 'a1' });
    expect(parseCustomId(customId.correction('r1'))).toEqual({ type: 'correction', reviewId: 'r1' });
    expect(parseCustomId(customId.suggestion(2, 'a9'))).toEqual({ type: 'suggestion', index: 2, answerId: 'a9' });
    for (const bad of [
      '',
      'pb:rv:delete:r1',
      'pb:sg:x:a1',
      'pb:sg:10:a1',
      'pb:fb:helpful:a1:x',
      'xx:fb:helpful:a1',
      'pb:fb:helpful:<script>',
    ])
      expect(parseCustomId(bad)).toBeNull();
  });
});

const item = (over: Partial<ReviewItem> = {}): ReviewItem => ({
  id: 'r1',
  answerId: 'a1',
  createdAt: '2026-11-23T10:00:00.000Z',
  status: 'pending',
  reasons: ['medical'],
  topic: 'healing',
  question: '**is** this @everyone normal?',
  answerText: 'See a professional.',
  citations: [cite('Healing times')],
  platform: 'discord',
  channelRef: 'discord:7:8:11',
  held: true,
  decidedBy: null,
  decidedAt: null,
  note: null,
  correctedText: null,
  origin: 'flag',
  ...over,
});

describe('Discord review cards', () => {
  it('shows the question escaped, the answer, reasons, origin, sources and the three decisions', () => {
    const card = renderReviewCard(item());
    const fields = Object.fromEntries((card.embeds[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      Question: '\\*\\*is\\*\\* this @\u200beveryone normal?',
      'Answer given': 'See a professional.',
      Reasons: 'medical',
      From: 'discord (held: waiting for a decision)',
      Sources: 'Healing times',
    });
    expect(card.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'pb:rv:approve:r1',
      'pb:rv:correct:r1',
      'pb:rv:reject:r1',
    ]);
  });

  it('after a decision shows who decided and when, the correction, and no buttons', () => {
    const decided = item({
      status: 'corrected',
      correctedText: 'Ask your piercer.',
      decidedBy: { platform: 'slack', id: 'U1', name: 'sam' },
      decidedAt: '2026-11-23T11:05:00.000Z',
    });
    const card = renderDecidedCard(decided);
    expect(card.content).toBe('**corrected by sam (slack) at 2026-11-23 11:05 UTC**');
    expect(card.components).toEqual([]);
    expect(card.embeds[0]?.fields?.find((f) => f.name === 'Corrected answer')?.value).toBe('Ask your piercer.');
    expect(renderRelease(decided)?.content).toMatch(
      /^Ask your piercer\.\n\n-# ✅ Reviewed and corrected by a moderator$/,
    );
    expect(renderRelease(item({ status: 'rejected' }))?.content).toMatch(/could not confirm an answer/);
    expect(renderRelease(item())).toBeNull();
  });
});
