/**
 * A studio's own file through the real pipeline, written the way a small studio writes its page (several facts
 * to a paragraph): follow-ups that ask a studio question again, parts that name nothing of their own, the
 * pieces a studio does not price, a chain brought from elsewhere, and a discount line kept whole.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PermabotApp } from '../../src/app/create-app.js';
import { askThread, makeStudioApp, q } from './harness.js';

const STUDIO = `# Example Studio

## Welded chain prices

Prices include the chain, the weld and a quick polish.

| Piece | Sterling silver | 14k gold-filled | 14k solid gold |
|---|---|---|---|
| Bracelet | $47 | $63 | $187 |
| Anklet | $58 | $79 | $234 |
| Necklace | $83 | $112 | $368 |

Charms are $14 each, or $10 to attach one you bring in.

Re-welds: if your chain comes apart at the weld within 90 days, the re-weld is free. After that a re-weld is $17.
If you've lost the chain, a new piece is the normal price, but
we'll knock 15% off.

## Deposits

Every appointment needs a $25 deposit per person, which comes off your total. Cancel at least 36 hours
ahead and we move it to a new date.

## Parties

We come to you for groups of at least 8 people. The party deposit is $120 and we need 3 weeks' notice.
Travel is a flat $45 within 15 miles.

## Bring your own chain

We'll weld a chain you bring for $29 after a quick check. Solid gold, gold-filled or sterling only; we
won't weld plated, costume or stainless chains because they don't hold a clean weld.
`;

let app: PermabotApp;
beforeAll(async () => {
  app = await makeStudioApp('example-studio.md', STUDIO);
}, 120_000);
afterAll(() => app.close());

const thread = (key: string, ...turns: string[]) => askThread(app, key, ...turns);

describe('a follow-up asks the studio question of the turn before it again', () => {
  it.each([
    ['how much is a silver necklace', 'what about in gold filled', /\$112/],
    ["what's the deposit for a normal welding appointment?", 'and for a party?', /\$120/],
    ["customer's bracelet broke at the weld at 5 weeks, is it free?", 'what if it had been 4 months', /\$17/],
    // Pointing back at the piece ("that same one"), or a bare case opening a longer message.
    ['how much is a silver necklace', 'ok and what would that same one be in solid gold?', /\$368/],
    ['how much is a silver anklet', 'and gold filled?? asking for my sister lol', /\$79/],
  ])('%s → %s', async (first, followUp, fact) => {
    const a = await thread(`again:${first}`, first, followUp);
    expect(a.text).toMatch(fact);
    expect(a.citations.map((c) => c.source)).toContain('example-studio.md');
    expect(a.reasons).not.toContain('no-knowledge');
  });
  it.each([
    ['how much is a silver bracelet', 'what about aftercare?'],
    ['how much is a silver bracelet', 'what if it breaks?'],
  ])('%s → %s is a question of its own', async (first, followUp) => {
    const a = await thread(`own:${followUp}`, first, followUp);
    expect(a.citations.map((c) => c.source)).not.toContain('example-studio.md');
  });
  it('a piece named by where the usual pieces go ("a wrist chain") is priced as that piece', async () => {
    const a = await app.assistant.ask(q('how much is a silver wrist chain?'));
    expect(a.text).toMatch(/Bracelet — Sterling silver: \$47/);
  });
  it('a follow-up in a thread about jewelry itself is not made a studio question', async () => {
    const a = await thread('again:general', 'does a microdermal hurt', 'what about a dermal punch');
    expect(a.citations.map((c) => c.source)).not.toContain('example-studio.md');
  });
});

describe("the studio's file, paragraph by paragraph", () => {
  it('a fee and a headcount asked after a party story are the party rules', async () => {
    const a = await app.assistant.ask(
      q('wanna do a bday party w the welder at my house, how many ppl do we need and is there a fee'),
    );
    expect(a.text).toMatch(/at least 8 people/);
    expect(a.text).toMatch(/\$45/);
  });
  it('a chain bought elsewhere is answered by the bring-your-own rule', async () => {
    const a = await app.assistant.ask(q('client has a stainless steel chain from amazon and wants it welded, yes/no?'));
    expect(a.text).toMatch(/won't weld plated, costume or stainless/);
  });
  it('a piece named by where it is worn that the studio does not price is not given another price', async () => {
    const a = await app.assistant.ask(q('how much is a welded earring chain?'));
    expect(a.reasons).toContain('no-knowledge');
    expect(a.text).not.toMatch(/\$\d/);
  });
  it('what describes a charm someone already has does not make it an unlisted item', async () => {
    const a = await app.assistant.ask(
      q("customer has her grandma's little heart charm and wants it put on her bracelet, what do we charge for that"),
    );
    expect(a.text).toMatch(/\$10/);
  });
  it('a price heard elsewhere, asked back of the studio, is answered with its price', async () => {
    const a = await app.assistant.ask(
      q('my bf said gold filled anklets r like a hundred bucks?? is that true at ur place'),
    );
    expect(a.text).toMatch(/Anklet — Sterling silver: \$58; 14k gold-filled: \$79/);
  });
  it('a thing in the story of a studio question is not what it asks about', async () => {
    const a = await app.assistant.ask(
      q(
        'my bracelet from u guys snapped on a stupid door handle, got it like 2 months ago, do i have to pay to fix it',
      ),
    );
    expect(a.reasons).not.toContain('no-knowledge');
    expect(a.citations.map((c) => c.source)).toContain('example-studio.md');
  });
  it('a studio question whose story names the service asked keeps its story', async () => {
    const a = await app.assistant.ask(
      q('a lady just walked in with a stainless steel chain she ordered from amazon, can we weld it for her?'),
    );
    expect(a.text).toMatch(/stainless/);
    expect(a.citations.map((c) => c.source)).toContain('example-studio.md');
  });
  it('a clause of the story that neither asks nor names the jewelry does not make the question uncovered', async () => {
    const a = await app.assistant.ask(
      q('my cousin flew in from tallahassee last night, we want silver anklets, how much would that be'),
    );
    expect(a.text).toMatch(/Anklet — Sterling silver: \$58/);
  });
  it.each([
    'thinkin bout a septum next, how much is that at ur place',
    'my cousin wants a tongue web piercing, do you do those',
  ])('…but a thing the asking clause points back at still is: %s', async (text) => {
    const a = await app.assistant.ask(q(text));
    expect(a.reasons).toContain('no-knowledge');
  });
  it('a discount line wrapped in the file is kept whole', async () => {
    const a = await app.assistant.ask(q('i lost my chain completely, do i pay full price for a new one?'));
    expect(a.text).toMatch(/15% off/);
  });
});

describe('a studio-shaped question about something the guidance never names', () => {
  it.each([
    'whats a good pizza place open late',
    "what's the easiest way to split the team lunch bill on Venmo?",
    'any decent sushi spot near the mall open sunday',
  ])('is off-topic when not asked of the studio: %s', async (text) => {
    const a = await app.assistant.ask(q(text));
    expect(a.inScope).toBe(false);
    expect(a.citations).toEqual([]);
    // …said so that a studio question the file lacks is still sent to the studio.
    expect(a.text).toMatch(/ask the studio/);
  });
  it.each(['do you take venmo', 'can we do venmo for the party deposit', 'is there parking?'])(
    'stays a studio question, not covered, when asked of the studio or about its own facts: %s',
    async (text) => {
      const a = await app.assistant.ask(q(text));
      expect(a.inScope).toBe(true);
      expect(a.text).toMatch(/ask the studio/);
    },
  );
});

describe('answering writes nothing to the console', () => {
  it('a studio question vetoed or answered leaves stderr alone', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await app.assistant.ask(q('how much is a tungsten bracelet'));
      await app.assistant.ask(q('how much is a silver anklet'));
      expect(error).not.toHaveBeenCalled();
      expect(log).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
      log.mockRestore();
    }
  });
});
