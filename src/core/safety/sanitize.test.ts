import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_REMOVED, neutralizeOutput, sanitizeInput, statedContacts } from './sanitize.js';

/** A ping either platform acts on: @everyone/@here/@channel, Slack `<!…>`, `<@…>`, `<#…>`. */
const PING = /@(everyone|here|channel)|<[!@#]/i;
/** A link a client would render: a scheme, protocol-relative, www., markdown target, or a bare domain. */
const LINK =
  /[a-z]:\/\/|\/\/[\p{L}\p{N}-]+\.[\p{L}\p{N}]|www\d*\.|\[[^\]]*\]\([^)]*\)|javascript:|(?<![\p{L}\p{N}_.-])(?:[\p{L}\p{N}-]+\.)+[a-z]{2,24}(?![\p{L}\p{N}_-])/iu;

const TOKENS = [
  '@',
  '@@',
  'everyone',
  'here',
  'channel',
  '<',
  '>',
  '!',
  '[',
  ']',
  '(',
  ')',
  '![](x)',
  '](',
  'https://',
  'http:',
  '//',
  'www.',
  'evil',
  '.',
  'example',
  '/login',
  '1',
  '\u200b',
  '\u00ad',
  'subteam^S0123',
  '#',
  '&',
  '|',
  ' ',
  '\n',
  'U0123',
  'javascript:',
  'script',
  '/',
  '*',
  '_',
  '`',
  ':',
  'heal',
];
const mixes = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((t) => t.join(''));
const texts = fc.oneof(mixes, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));

describe('neutralizeOutput', () => {
  it.each([
    ['@![](x)everyone'],
    ['<[!here](https://x)>'],
    ['<[!subteam^S0123](https://x)>'],
    ['@\u200beveryone'],
    ['<@U0123|ana> and <#C42> and <@&99>'],
    ['@@here'],
  ])('leaves no ping in %j', (dirty) => {
    const out = neutralizeOutput(dirty);
    expect(out).not.toMatch(PING);
    expect(neutralizeOutput(out)).toBe(out);
  });

  it.each([
    ['1https://evil.example/login'],
    ['[click](//evil.example)'],
    ['www.evil.example'],
    ['[Verify your account](https://evil.example/login)'],
    ['see evil.example/login now'],
    ['<https://evil.example|Verify>'],
    ['//evil.example/x'],
    ['javascript:alert(1)'],
  ])('leaves no link in %j', (dirty) => {
    const out = neutralizeOutput(dirty);
    expect(out).not.toMatch(LINK);
    expect(out).not.toMatch(/evil\.example/);
  });

  it('keeps the contacts the knowledge states, and only those', () => {
    const keep = statedContacts('E-mail hello@studio.example, or book online at studio.example/book.');
    const out = neutralizeOutput(
      'Write to hello@studio.example or book at studio.example/book. Or evil.example/login, x@evil.example.',
      keep,
    );
    expect(out).toContain('hello@studio.example');
    expect(out).toContain('studio.example/book');
    expect(out).not.toMatch(/evil\.example/);
    // Written with a scheme or www. too, when the knowledge states that address.
    expect(neutralizeOutput('Book at https://studio.example/book or www.studio.example/book.', keep)).toBe(
      'Book at https://studio.example/book or www.studio.example/book.',
    );
    expect(neutralizeOutput('https://evil.example/book', keep)).toBe(LINK_REMOVED);
    // Nothing is kept without a stated contact.
    expect(neutralizeOutput('hello@studio.example')).toBe('[email]');
  });

  it('keeps ordinary guidance unchanged', () => {
    const text =
      'Clean it twice a day with saline (0.9%), e.g. after a shower; healing takes 6-8 weeks. A 1.5 mm chain is fine.';
    expect(neutralizeOutput(text)).toBe(text);
  });

  it('is idempotent on generated mixes of markdown, mentions and links', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const once = neutralizeOutput(t);
        expect(neutralizeOutput(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never leaves a ping or a link in generated mixes', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const out = neutralizeOutput(t);
        expect(out).not.toMatch(PING);
        expect(out).not.toMatch(LINK);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sanitizeInput', () => {
  it('never leaves a ping after collapsing markup', () => {
    fc.assert(
      fc.property(mixes, (t) => {
        const r = sanitizeInput(`heal ${t}`);
        if (r.ok) expect(r.text).not.toMatch(PING);
      }),
      { numRuns: 1000 },
    );
  });
});
