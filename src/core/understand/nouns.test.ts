/** Table test: the tagger reads words that name things as names, and other words as not. */
import { describe, expect, it } from 'vitest';
import { wordRoles } from './nouns.js';

describe('naming words', () => {
  it.each([
    ['is tungsten a good metal for a permanent bracelet', 'tungsten'],
    ['can i get an mri with a microdermal', 'mri'],
    ['do you sell 14k gold chains', '14k'],
    ['will it beep at airport security', 'airport'],
    ['which brand of welder do you use', 'brand'],
    ['do i need an x-ray before a microdermal', 'ray'],
  ])('%s: "%s" names a thing', (text, word) => {
    expect(wordRoles(text).naming.has(word)).toBe(true);
  });
  it.each([
    ['is it comfy to sleep with permanent jewelry', 'comfy'],
    ['how do i find a not sketchy piercer', 'sketchy'],
    ['what risks should i mention in a consult', 'mention'],
    ['can i get a permanent bracelet while pregnant', 'pregnant'],
    ['is the procedure complicated or pretty simple', 'complicated'],
    // A noun standing for a thing named elsewhere names nothing of its own.
    ['and if i wanted the solid gold version instead', 'version'],
    ['how much is a silver bracelet, just a basic one', 'one'],
    ['which option is better for sensitive skin', 'option'],
  ])('%s: "%s" does not', (text, word) => {
    expect(wordRoles(text).naming.has(word)).toBe(false);
  });
});

describe('person words', () => {
  it.each([
    ['my sister wants a welded anklet', 'sister'],
    ['will my boss freak out', 'boss'],
    ['customer called it an infinity bracelet', 'customer'],
    ['can she take it off herself', 'herself'],
  ])('%s: "%s" says who it is about', (text, word) => {
    expect(wordRoles(text).persons.has(word)).toBe(true);
  });
  it.each([
    ['can i put my pandora charms on a welded chain', 'pandora'],
    ['is tungsten a good metal', 'tungsten'],
    ['can i get an mri with a microdermal', 'mri'],
  ])('%s: "%s" does not', (text, word) => {
    expect(wordRoles(text).persons.has(word)).toBe(false);
  });
});

describe('describing words', () => {
  it.each([
    ['wut is rejection with a dermal, sounds scary', 'scary'],
    ['why would anyone want dermals tho genuinely asking', 'genuinely'],
  ])('%s: "%s" only describes', (text, word) => {
    expect(wordRoles(text).describing.has(word)).toBe(true);
  });
  it.each([
    // Before a noun, an adjective says which thing.
    ['how big is a boxing ring', 'boxing'],
    ['can i wear it in a hot tub', 'hot'],
    ['is tungsten a good metal', 'tungsten'],
    // After "is", the property asked about.
    ['is a microdermal reversible', 'reversible'],
    ['is the chain adjustable', 'adjustable'],
  ])('%s: "%s" does not', (text, word) => {
    expect(wordRoles(text).describing.has(word)).toBe(false);
  });
});
