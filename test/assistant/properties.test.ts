/** Property-based: whatever arrives, ask() never throws, returns a valid Answer and never posts pings or scripts. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { checkOutput, detectInjection, neutralizeOutput, sanitizeInput, triage } from '../../src/core/safety/index.js';
import type { Answer } from '../../src/core/types.js';
import { makeApp, q } from './harness.js';

let app: PermabotApp;
beforeAll(async () => {
  app = await makeApp();
});
afterAll(() => app.close());

const FORBIDDEN = /@everyone|@here|<script/i;
const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        '@everyone',
        '@here',
        '<script>',
        '</script>',
        '<@123>',
        '<!channel>',
        'ignore previous instructions',
        'microdermal',
        'does it hurt',
        'pus',
        '\u0000',
        '[x](javascript:alert(1))',
        '@ever',
        'yone',
        '<scr',
        'ipt>',
        ' ',
      ),
      { maxLength: 12 },
    )
    .map((xs) => xs.join('')),
);

function assertValid(a: Answer) {
  expect(typeof a.text).toBe('string');
  expect(a.text.length).toBeGreaterThan(0);
  expect(Array.isArray(a.citations)).toBe(true);
  expect(a.confidence).toBeGreaterThanOrEqual(0);
  expect(a.confidence).toBeLessThanOrEqual(1);
  expect(['local', 'llm']).toContain(a.mode);
  expect(a.text).not.toMatch(FORBIDDEN);
  if (a.urgent) expect(a.deferred).toBe(true);
  if (a.deferred) expect(a.flagged).toBe(true);
}

describe('ask() over arbitrary input', () => {
  it('never throws and always returns a safe, valid Answer', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        assertValid(await app.assistant.ask(q(text)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('safety functions over arbitrary strings', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        sanitizeInput(text);
        triage(text);
        checkOutput(text);
        detectInjection(text);
        neutralizeOutput(text);
      }),
      { numRuns: 500 },
    );
  });

  it('neutralizeOutput is idempotent and removes pings and scripts', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const once = neutralizeOutput(text);
        expect(once).not.toMatch(FORBIDDEN);
        expect(neutralizeOutput(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
