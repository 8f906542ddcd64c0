import { describe, expect, it } from 'vitest';
import { stem } from '../text/tokenize.js';
import { analyzeQuery, type Vocabulary } from './query.js';

const GUIDANCE = 'welded bracelet machines work pain tolerance dermal professional remove complications microdermal'
  .split(' ')
  .map(stem);
const vocab: Vocabulary = { has: (t) => GUIDANCE.includes(t), vocabulary: () => GUIDANCE };

describe('what counts as asked about (coverage)', () => {
  it.each([
    // A number word is as contentless as a digit.
    ['does a dermal hurt bad, i got like zero pain tolerance', 'zero'],
    // A noun that measures out what follows "of" is not the thing asked.
    ['i work in a warehouse with a bunch of machines', 'bunch'],
    ['how can i lower my chances of complications with a microdermal', 'chanc'],
  ])('%s: "%s" is not content', (text, word) => {
    expect(analyzeQuery(text, vocab).content).not.toContain(word);
  });
  it.each([
    ['can a tungsten bracelet be welded', 'tungsten'],
    // Without "of" the same noun is what is asked.
    ['what is the number for the studio', 'number'],
  ])('%s: "%s" is content', (text, word) => {
    expect(analyzeQuery(text, vocab).content).toContain(stem(word));
  });
  it('where on the body the piece goes is context, not what is asked', () => {
    expect(analyzeQuery('how long does a microdermal on my collarbone take to heal', vocab).uncovered).not.toContain(
      'collarbon',
    );
  });
  it.each([
    ['i work in a warehouse and drive forklifts, is a welded bracelet a problem at work', ['warehous', 'forklift']],
    ['does a welded bracelet hurt when climbing at the gym', ['climb', 'gym']],
  ])('where someone is and what they do is the situation of a topic question: %s', (text, situation) => {
    const { uncovered } = analyzeQuery(text, vocab);
    for (const w of situation) expect(uncovered).not.toContain(w);
  });
  it.each([
    // No topic asked: the situation is what is asked ("can i wear it in the sauna" is not covered, not context).
    ['can a welded bracelet burn me in a sauna', 'sauna'],
    ['tell me about the gym', 'gym'],
  ])('%s: "%s" is still asked about', (text, word) => {
    expect(analyzeQuery(text, vocab).uncovered).toContain(word);
  });
  it.each([
    ['customer wants the honest downsides'],
    ['what should i mention in the consult'],
    ['is that a myth or real'],
    ['any tips before my first bracelet, kinda nervous'],
    ['what metals should we be steering clients toward'],
    ['client heard dermals scar you for life, true?'],
  ])('staff and hedging words are framing, never a gap: %s', (text) => {
    const { uncovered } = analyzeQuery(text, vocab);
    expect(
      uncovered.filter((w) => ['honest', 'mention', 'myth', 'nervous', 'steer', 'heard', 'true'].includes(w)),
    ).toEqual([]);
  });
  it('where on the body is what is asked when nothing else is', () => {
    expect(analyzeQuery('can i get a microdermal on my face', vocab).uncovered).toContain('face');
  });
  it.each([['how do i pick a legit piercer'], ['where do i find a decent studio'], ['how do i vet a shop']])(
    '%s asks for a reputable one',
    (text) => {
      expect(analyzeQuery(text, vocab).terms.map((t) => t.term)).toContain(stem('reputable'));
    },
  );
  it.each([['if i end up in the hospital can they cut it off'], ['will the emergency room take it off']])(
    '%s asks what a professional does',
    (text) => {
      expect(analyzeQuery(text, vocab).terms.map((t) => t.term)).toContain(stem('professional'));
    },
  );
  it.each([['can she just snip it at home'], ['i snipped my anklet off, can it be rewelded']])(
    '%s asks about cutting it',
    (text) => {
      expect(analyzeQuery(text, vocab).terms.map((t) => t.term)).toContain(stem('cut'));
    },
  );
  it.each([
    ['does it hurt more in some spots than others', 'spots'],
    ['which areas heal slower', 'areas'],
  ])('a spot or an area is where a piece is placed: %s', (text, word) => {
    const q = analyzeQuery(text, { has: (t) => [...GUIDANCE, stem('placed')].includes(t), vocabulary: () => [] });
    expect(q.terms.map((t) => t.term)).toContain(stem('placed'));
    expect(q.uncovered).not.toContain(stem(word));
  });
  it.each([
    ['will cheap metal mess with my skin', 'quality'],
    ['any tips before my first permanent bracelet', 'consider'],
    ['is it good if i lift a lot at the gym', 'active'],
    ['cheap earrings make my ears itch', 'irritate'],
    ['what happens during a microdermal procedure', 'steps'],
    ['how could a welded bracelet save her money', 'cost'],
    ['how can the client reduce the risks', 'minimize'],
    ['is it safe to get one from a cheap kiosk', 'reputable'],
    ['permanent jewelry cons?', 'disadvantages'],
    ['will my anklet snag on the sheets when i sleep', 'caught'],
    ['what metal is best if i am allergic to nickel', 'hypoallergenic'],
    ['how far in advance should i book', 'ahead'],
    ['can i just pop my microdermal out myself', 'remove'],
    ['customer keeps fiddling with her dermal', 'touch'],
    ['could a permanent bracelet be a safety hazard at my job', 'risk'],
    ['can it be put back on afterward', 'after'],
    ['can i split the payment into installments', 'afterpay'],
    ['do we need to pay in advance', 'before'],
  ])('%s is read with the guidance word "%s"', (text, word) => {
    expect(analyzeQuery(text, vocab).terms.map((t) => t.term)).toContain(stem(word));
  });
  it.each([['how does removal work'], ['how do dermals even work']])(
    '%s: "work" is how it functions, not a job',
    (text) => {
      const q = analyzeQuery(text, vocab);
      expect(q.topics).not.toContain('workplace');
      expect(q.content).not.toContain(stem('work'));
    },
  );
  it.each([
    ['what is the safest way to handle a healed dermal', 'safe'],
    ['can sharp-edged pieces hurt while sleeping', 'edge'],
  ])('%s: another form of a guidance word is that word (%s)', (text, word) => {
    const q = analyzeQuery(text, { has: (t) => [...GUIDANCE, stem(word)].includes(t), vocabulary: () => [] });
    expect(q.terms.map((t) => t.term)).toContain(stem(word));
    expect(q.uncovered).not.toContain(stem(text.includes('safest') ? 'safest' : 'edged'));
  });
  it('not a base the stemmer cuts short ("earliest" is not "ear"), nor in a studio question', () => {
    const has = (t: string) => [...GUIDANCE, 'ear', stem('busy')].includes(t);
    expect(
      analyzeQuery('what is the earliest age', { has, vocabulary: () => [] }).terms.map((t) => t.term),
    ).not.toContain('ear');
    expect(analyzeQuery('what are your busiest opening hours', { has, vocabulary: () => [] }).uncovered).toContain(
      stem('busiest'),
    );
  });
  it('"what do they actually do to you" asks the procedure', () => {
    expect(analyzeQuery('dermal punch sounds brutal. what do they actually do to you', vocab).topics).toContain(
      'procedure',
    );
  });
  it('who the piece is for is context: "my kids initials"', () => {
    expect(analyzeQuery('can i add a charm with my kids initials on it', vocab).uncovered).not.toContain('kid');
  });
  it('a doctor is the professional the guidance names', () => {
    expect(analyzeQuery('do you need a doctor to remove a welded bracelet', vocab).uncovered).toEqual([]);
  });
});
