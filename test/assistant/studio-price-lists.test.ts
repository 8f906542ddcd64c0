/**
 * A studio file that prices its pieces in bullet lists under a sub-heading per piece, with a small table for the
 * rest (a row with a parenthesis naming other pieces): the piece asked picks its own list, in a first question
 * and in a follow-up that names only another metal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { askThread, makeStudioApp, q } from './harness.js';

const STUDIO = `# Example Studio, price list

## What does a piece cost?

Every price includes the weld.

**Bracelets**
- Sterling silver bracelet — from $52
- 14k gold-filled bracelet — from $77
- 14k solid gold bracelet — from $171

**Anklets**
- Sterling silver anklet — from $66
- 14k gold-filled anklet — from $98
- 14k solid gold anklet — from $243

**Rings and hand chains**

| Piece | Sterling silver | 14k gold-filled | 14k solid gold |
|---|---|---|---|
| Ring | $41 | $57 | $139 |
| Hand chain (bracelet + ring connector) | $113 | $158 | $377 |

## Can I add a charm?

Charms are $16 to $38 each, welded onto the chain you are getting or one you already wear.
`;

let app: PermabotApp;
beforeAll(async () => {
  app = await makeStudioApp('example-price-list.md', STUDIO);
}, 120_000);
afterAll(() => app.close());

const thread = (key: string, ...turns: string[]) => askThread(app, key, ...turns);

describe('the piece asked picks its own price list', () => {
  it.each([
    ['how much is a solid gold bracelet', /solid gold bracelet — from \$171/, /\$377/],
    ['what do we charge for a gold-filled anklet?', /gold-filled anklet — from \$98/, /\$158/],
    ['how much is a hand chain in silver', /\$113/, /from \$52/],
  ])('%s', async (question, price, notPrice) => {
    const a = await app.assistant.ask(q(question));
    expect(a.text).toMatch(price);
    expect(a.text).not.toMatch(notPrice);
    expect(a.citations.map((c) => c.source)).toContain('example-price-list.md');
  });
  it('a charm asked with the piece it goes on is priced as the charm', async () => {
    const a = await app.assistant.ask(q('got my anklet done last year, can i add a charm to it, how much'));
    expect(a.text).toMatch(/\$16 to \$38/);
  });
});

describe('a follow-up naming only another metal asks the same piece in that metal', () => {
  it.each([
    ['how much is a silver bracelet, just a basic one', 'and in solid gold?', /from \$171/],
    ['what do we charge for a sterling anklet', 'and gold-filled?', /from \$98/],
    ['How much is a gold-filled ring?', 'And if I wanted the solid gold version instead?', /\$139/],
  ])('%s → %s', async (first, followUp, price) => {
    const a = await thread(`metal:${followUp}`, first, followUp);
    expect(a.text).toMatch(price);
    expect(a.reasons).not.toContain('no-knowledge');
  });
  it.each([
    ['how much is a silver bracelet', 'does silver tarnish', /tarnish/i],
    ['how much is a silver bracelet', 'is gold-filled hypoallergenic?', /hypoallergenic/i],
  ])('%s → %s is a question of its own', async (first, followUp, topic) => {
    const a = await thread(`own:${followUp}`, first, followUp);
    expect(a.text).toMatch(topic);
    expect(a.text).not.toMatch(/^Sterling silver bracelet/);
  });
  it('a short message naming no case is not taken for one', async () => {
    const a = await thread('metal:none', 'how much is a silver bracelet', 'thanks!');
    expect(a.text).not.toMatch(/\$\d/);
  });
});

describe('a table with the metals as rows', () => {
  const BY_METAL = `# Example Studio, metals as rows

## Prices

| Metal | Bracelet | Anklet | Necklace |
|---|---|---|---|
| Sterling silver | $49 | $61 | $88 |
| 14k gold-filled | $72 | $91 | $129 |

A hand chain (bracelet plus ring) is $118 in silver.
`;
  let byMetal: PermabotApp;
  beforeAll(async () => {
    byMetal = await makeStudioApp('example-by-metal.md', BY_METAL);
  }, 120_000);
  afterAll(() => byMetal.close());
  it('prices the piece from its cell in the metal rows', async () => {
    const a = await byMetal.assistant.ask(q('how much is a gold-filled anklet'));
    expect(a.text).toMatch(/\$91/);
    expect(a.citations.map((c) => c.source)).toContain('example-by-metal.md');
  });
});
