import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkFile } from './chunk.js';

const SEEDS = join(import.meta.dirname, '../../../../shared/seeds');
const seedChunks = () =>
  readdirSync(SEEDS).flatMap((f) => chunkFile({ path: f, text: readFileSync(join(SEEDS, f), 'utf8') }));

describe('chunking the raw seed articles', () => {
  it('drops promo banners, photo credits, bylines and author bios', () => {
    const all = seedChunks()
      .map((c) => `${c.title} ${c.heading} ${c.text}`)
      .join('\n')
      .toLowerCase();
    for (const junk of [
      'shutterstock',
      'photo contributor',
      'promo code',
      'flash sale',
      'min read',
      'founder and designer',
      'head of design',
      '(my jewelry repair)',
      '(instyle)',
    ]) {
      expect(all).not.toContain(junk);
    }
  });

  it('keeps the facts next to the junk it removed', () => {
    const all = seedChunks()
      .map((c) => c.text)
      .join('\n');
    expect(all).toContain('6-8 weeks');
    expect(all).toContain('up to 12 weeks');
    expect(all).toMatch(/cutting it with a pair of scissors/);
    expect(all).toMatch(/Low Maintenance: Durable and requires less upkeep compared to traditional jewelry\./);
  });

  it('keeps headings as context, nesting numbered sub-headings under their section', () => {
    const chunks = seedChunks();
    expect(chunks.find((c) => c.text.startsWith('Thin, elegant chains'))?.heading).toBe(
      'Popular Styles and Designs › 1. Delicate Chains',
    );
    expect(chunks.find((c) => c.text.includes('6-8 weeks'))?.heading).toBe(
      'How Long Does It Take For Permanent Jewelry To Heal?',
    );
  });

  it('titles each article by its first line and separates a glued next title', () => {
    const titles = new Set(seedChunks().map((c) => c.title));
    expect(titles).toContain('Everything You Need To Know About Permanent Jewelry');
    expect(titles).toContain('Exploring the Rise of Permanent Jewelry: A Bold Statement in 2024');
  });

  it('infers the jewelry kinds a raw passage is about', () => {
    const chunks = seedChunks();
    expect(chunks.find((c) => c.text.includes('6-8 weeks'))?.appliesTo).toContain('microdermal');
    expect(chunks.find((c) => c.text.includes('pair of scissors'))?.appliesTo).toContain('welded-chain');
  });
});

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
