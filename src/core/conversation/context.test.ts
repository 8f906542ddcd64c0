import { describe, expect, it } from 'vitest';
import { resolveContext, type Turn, turnOf } from './context.js';

const t0 = 1_000_000;
function converse(questions: string[], gapMs = 1000) {
  const turns: Turn[] = [];
  return questions.map((q, i) => {
    const now = t0 + i * gapMs;
    const ctx = resolveContext(q, turns, now);
    turns.push(turnOf(q, ctx, now));
    return ctx;
  });
}

describe('conversation context', () => {
  it('carries the jewelry kind into follow-ups that do not name one', () => {
    const [, hurt, heal] = converse([
      "I'm getting a microdermal next week",
      'does it hurt?',
      'and how long till it heals?',
    ]);
    expect(hurt?.kind).toBe('microdermal');
    expect(hurt?.query).toMatch(/microdermal/);
    expect(hurt?.carried).toBe(true);
    expect(heal?.kind).toBe('microdermal');
    expect(heal?.topic).toBe('healing');
  });

  it('a topic asked without a kind in a thread about one is asked of that kind', () => {
    const [, appointment] = converse([
      'thinking about getting a surface piercing on my neck',
      'how long does the appointment take',
    ]);
    expect(appointment?.followUp).toBe(true);
    expect(appointment?.kind).toBe('surface-piercing');
  });

  it('a thread that never named a kind makes no follow-up of a topic question', () => {
    const [, dish] = converse(['lunch order going in at 12', 'is my job ok with a long lunch']);
    expect(dish?.followUp).toBe(false);
    expect(dish?.kind).toBeNull();
  });

  it('switches kind when a new one is named, keeping the topic', () => {
    const [, , punch] = converse(['how long does a microdermal take to heal?', 'ok thanks', 'and a dermal punch?']);
    expect(punch?.kind).toBe('dermal-punch');
    expect(punch?.topic).toBe('healing');
    expect(punch?.query).toMatch(/heal/);
  });

  it('does not invent context for a first question', () => {
    const [first] = converse(['does it hurt?']);
    expect(first).toMatchObject({ kind: null, topic: 'pain', carried: false, query: 'does it hurt?', history: [] });
  });

  it('forgets turns older than the configured age', () => {
    const turns: Turn[] = [{ text: 'microdermal', kind: 'microdermal', topic: null, at: t0 }];
    const fresh = resolveContext('does it hurt', turns, t0 + 60_000, { maxTurns: 6, maxAgeMs: 120_000 });
    const stale = resolveContext('does it hurt', turns, t0 + 600_000, { maxTurns: 6, maxAgeMs: 120_000 });
    expect(fresh.kind).toBe('microdermal');
    expect(stale.kind).toBeNull();
    expect(stale.history).toEqual([]);
  });

  it('hands earlier messages to the triage as history', () => {
    const [, second] = converse(['my dermal is oozing pus', 'how do I clean it?']);
    expect(second?.history).toEqual(['my dermal is oozing pus']);
  });
});

describe('a plural points back to a listed topic', () => {
  it('"them" after the risks carries the risks', () => {
    const [, reduce] = converse(['what are the risks of a microdermal?', 'how can the client reduce them']);
    expect(reduce?.topic).toBe('risks');
  });
  it('"them" after what implants are made of is the implants, not the materials', () => {
    const [, where] = converse(['what are implants made of', 'and where on the body do people usually get them']);
    expect(where?.topic).toBeNull();
  });
});

describe('an elliptical follow-up asks the same of something else', () => {
  it('"what about once it is healed, same stuff?" after a cleaning question carries cleaning', () => {
    const [, , healed] = converse([
      'quick aftercare q for a dermal',
      'what do they clean it with while healing?',
      'what about once it is healed, same stuff?',
    ]);
    expect(healed?.topic).toBe('cleaning');
  });
});

describe('a studio question in a thread about a piece', () => {
  it('a price asked without a piece is of the thread piece', () => {
    const [, price] = converse(['thinking about getting a permanent ring', 'whats the cheapest metal and how much']);
    expect(price?.kind).toBe('welded-chain');
  });
});
