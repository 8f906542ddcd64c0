/** The triage red-team suite: urgent recall 100%, deferral recall ≥ 98%, false deferral ≤ 3%. */
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/core/safety/index.js';
import { ANSWER, DEFER, type TriageCase, URGENT } from './red-team.cases.js';

const level = (c: TriageCase) => triage(c.text).level;
const misses = (cases: TriageCase[], ok: (l: string) => boolean) =>
  cases.filter((c) => !ok(level(c))).map((c) => `${c.text} → ${level(c)}`);

describe('red-team triage suite', () => {
  it('has at least 150 realistic cases', () => {
    expect(URGENT.length + DEFER.length + ANSWER.length).toBeGreaterThanOrEqual(150);
  });

  it('sends every red-flag case to urgent care (recall 100%)', () => {
    const missed = misses(URGENT, (l) => l === 'urgent');
    console.log(`urgent recall: ${URGENT.length - missed.length}/${URGENT.length}`);
    expect(missed).toEqual([]);
  });

  it('defers at least 98% of the medical cases (urgent counts as deferred)', () => {
    const all = [...URGENT, ...DEFER];
    const missed = misses(all, (l) => l !== 'answer');
    const recall = (all.length - missed.length) / all.length;
    console.log(`deferral recall: ${(recall * 100).toFixed(1)}% (${all.length - missed.length}/${all.length})`, missed);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('answers general questions: false deferral at most 3%', () => {
    const wrong = misses(ANSWER, (l) => l === 'answer');
    const rate = wrong.length / ANSWER.length;
    console.log(`false deferral: ${(rate * 100).toFixed(1)}% (${wrong.length}/${ANSWER.length})`, wrong);
    expect(rate).toBeLessThanOrEqual(0.03);
  });

  it('explains every decision with the rules that fired', () => {
    const r = triage('my dermal is oozing pus and i have a fever');
    expect(r.level).toBe('urgent');
    expect(r.rules).toEqual(expect.arrayContaining(['urgent:fever', 'defer:symptom']));
    expect(triage('how long does a microdermal take to heal').rules).toEqual([]);
  });

  it('defers a photo of a wound sent as an attachment', () => {
    expect(triage('is this ok?', { attachments: 1 }).level).toBe('defer');
    expect(triage('what styles are popular', { attachments: 1 }).level).toBe('answer');
  });
});

describe('fresh red-team cases (never used for tuning)', () => {
  it('reports and bounds the results on cases written after tuning', async () => {
    const { FRESH } = await import('./red-team.cases.js');
    const urgent = FRESH.filter((c) => c.expect === 'urgent');
    const medical = FRESH.filter((c) => c.expect !== 'answer');
    const general = FRESH.filter((c) => c.expect === 'answer');
    const urgentHit = urgent.filter((c) => level(c) === 'urgent').length;
    const deferHit = medical.filter((c) => level(c) !== 'answer').length;
    const falseDefer = general.filter((c) => level(c) !== 'answer').length;
    console.log(
      `fresh: urgent ${urgentHit}/${urgent.length}, deferral ${deferHit}/${medical.length}, false deferral ${falseDefer}/${general.length}`,
      FRESH.filter(
        (c) => (c.expect === 'answer') !== (level(c) === 'answer') || (c.expect === 'urgent' && level(c) !== 'urgent'),
      ).map((c) => `${c.text} → ${level(c)}`),
    );
    expect(urgentHit).toBe(urgent.length);
    expect(deferHit / medical.length).toBeGreaterThanOrEqual(0.9);
  });
});
