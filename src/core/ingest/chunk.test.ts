import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../types.js';
import { chunkFile } from './chunk.js';

const RAW = join(import.meta.dirname, '../../../test/fixtures/raw-articles');
/** The real seed articles, beside the repository in the development setup only. */
const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const chunksOf = (dir: string) =>
  readdirSync(dir).flatMap((f) => chunkFile({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
const allText = (chunks: Chunk[]) =>
  chunks
    .map((c) => `${c.title} ${c.heading} ${c.text}`)
    .join('\n')
    .toLowerCase();

describe('chunking raw web articles (test/fixtures/raw-articles)', () => {
  const chunks = chunksOf(RAW);

  it('drops promo banners, photo credits, bylines and author bios', () => {
    const all = allText(chunks);
    for (const junk of [
      'promo code',
      '15% off',
      'free shipping',
      'shutterstock',
      'photo contributor',
      'photo by',
      'unsplash',
      'getty images',
      'image credit',
      'min read',
      'mara lindqvist',
      'founder and designer',
      'head of design',
      'oversees production',
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  it('drops inline source attributions but keeps the sentence they were attached to', () => {
    const all = allText(chunks);
    for (const attribution of ['(studio weekly)', '(chain review)', '(skin and metal journal)'])
      expect(all).not.toContain(attribution);
    const text = chunks.map((c) => c.text).join('\n');
    expect(text).toContain('Always On: There is no clasp to fiddle with and nothing to lose.');
    expect(text).toContain('Low Upkeep: Solid gold and sterling silver need very little care.');
  });

  it('keeps the facts next to the junk it removed', () => {
    const text = chunks.map((c) => c.text).join('\n');
    expect(text).toContain('6-8 weeks');
    expect(text).toContain('up to 12 weeks');
    expect(text).toMatch(/cutting it with a pair of scissors at the weld/);
    expect(text).toMatch(/A welded chain is a bracelet, anklet or necklace/);
  });

  it('titles an article by its first real line, not by the banner or byline above it', () => {
    const titles = new Set(chunks.map((c) => c.title));
    expect(titles).toEqual(
      new Set([
        "A Beginner's Guide to Dermal Anchors and Welded Chains",
        'What Is a Welded Chain?',
        'Welded Chains in 2025: Styles, Steps and Second Thoughts',
      ]),
    );
  });

  it('separates a heading glued to the end of the previous sentence', () => {
    const care = chunks.find((c) => c.text.startsWith('Wipe the chain'));
    expect(care?.heading).toBe('The Care Card: Keeping Your Chain Bright');
    expect(allText(chunks)).not.toMatch(/control\.the care card/);
  });

  it('keeps headings as context, nesting numbered sub-headings under their section', () => {
    expect(chunks.find((c) => c.text.startsWith('Fine cable chains'))?.heading).toBe(
      'Popular Styles and Designs › 1. Dainty Cable Chains',
    );
    expect(chunks.find((c) => c.text.startsWith('Pairing a gold chain'))?.heading).toBe(
      'Popular Styles and Designs › 3. Two-Tone Stacks',
    );
    expect(chunks.find((c) => c.text.includes('6-8 weeks'))?.heading).toBe('How Long Does A Microdermal Take To Heal?');
  });

  it('keeps a numbered step list inside its section rather than turning steps into headings', () => {
    const steps = chunks.find((c) => c.text.includes('1. Choosing:'));
    expect(steps?.heading).toBe('How the Welding Works');
    expect(steps?.text).toMatch(/4\. Checking:/);
  });

  it('infers the jewelry kinds a raw passage is about', () => {
    expect(chunks.find((c) => c.text.includes('6-8 weeks'))?.appliesTo).toContain('microdermal');
    expect(chunks.find((c) => c.text.includes('pair of scissors'))?.appliesTo).toContain('welded-chain');
  });
});

// Optional: the three real articles the knowledge base was written from, when ../shared is beside the clone.
describe.skipIf(!existsSync(SEEDS))(
  `chunking the real seed articles${existsSync(SEEDS) ? '' : ' (skipped: ../shared/seeds is not beside this clone)'}`,
  () => {
    it('drops the junk and keeps the facts and headings', () => {
      const chunks = chunksOf(SEEDS);
      const all = allText(chunks);
      for (const junk of ['shutterstock', 'promo code', 'min read', 'founder and designer', '(instyle)'])
        expect(all).not.toContain(junk);
      expect(chunks.find((c) => c.text.startsWith('Thin, elegant chains'))?.heading).toBe(
        'Popular Styles and Designs › 1. Delicate Chains',
      );
      expect(new Set(chunks.map((c) => c.title))).toContain('Everything You Need To Know About Permanent Jewelry');
    });
  },
);

describe('chunking curated markdown', () => {
  const md = `---
title: Removal
topics: [removal]
appliesTo: [welded-chain, implant]
sources:
  - 001_x.txt  # an article
reviewed: 2026-11-23
---

# Removal

## Welded chains
<!-- appliesTo: welded-chain -->
A welded bracelet can be cut at the weld.

## Implants
<!-- appliesTo: implant, microdermal; topics: removal, risks -->
Implants need a professional to remove them.
`;

  it('reads front matter and per-section metadata overrides', () => {
    const chunks = chunkFile({ path: 'removal.md', text: md });
    expect(chunks.map((c) => [c.heading, c.appliesTo, c.topics])).toEqual([
      ['Welded chains', ['welded-chain'], ['removal']],
      ['Implants', ['implant', 'microdermal'], ['removal', 'risks']],
    ]);
    expect(chunks[0]?.title).toBe('Removal');
    expect(chunks[0]?.id).toBe('removal.md#0');
  });

  it('turns HTML into sections without scripts or tags', () => {
    const html =
      '<html><script>alert(1)</script><h1>Care</h1><p>Clean with <b>saline</b> &amp; soap.</p><p>Photo by Someone</p></html>';
    const [chunk] = chunkFile({ path: 'care.html', text: html });
    expect(chunk?.title).toBe('Care');
    expect(chunk?.text).toBe('Clean with saline & soap.');
  });

  it('gives no chunks for an empty or binary-only file', () => {
    expect(chunkFile({ path: 'empty.md', text: '' })).toEqual([]);
    expect(chunkFile({ path: 'bin.txt', text: '\u0000\u0000\u0000' })).toEqual([]);
  });
});

describe('a studio file in Markdown', () => {
  const file = [
    '# Our studio',
    '',
    '## Hours',
    '',
    '| Day | Hours |',
    '| --- | ----- |',
    '| Sunday | **Noon** – 5 pm |',
    '| Monday | Closed |',
    '',
    '---',
    '',
    '## Prices',
    '',
    '| Piece | Sterling silver | 14k solid gold |',
    '| ----- | --------------- | -------------- |',
    '| Bracelet | $55 | from $185 |',
    '',
    '**Parking**',
    '',
    'Book online at **example.com/book**. A top costs $12.50 plus tax.',
  ].join('\n');
  const chunks = chunkFile({ path: 'studio.md', text: file });
  const units = chunks.flatMap((c) => c.text.split('\n'));

  it('reads each table row as a sentence naming its columns', () => {
    expect(units).toContain('Sunday: Noon – 5 pm.');
    expect(units).toContain('Monday: Closed.');
    expect(units).toContain('Bracelet — Sterling silver: $55; 14k solid gold: from $185.');
    expect(units.join(' ')).not.toMatch(/\||---/);
  });
  it('drops emphasis, and a bold line heads what follows', () => {
    const parking = chunks.find((c) => c.heading.endsWith('Parking'));
    expect(parking?.text).toContain('Book online at example.com/book.');
  });
  it('does not end a sentence inside an address or a price', async () => {
    const { splitSentences } = await import('./clean.js');
    expect(splitSentences('Book online at example.com/book. A top costs $12.50 plus tax.')).toEqual([
      'Book online at example.com/book.',
      'A top costs $12.50 plus tax.',
    ]);
  });
});

describe('tables and labels a studio writes by hand', () => {
  const units = (text: string) => chunkFile({ path: 's.md', text }).flatMap((c) => c.text.split('\n'));
  it('keeps every row of a table without a header line', () => {
    expect(units('# S\n\n## Hours\n\n| Monday | 11-7 |\n| Tuesday | Closed |\n')).toEqual([
      'Monday: 11-7.',
      'Tuesday: Closed.',
    ]);
  });
  it('reads a one-column table as its cells', () => {
    expect(units('# S\n\n## Metals\n\n| Metal |\n| - |\n| Silver |\n| Gold |\n')).toEqual(['Silver.', 'Gold.']);
  });
  it('puts bold labels side by side and keeps a bold sentence as text', () => {
    const chunks = chunkFile({
      path: 's.md',
      text: '# S\n\n## Finding us\n\n**Address**\n\n1 Main St.\n\n**Parking**\n\nBehind the building.\n\n**Please book ahead.**\n',
    });
    expect(chunks.map((c) => c.heading)).toContain('Finding us › Parking');
    expect(chunks.map((c) => c.text).join(' ')).toContain('Please book ahead.');
  });
  it('keeps a list item wrapped onto the next line whole, and the next item and paragraph apart', () => {
    expect(
      units(
        '# S\n\n## Parties\n\n- **Minimum:** 6 guests. If the party comes up short, the host covers the\n  difference.\n- **Deposit:** $100.\nBook through Priya.\n',
      ),
    ).toEqual([
      'Minimum: 6 guests. If the party comes up short, the host covers the difference.',
      'Deposit: $100.',
      'Book through Priya.',
    ]);
  });
  it('drops emphasis that opens on one line and closes on the next', () => {
    expect(
      units("# S\n\n## Hours\n\nClosed Mondays, but **the Monday before\nValentine's Day we open** 11-7.\n"),
    ).toEqual(["Closed Mondays, but the Monday before Valentine's Day we open 11-7."]);
  });
  it('does not end a sentence after an abbreviation', async () => {
    const { splitSentences } = await import('./clean.js');
    expect(splitSentences('Use a mild soap, e.g. an unscented one. Then rinse.')).toHaveLength(2);
  });
});

describe('a studio rule that reads like a shop banner', () => {
  const text = (body: string) =>
    chunkFile({ path: 's.md', text: `# S\n\n## Prices\n\n${body}\n` })
      .map((c) => c.text)
      .join('\n');
  it.each([
    [
      "If you've lost the chain, that's a new piece at the normal price, but\nwe'll knock 20% off.",
      "If you've lost the chain, that's a new piece at the normal price, but we'll knock 20% off.",
    ],
    ['Every guest gets 10% off chains during the party.', 'Every guest gets 10% off chains during the party.'],
    ['Sign the waiver when you sign up for a party slot.', 'Sign the waiver when you sign up for a party slot.'],
  ])('keeps the studio line %j whole', (body, kept) => {
    expect(text(body)).toContain(kept);
  });
  it.each([
    ['20% Off FLASH SALE! Use Promo Code "GOLD" At Checkout.\nA bracelet is $65.', 'promo code'],
    ['Free Shipping On Orders Over $50.\nA bracelet is $65.', 'free shipping'],
    ['A bracelet is $65. Sign up for our newsletter!', 'newsletter'],
  ])('drops the banner of %j and keeps the fact beside it', (body, junk) => {
    expect(text(body).toLowerCase()).not.toContain(junk);
    expect(text(body)).toContain('A bracelet is $65.');
  });
});
