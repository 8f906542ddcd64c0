/**
 * Answerability on the real knowledge: a word the guidance lacks vetoes nothing by itself; what decides
 * is whether the thing asked about is there. Each row is a kind of message, not a tuned phrasing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { evidenceFeatures } from '../../src/core/compose/answerability.js';
import type { HybridRetriever } from '../../src/core/retrieve/hybrid-retriever.js';
import { makeApp, q } from './harness.js';

let app: PermabotApp;
beforeAll(async () => {
  app = await makeApp();
}, 120_000);
afterAll(async () => {
  await app.close();
});
const retriever = () => app.index.retriever as HybridRetriever;

describe('missing words are told apart by kind', () => {
  it.each([
    ['is tungsten good for a permanent bracelet', 1, 0],
    ['is it comfy to sleep with permanent jewelry', 0, 1],
    ['how long does a microdermal take to heal', 0, 0],
  ])('%s: name gap %i, other gap %i', async (text, nameGap, otherGap) => {
    const f = evidenceFeatures(await retriever().retrieve(text));
    expect([f.nameGap, f.otherGap]).toEqual([nameGap, otherGap]);
  });
});

describe('a question the guidance answers is answered despite a word it lacks', () => {
  it.each([
    ['is it comfy to sleep with permanent jewelry', /sleep/i],
    ['does a welded bracelet feel weird when you sleep', /sleep/i],
    // Sizing words the guidance says as "custom-fitted".
    ['do they measure you for a permanent bracelet or is it one size', /fit/i],
  ])('%s', async (text, must) => {
    const a = await app.assistant.ask(q(text));
    expect(a.reasons).not.toContain('no-knowledge');
    expect(a.text).toMatch(must);
  });
});

describe('an ordinary word the guidance lacks does not make a close question uncovered', () => {
  it.each([
    ['do i have to skip the gym with a new surface piercing'],
    ['is saline enough for a new surface piercing or do you recommend something stronger'],
  ])('%s is answered or asked back, never "not covered"', async (text) => {
    const a = await app.assistant.ask(q(text));
    expect(a.reasons).not.toContain('no-knowledge');
    expect(a.citations.length > 0 || (a.suggestions?.length ?? 0) > 0).toBe(true);
  });
});

describe('a question about a thing the guidance does not name is not answered', () => {
  // (An MRI with a microdermal is a medical procedure: deferred, see the safety tests.)
  it.each([['is tungsten a good metal for a permanent bracelet'], ['will a welded bracelet set off airport security']])(
    '%s',
    async (text) => {
      const a = await app.assistant.ask(q(text));
      expect(a.citations).toEqual([]);
      expect(a.text).toMatch(/doesn't cover|may not cover/);
    },
  );
});

describe('a question asking for a number is answered only by a sentence that states one', () => {
  it.each([['what percent of microdermals get rejected'], ['how many charms can fit on one permanent bracelet']])(
    'not covered: %s',
    async (text) => {
      const a = await app.assistant.ask(q(text));
      expect(a.text).toMatch(/doesn't cover|may not cover/);
    },
  );
  it('answered: how many kinds of dermal jewelry are there', async () => {
    const a = await app.assistant.ask(q('how many kinds of dermal jewelry are there'));
    expect(a.text).not.toMatch(/doesn't cover/);
    expect(a.text).toMatch(/surface piercings/i);
  });
});
