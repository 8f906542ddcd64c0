/** A studio's price table through the real pipeline: the rows of the piece asked for, not the whole table. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { makeStudioApp, q } from './harness.js';

const STUDIO = `---
title: Example studio prices
---
# Example studio

We weld fine chains closed into bracelets, anklets, rings and necklaces.

## Price list

| Piece | Sterling silver | 14k gold-filled | 14k solid gold |
|---|---|---|---|
| Bracelet, cable | $60 | $80 | $195 |
| Bracelet, figaro | $70 | $90 | $230 |
| Anklet, cable | $75 | $100 | $260 |
| Ring, cable | $40 | $55 | $140 |
| Necklace, cable | $130 | $165 | $450 |

Add-ons:
- Charm or initial disc: $25 in sterling silver, $35 in gold-filled, $85 in solid gold.

## Add-on prices

- Birthstone connector: $28.
- Attaching a charm you bring in: $10.
`;

let app: PermabotApp;
beforeAll(async () => {
  app = await makeStudioApp('studio-prices.md', STUDIO);
}, 120_000);
afterAll(() => app.close());

describe('a price table answers with the rows asked for', () => {
  it.each([
    ['how much is a silver ring', /Ring, cable — Sterling silver: \$40/, /Bracelet|Anklet|Necklace/],
    ['how much 4 a gold anklet', /Anklet, cable/, /Bracelet|Ring,|Necklace/],
  ])('%s', async (text, row, others) => {
    const a = await app.assistant.ask(q(text));
    expect(a.text).toMatch(row);
    expect(a.text).not.toMatch(others);
    expect(a.citations[0]?.source).toBe('studio-prices.md');
  });

  it('a line after the table comes along when it names what is asked', async () => {
    const a = await app.assistant.ask(q('how much is a charm on a gold filled bracelet'));
    expect(a.text).toMatch(/\$35 in gold-filled/);
  });

  it.each([
    ["client wants to add a birthstone to her bracelet, what's the price", /Birthstone connector: \$28/],
    ['i have my grandmas charm, can you put it on my bracelet? how much', /Attaching a charm you bring in: \$10/],
  ])('the piece something goes on is where, not what is priced: %s', async (text, line) => {
    const a = await app.assistant.ask(q(text));
    expect(a.text).toMatch(line);
  });

  it('the table whole when no piece is named', async () => {
    const a = await app.assistant.ask(q('can i see the price list'));
    expect(a.text).toMatch(/Bracelet, cable/);
    expect(a.text).toMatch(/Ring, cable/);
  });
});

describe('a table whose rows are chain styles, under a heading naming the piece', () => {
  const STYLES = `# Style studio

## Pricing

### Bracelets

| Chain style | Sterling silver | 14k gold-filled |
|---|---|---|
| Wren (dainty cable) | $55 | $70 |
| Lark (paperclip) | $60 | $78 |

### Parties

Host perk: when 10 or more guests get welded, the host's sterling Wren bracelet is free.

## Piercing with Noor

- Microdermal: $85 per anchor, titanium top included
- Surface piercing: $95, titanium surface bar included
`;
  let styles: PermabotApp;
  beforeAll(async () => {
    styles = await makeStudioApp('style-prices.md', STYLES);
  }, 120_000);
  afterAll(() => styles.close());

  it.each([
    ['how much is a wren bracelet in sterling', /Wren \(dainty cable\) — Sterling silver: \$55/],
    ['price of a lark bracelet?', /Lark \(paperclip\) — Sterling silver: \$60/],
  ])('a style named before the piece is its kind, and its row answers: %s', async (text, row) => {
    const a = await styles.assistant.ask(q(text));
    expect(a.text).toMatch(row);
    expect(a.text).not.toMatch(/^Host perk/);
  });
  it.each([['surface piercing price?', /Surface piercing: \$95/]])(
    'a kind the tagger does not read as a noun still names what is priced: %s',
    async (text, line) => {
      const a = await styles.assistant.ask(q(text));
      expect(a.text).toMatch(line);
      expect(a.reasons).not.toContain('no-knowledge');
    },
  );
  it('several of one piece asked get their total first, worked from the row', async () => {
    const a = await styles.assistant.ask(
      q('me n my bff want matching lark bracelets in sterling, total for both of us?'),
    );
    expect(a.text).toMatch(/^For 2: 2 × \$60 = \$120\. /);
    expect(a.text).toMatch(/Lark \(paperclip\) — Sterling silver: \$60/);
  });
});
