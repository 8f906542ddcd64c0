/** Multi-turn conversations through the real assistant: carry-over, switching, deferral memory, isolation, expiry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { makeApp, q } from './harness.js';

let app: PermabotApp;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(() => app.close());

describe('follow-up questions', () => {
  it('carries the kind: microdermal → does it hurt → how long to heal cites the microdermal healing time', async () => {
    await app.assistant.ask(q("I'm getting a microdermal next week", 'c1'));
    const hurt = await app.assistant.ask(q('does it hurt?', 'c1'));
    expect(hurt.context?.kind).toBe('microdermal');
    expect(hurt.text).toMatch(/discomfort|manageable/);
    expect(hurt.text).not.toMatch(/painless/);
    const heal = await app.assistant.ask(q('and how long till it heals?', 'c1'));
    expect(heal.text).toMatch(/6-8 weeks/);
    expect(heal.citations.map((c) => c.source)).toContain('healing-times.md');
  });

  it('"which one" after two kinds were compared is asked of both', async () => {
    await app.assistant.ask(q('whats the difference between a microdermal and a dermal punch', 'pair'));
    const a = await app.assistant.ask(q('and which one takes longer to heal', 'pair'));
    expect(a.text).toMatch(/dermal punch/i);
    expect(a.text).toMatch(/more slowly|12 weeks/);
  });

  it('a statement about a cut chain, then "can it be put back on afterward?"', async () => {
    await app.assistant.ask(q('I had to cut off my permanent necklace for a surgery.', 'putback'));
    const a = await app.assistant.ask(q('Can it be put back on afterward?', 'putback'));
    expect(a.inScope).toBe(true);
    expect(a.text).toMatch(/re-?weld|weld it closed again/);
  });

  it('switches kind when a new one is named and keeps the topic', async () => {
    await app.assistant.ask(q('how long does a microdermal take to heal', 'c2'));
    const punch = await app.assistant.ask(q('and a dermal punch?', 'c2'));
    expect(punch.context).toMatchObject({ kind: 'dermal-punch' });
    expect(punch.text).toMatch(/12 weeks/);
  });

  it('carries the topic of a welded chain removal into "what about implants"', async () => {
    await app.assistant.ask(q('how do i take off my welded bracelet', 'c3'));
    const implants = await app.assistant.ask(q('what about a microdermal?', 'c3'));
    expect(implants.text).toMatch(/professional/);
  });

  it('keeps a conversation deferred once a symptom was mentioned', async () => {
    await app.assistant.ask(q('my dermal is oozing yellow pus', 'c4'));
    const later = await app.assistant.ask(q('how do i clean it?', 'c4'));
    expect(later.deferred).toBe(true);
    expect(later.rules?.some((r) => r.startsWith('earlier-turn:'))).toBe(true);
  });

  it('never leaks context between conversations', async () => {
    await app.assistant.ask(q('my dermal is oozing yellow pus', 'c5'));
    await app.assistant.ask(q("I'm getting a microdermal next week", 'c5'));
    const other = await app.assistant.ask(q('does it hurt?', 'c6'));
    expect(other.deferred).toBe(false);
    expect(other.context?.kind).toBeNull();
  });
});

describe('configured conversation limits', () => {
  it('remembers nothing with CONVERSATION_MAX_TURNS=0', async () => {
    const none = await makeApp({ CONVERSATION_MAX_TURNS: '0' });
    try {
      await none.assistant.ask(q("I'm getting a microdermal next week", 'n1'));
      expect((await none.assistant.ask(q('does it hurt?', 'n1'))).context?.kind).toBeNull();
    } finally {
      await none.close();
    }
  });
});
