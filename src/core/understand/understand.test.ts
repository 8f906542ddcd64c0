/** Table tests: every rule of the understanding stage with messages it must and must not fire on. */
import { describe, expect, it } from 'vitest';
import { aboutOf, stripFraming } from './framing.js';
import { namesNothing, understand } from './index.js';
import { expandDays, intentOf, smallTalkOf, startsNewTopic, studioAsks, studioWordsFor, wantsReset } from './intent.js';
import { domainSense, namedKinds, namedTopics } from './kinds.js';
import { languageOf } from './language.js';
import { withoutNegated } from './negation.js';
import { normalizeMessage, type WordList } from './normalize.js';
import { subQuestions } from './parts.js';

const dict: WordList = {
  knows: (w) => ['thinking', 'hurting', 'so', 'infected', 'bleeding', 'oozing', 'hurts'].includes(w),
};

describe('normalisation', () => {
  it.each([
    ['wut styles of chains r there', 'what styles of chains are there'],
    ['thinkin bout a microdermal rn', 'thinking about a microdermal right now'],
    ['does it hurt?? 😭😭', 'does it hurt??'],
    ["won't it come off", 'will not it come off'],
    ['whats a perm bracelet', 'what is a permanent bracelet'],
    ['my dermal is 1nfected', 'my dermal is infected'],
    ['it keeps bl33ding', 'it keeps bleeding'],
    ['sooo hurtsss', 'so hurts'],
    ['tryna get one 2day lol', 'trying to get one today'],
    ['whats the diff', 'what is the difference'],
    ['can i add a lil charm', 'can i add a little charm'],
    ['where do ppl put em', 'where do people put them'],
    ['hw long does it take, like 6 wks?', 'how long does it take, like 6 weeks?'],
    ['getting it done next wk', 'getting it done next week'],
    ['can i bring my dog hes chill', 'can i bring my dog he is chill'],
    ['had it 2 yrs now', 'had it 2 years now'],
    ['does it hurt 😭 im a baby w pain', 'does it hurt. i am a baby with pain'],
    ['can i get a 💍 on my finger', 'can i get a on my finger'],
    ['how long dose a microdermal take til its healed', 'how long does a microdermal take until its healed'],
    ['running like 10 min late', 'running like 10 minutes late'],
    ['can my 6 yr old get one', 'can my 6 years old get one'],
    // Shop shorthand: a "micro" is a microdermal, not a micro welder or a micro chain.
    ['dermal punch vs a micro', 'dermal punch vs a microdermal'],
    ['got 2 micros on my chest', 'got 2 microdermals on my chest'],
    ['is the micro welder safe', 'is the micro welder safe'],
    // "b" is "be" after a verb that takes it, not a letter of its own.
    ['will it b healed by then', 'will it be healed by then'],
    ['is plan b ok', 'is plan b okay'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeMessage(typed, dict)).toBe(expected);
  });
  it.each([
    ['how long is 6 weeks', 'how long is 6 weeks'],
    ['is 38c a fever', 'is 38c a fever'],
    ['a 14k gold chain', 'a 14k gold chain'],
    ['my id card', 'my id card'],
    ['what dose of ibuprofen', 'what dose of ibuprofen'],
    ['$50 min for parties', '$50 min for parties'],
  ])('leaves %s alone', (typed, expected) => {
    expect(normalizeMessage(typed, dict)).toBe(expected);
  });
});

describe('framing', () => {
  it.each([
    ['client wants to know if welding hurts', 'welding hurts', 'client'],
    ['customer asking whether she can swim with it', 'she can swim with it', 'client'],
    ['what do i tell a client who asks how long a dermal takes to heal', 'how long a dermal takes to heal', 'client'],
    ['quick q: does a microdermal hurt', 'does a microdermal hurt', null],
    ['new hire q: order of steps for a perm bracelet appt', 'order of steps for a perm bracelet appt', null],
    ['front desk question - do we weld anklets', 'do we weld anklets', null],
    ['new hire here, what are the main steps of an appointment', 'what are the main steps of an appointment', null],
    ['what the main risks of a dermal are, for the consent chat.', 'what the main risks of a dermal are', null],
    ['someone on the phone asked: can you remove it at home', 'can you remove it at home', 'client'],
    ['i was wondering if permanent bracelets tarnish', 'permanent bracelets tarnish', 'me'],
    // The question word stays: it says what is asked.
    ['client asking how long a microdermal takes to heal', 'how long a microdermal takes to heal', 'client'],
    ['customer wants to know what metals we use', 'what metals we use', 'client'],
    // A trailing request for wording is staff asking what to say, not a second question.
    ['walk-in asking if the weld hurts. what is the line we use?', 'the weld hurts', 'client'],
    [
      'client asking healing time on a dermal punch, what is the standard line',
      'healing time on a dermal punch',
      'client',
    ],
    ['how long does a dermal punch heal, what do i tell her?', 'how long does a dermal punch heal', 'client'],
    ['can she swim with it? what should we say', 'can she swim with it?', 'client'],
  ])('%s → %s (%s)', (text, question, about) => {
    const f = stripFraming(text);
    expect(f.text).toBe(question);
    expect(f.about).toBe(about);
  });
  it.each([
    ['does a client need to sign anything'],
    ['how long does it take to heal'],
    ['can she get one at 15'],
    ['what do i tell her'],
    ['what should i say if a welded chain breaks'],
    ['question about healing times for dermals'],
    // A topic before "q:" is what is asked.
    ['microdermal q: how long to heal?'],
  ])('does not strip a frame from %s', (text) => {
    expect(stripFraming(text).framed).toBe(false);
  });
  it.each([
    ['my dermal is red', null, 'me'],
    ['my client has a swollen anchor', null, 'client'],
    ['customer wants the honest downsides before she commits', null, 'client'],
    ['how long does a dermal take to heal', null, 'general'],
  ] as const)('about: %s → %s', (text, framed, about) => {
    expect(aboutOf(text, framed)).toBe(about);
  });
});

describe('sub-questions', () => {
  it.each([
    ['does it hurt and how long does it heal', ['does it hurt', 'how long does it heal']],
    [
      'what metals are there? which is best for sensitive skin',
      ['what metals are there?', 'which is best for sensitive skin'],
    ],
    [
      'does a welded anklet hurt more than a bracelet? also how long does the appointment take',
      ['does a welded anklet hurt more than a bracelet?', 'how long does the appointment take'],
    ],
    // "and is" starts a question with a subject after it.
    ['does it hurt and is it safe', ['does it hurt', 'is it safe']],
    ['how much is a bracelet and are gift cards available', ['how much is a bracelet', 'are gift cards available']],
  ])('splits %s', (text, parts) => {
    expect(subQuestions(text).parts).toEqual(parts);
  });
  it.each([
    ['thinking about a microdermal on my collarbone, how long to heal'],
    ['what is the difference between gold and silver'],
    ['can i shower and swim with it'],
    // "and is" with a description: the same subject goes on.
    ['client works on a factory line and is nervous about the bracelet, anything i should flag?'],
    ['my daughter is 14 and is obsessed with permanent bracelets, can she get one if i come with her'],
  ])('keeps %s as one question', (text) => {
    expect(subQuestions(text).parts).toHaveLength(1);
  });
  it.each([
    ['thinking about a microdermal on my collarbone how long until it is healed', 'how long until it is healed'],
    ['thinking about a microdermal on my collarbone, how long to heal', 'how long to heal'],
    // A closing "how much" asks about what came before it.
    ['platinum anklet how much', undefined],
    // A comma and a subject pronoun start a statement after the question.
    ["what is tattoo jewelry, she saw it online, we don't offer it", 'what is tattoo jewelry'],
    ['does welding hurt, the weld looks hot', undefined],
  ])('the question in %s is %s', (text, focus) => {
    expect(subQuestions(text).focus).toBe(focus);
  });
  it.each([
    ['i have my grandmas charm, can you put it on my bracelet? how much', ['i have my grandmas charm']],
    ['my chain broke. can you fix it? is it free?', ['my chain broke', '']],
  ])('in %s a pronoun points back to the statement before it', (text, referents) => {
    expect(subQuestions(text).referents).toEqual(referents);
  });
  it.each([
    // No pronoun right after the statement; "does it hurt?" follows a question, not a statement.
    ['got a dermal last week. how long to heal? does it hurt?'],
    ['does it hurt and how long does it heal'],
  ])('in %s no part points back to a statement', (text) => {
    expect(subQuestions(text).referents).toBeUndefined();
  });
  it.each([
    ['what is a microdermal', true],
    ['what are dermal punches', true],
    ['what is the difference between gold and silver', true],
    ['what is the price of a gold anklet', false],
    ['what are your hours on sunday', false],
    ['what is our no-show fee', false],
  ])('%s asks what a kind is: %s', (text, types) => {
    expect(understand(text).topics.includes('types')).toBe(types);
  });
  it.each([
    // "look for" is seeking, not a question about looks: no second topic.
    ['how do i pick a legit piercer for a dermal, what should i look for', []],
  ])('%s names no style topic', (text, topics) => {
    expect(understand(text).topics.filter((t) => t === 'style')).toEqual(topics);
  });
});

describe('healed as a time is not the healing topic', () => {
  it.each([
    ['what about once it is healed, same stuff?', []],
    ['how do i clean a healed dermal', ['cleaning']],
    ['how long until it is healed', ['healing']],
    ['when will it be healed', ['healing']],
    ['what do they clean it with while healing?', ['cleaning']],
  ])('%s → %j', (text, topics) => {
    expect(namedTopics(text)).toEqual(topics);
  });
  it.each([
    // What to do so it heals is aftercare; what happens during the weld is the procedure.
    ['what do i do now so it heals right', 'cleaning'],
    ['how can i help so my dermal heals', 'cleaning'],
    ['what physically happens during the weld', 'procedure'],
    ['what actually happens at the appointment', 'procedure'],
  ])('%s names %s', (text, topic) => {
    expect(namedTopics(text)).toContain(topic);
  });
  it.each([
    ['how long until it heals', 'cleaning'],
    ['what happens if it breaks', 'procedure'],
  ])('%s does not name %s', (text, topic) => {
    expect(namedTopics(text)).not.toContain(topic);
  });
});

describe('intent', () => {
  it.each([
    ['what is permanent jewelry', 'definition'],
    ['what exactly is permanent jewelry?', 'definition'],
    ['wat even is a dermal punch', 'definition'],
    ['what exactly happens at the appointment', 'other'],
    ['how long does a microdermal take to heal', 'how-long'],
    ['how do i clean it', 'how-to'],
    ['what is the difference between a dermal and a piercing', 'comparison'],
    ['how is tattoo jewelry different from a regular tattoo', 'comparison'],
    ['how is a dermal punch different than a microdermal', 'comparison'],
    ['is it different for everyone', 'yes-no'],
    ['what styles of chains are there', 'list'],
    ['how much is a permanent bracelet', 'business'],
    ['does welding hurt', 'yes-no'],
  ])('%s → %s', (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});

describe('studio asks', () => {
  it.each([
    ['how much is a gold anklet', 'price'],
    ['are you open on sunday', 'hours'],
    ['do you take walk-ins', 'booking'],
    ['what is the deposit', 'deposit'],
    ['how old do you have to be', 'age'],
    ['where are you located', 'address'],
    ['can i pay with apple pay', 'payment'],
    ['do you sell gift cards', 'gift-card'],
    ['can we book a bachelorette party', 'events'],
    ['what is your re-weld policy', 'policy'],
    ['necklace 20 inches how much', 'price'],
    ['do you do fancy tops? how much', 'price'],
    ['my bracelet snapped, do i have to pay to fix it', 'price'],
    ['is there an upcharge for a paperclip chain', 'price'],
    ['i am 16 can i get a permanent bracelet', 'age'],
    ['can my 6 yr old get one', 'age'],
    ['mom asking what the youngest age is that we will weld a bracelet on a kid', 'age'],
    ['running like 10 min late, will you still take me', 'late'],
    ['running like 10 min late do i lose my spot', 'late'],
    ['i might be a bit late, is that ok', 'late'],
    ['what happens if i do not show up for my appointment', 'deposit'],
    ['i missed my appointment yesterday', 'deposit'],
    ['what is the cheapest thing you do', 'price'],
    ['what is your cheapest bracelet', 'price'],
    ['do you take it off for free if i need it off', 'policy'],
    ['what is the minimum number of people for a party at your studio', 'events'],
    ['my lil sis is 13 can she get a bracelet welded', 'age'],
    ['client texting that she is stuck in traffic, how long do we hold her slot', 'late'],
    ["what's our policy on people who keep not showing up", 'deposit'],
    ['is there a bus that goes to your studio?', 'address'],
    ['whats your latest night and when do you stop welding', 'hours'],
    ['can i bring my dog hes chill', 'visit'],
    ['my bracelet snapped 3 weeks after i got it, do i have to pay to fix it', 'policy'],
    ['my bracelet snapped on a stupid door handle, got it like 2 months ago, do i have to pay to fix it', 'policy'],
    ['what is the studio phone number', 'contact'],
    ['can i book by instagram dm', 'contact'],
    ['do you sell saline spray for aftercare', 'products'],
    ['do you ever set up at farmers markets', 'events'],
    ['what are your hours on sunday', 'hours'],
    ['are you open late on fridays', 'hours'],
    ['can i walk in tomorrow for a bracelet', 'booking'],
    ['she wants a microdermal right now as a walk-in', 'booking'],
    ['can i pay online', 'payment'],
    ['do you sell aftercare kits', 'products'],
    ['my daughter is 9 can she get a ring', 'age'],
    ['hosting my bday with 7 friends do i get anything free', 'events'],
    ['what time do you close on fridays', 'hours'],
    ['are you closed this weekend?', 'hours'],
    ['do you close the studio on holidays', 'hours'],
    ['when do you close up tonight', 'hours'],
    ['can i bring my dog with me to my appointment', 'visit'],
    ['is the studio wheelchair accessible', 'visit'],
    ['do you guys do microdermals too or just bracelets', 'services'],
    ['do you do ear piercing as well?', 'services'],
    ['do you weld chains people bought online', 'services'],
    ['do you have a second location anywhere else?', 'services'],
    ['who actually owns the studio?', 'services'],
    ['can i bring my own chain to weld', 'services'],
    ['my boyfriend said gold filled anklets are like a hundred bucks, is that true at your place', 'price'],
    ['client has a stainless steel chain from amazon and wants it welded', 'services'],
    // A chain told of as one the customer bought or owns, after the noun.
    ['how much to weld a chain i bought at the mall', 'services'],
    ['can you weld a chain she already owns', 'services'],
    ['is there like a combo deal', 'discount'],
    ['do you have a student discount', 'discount'],
    ['any deals if we get two bracelets', 'discount'],
    ['guy with a 9 inch wrist wants a silver bracelet, what do i quote', 'price'],
    ['do you sell anything to clean my chain', 'products'],
    ['and for a party?', 'events'],
    ['what are your prices and hours?', 'hours'],
    ['what is your address and hours', 'hours'],
    ['how old is the youngest you weld', 'age'],
    // Money put down to book is a deposit; "what would that be" after the pieces asks their price; "is that extra" a surcharge.
    ['how much do i gotta put down to book a dermal', 'deposit'],
    ['do i have to put something down to hold a party date', 'deposit'],
    ['thinking about 3 microdermals in one go, what would that be', 'price'],
    ['two bracelets and a ring, what would that run me?', 'price'],
    ['can she get a fancy opal top instead, is that extra??', 'price'],
    ['is there an extra charge for a paperclip chain', 'price'],
    // Who does the work at this studio.
    ['who does the dermals there, is it ren?', 'services'],
    ["who's your piercer", 'services'],
    ["walk-in has a broken chain from another place, what's our reweld price", 'policy'],
    // Paying to fix it is the repair policy; a break told long before the question still asks it.
    ['do i have to pay to fix it', 'policy'],
    [
      'my bracelet snapped right at the weld after like 2 months, i was literally just reaching into my bag. do i have to pay',
      'policy',
    ],
    ["client is 17, can she get a microdermal with her mom's permission?", 'age'],
    ['what do we charge her for two bracelets', 'price'],
    ['gold anklet cost?', 'price'],
    ['what does a microdermal cost here', 'price'],
    ['cost for a silver bracelet', 'price'],
  ])('%s asks for %s', (text, ask) => {
    expect(studioAs_(text)).toContain(ask);
  });
  it.each([
    ['how much does it hurt'],
    ['any tips before i get a permanent bracelet'],
    // …but not a chain bought from this studio.
    ['the chain i bought from you is tarnishing'],
    ['is it safe to get one from a cheap kiosk'],
    ['i went to a party and saw a microdermal'],
    ['how long does the appointment take'],
    ['do you have to clean a welded bracelet'],
    ['is there an aftercare program for microdermals'],
    ['how much time does healing take'],
    ['it hurt so much, how much longer'],
    ['does it hurt? how much?'],
    ['i am 16 weeks into healing'],
    ['how long does the appointment take, am i going to be stuck in the chair for hours'],
    ['walk me through the dermal steps, a nervous walk-in wants to know what happens'],
    ['is contact dermatitis a risk with nickel'],
    ['can i have my pandora charms on a welded chain'],
    ['what metal is best for fair skin'],
    ['i am 5 foot 2, which chain length'],
    ['what is a 16 gauge bar'],
    ['does the microdermal need to heal for 6 weeks'],
    // "close" with an object is the weld closing the chain.
    ['does the welding burn your skin when they close a permanent bracelet'],
    ['customer asks what the most common risks are before booking a microdermal'],
    // "close" with what closes it is the chain, not the studio closing.
    ['do permanent necklaces close with a clasp like normal ones'],
    // A generic "you": what anyone does.
    ['what do you do if your dermal gets infected'],
    ['do you have to take a welded bracelet off for an mri'],
    ['how do you clean a microdermal'],
    ['can you do a surface piercing on the neck'],
    ['what do i tell someone who wants the cheapest chain possible'],
    ['we are getting late in the season for pool days'],
    ['the scar does not show up much'],
    ['i stayed up late last night reading about microdermals'],
    ['can a bracelet snap if it gets caught'],
    // A budget is not the studio's price.
    ['ring light recs for tiktok under 50 bucks?'],
    // An amount in a general question is not this studio's price.
    ['is a 200 dollar bracelet worth it compared to cheap ones'],
    // The age of a staff member is not the studio's age rule.
    ['how old is the piercer, she looks so young'],
    ['wats a good pizza topping combo'],
    ["what's a good fruit punch recipe for a party of 20?"],
    ['is it a big deal if my dermal gets bumped'],
    // A span of time is not opening hours.
    ['how long is the appointment for a dermal like 5 minutes or hours'],
    // "close to her skin" is near it, not a closing time.
    ['is welding that close to her skin dangerous'],
    // An event in a longer question is not a party booking.
    ['can i swim with it for my pool party?'],
    ['is a gold chain good for a party?'],
    ['do i need a doctor referral for a microdermal'],
    // Open as a thing's state, not opening hours.
    ['dogs squeaky toy split open, can it be saved'],
    ['i heard dermal punches stay open wounds for months, how long does healing take'],
    ['my bike chain snapped mid ride and the brakes are smoking, how do i fix it'],
    ['what would it be like to have a dermal on my hand'],
    ['is it extra painful on the ankle'],
    ['will it be extra sore after'],
    ['what do i put down on the wound after'],
    ['how much pressure do you put down on the skin when welding'],
    ['who is the artist of that song'],
    ['how do i charge my phone faster?'],
    // The cost of jewelry in general ("a cost angle", "save the cost") is not this studio's price.
    ['customer says perm bracelets are a waste of money, any cost angle i can mention'],
    ['does it save the cost of buying new jewelry'],
    ['what would that be called, the chain that connects to a ring'],
    ['i put down my phone and the chain caught on the table'],
    ['who does the welding at a permanent jewelry appointment, a jeweler?'],
    ['does it hurt extra on the collarbone'],
  ])('%s is not a studio question', (text) => {
    expect(studioAs_(text)).toEqual([]);
  });
});
describe('days in hours questions', () => {
  it.each([
    ['are you open sun', 'are you open sunday'],
    ['what time do you close on thurs', 'what time do you close on thursday'],
    // A fixed-date holiday is also its date; a moving one stays a word.
    ['r u open christmas eve', 'r u open december 24'],
    ['are you open on new years day', 'are you open on january 1'],
    ['are you open on thanksgiving', 'are you open on thanksgiving'],
    // Not an hours question: "sun" is the sun.
    ['can i tan in the sun with a microdermal', 'can i tan in the sun with a microdermal'],
  ])('%s → %s', (text, expected) => {
    expect(expandDays(text)).toBe(expected);
  });
  it('a holiday the guidance names itself stays a holiday', () => {
    expect(expandDays('r u open christmas eve', (w) => w === 'christmas')).toBe('r u open christmas eve');
  });
  it.each([
    ['can i book a 15 years old for a bracelet on saturday', ['age']],
    ['can i book my daughter in for a bracelet, she is 12', ['age']],
    // Booking asked besides: both.
    ['can i book my daughter, she is 12, and do you take walk-ins', ['booking', 'age']],
    ['can i book for saturday, she is 15', ['booking', 'age']],
  ])('booking someone of an age: %s asks %j', (text, asks) => {
    expect(studioAs_(text)).toEqual(asks);
  });
  it('"do i have to pay to fix it" asks a price, not how to pay', () => {
    expect(studioAs_('do i have to pay to fix it')).not.toContain('payment');
  });
});
function studioAs_(text: string) {
  return studioAsks(text);
}

describe('small talk, reset, new topic', () => {
  it('thanks with praise is thanks', () => {
    expect(understand('lol thanks ur the best 🙏').smallTalk).toBe('thanks');
    expect(understand('thanks, you are a lifesaver').smallTalk).toBe('thanks');
  });
  it.each([
    ['thanks', 'thanks'],
    ['thank you so much!', 'thanks'],
    ['hi', 'greeting'],
    ['ok cool', 'ack'],
  ])('%s is small talk (%s)', (text, kind) => {
    expect(smallTalkOf(text)).toBe(kind);
  });
  it.each([['thanks, does it hurt'], ['hi how long does it heal'], ['ok so what metals are best']])(
    '%s is a question, not small talk',
    (text) => {
      expect(smallTalkOf(text)).toBeNull();
    },
  );
  it.each([['start over'], ['/reset'], ['forget that'], ['clear'], ['clear chat']])('%s resets', (text) => {
    expect(wantsReset(text)).toBe(true);
  });
  it.each([
    ['how do i reset my chain'],
    ['can it start over healing'],
    ['clear crusty stuff around my dermal every morning what do i do'],
    ['reset the weld or cut it?'],
  ])('%s does not reset', (text) => {
    expect(wantsReset(text)).toBe(false);
  });
  it.each([['different question, what metals are there'], ['unrelated but do you sell gift cards']])(
    '%s starts a new topic',
    (text) => {
      expect(startsNewTopic(text)).toBe(true);
    },
  );
  it('a follow-up does not start a new topic', () => {
    expect(startsNewTopic('and how long does it heal')).toBe(false);
  });
});

describe('negation scope', () => {
  it.each([
    ['which metal will not irritate my skin', 'which metal will'],
    ['it is not infected but how do i clean it', 'it is but how do i clean it'],
    // Small words carry the scope on to the noun.
    ['how do i pick a piercer so i do not end up with an infection', 'how do i pick a piercer so i do'],
  ])('removes the negated symptom in %s', (text, rest) => {
    expect(withoutNegated(text)).toBe(rest);
  });
  it.each([
    ['my dermal will not stop swelling'],
    ['it does not stop hurting'],
    ['i cannot feel my fingers'],
    ['it is not healing'],
  ])('keeps the symptom in %s', (text) => {
    expect(withoutNegated(text)).toBe(text);
  });
});

describe('language and domain sense', () => {
  it.each([
    ['mon microdermal est rouge et gonflé', 'fr'],
    ['mi microdermal está rojo y tengo dolor', 'es'],
    ['mein Armband ist zu eng und die Hand ist kalt', 'de'],
    ['o meu piercing está vermelho e dói muito', 'pt'],
    ['soy alérgica al níquel, puedo ponerme una pulsera soldada', 'es'],
    ['¿Duele hacerse una pulsera permanente?', 'es'],
  ])('%s is %s', (text, lang) => {
    expect(languageOf(text)).toBe(lang);
  });
  it.each([
    ['is a microdermal painful'],
    ['la la land bracelet'],
    ['can i get a permanent bracelet de luxe'],
    // Words English shares with Portuguese ("do", "as") are English evidence.
    ['do normal piercings count as perm jewelry'],
    ['¿what? how long does it take to heal, is it the same for all of them'],
  ])('%s is English', (text) => {
    expect(languageOf(text)).toBe('en');
  });
  it.each([
    ['how long does a microdermal take to heal', 'strong'],
    ['what rod should i use for welding steel pipes', 'ambiguous'],
    ['best boxing ring size', 'ambiguous'],
    ['recommend a pizza place', 'none'],
    // Words only jewelry uses, and a word with other senses worn on a body.
    ['client asking if 14k gold filled will tarnish', 'strong'],
    ['can i get it rewelded if it snaps', 'strong'],
    ['does the weld heat burn your skin', 'strong'],
    ['my chain got caught and my wrist is a little scratched', 'strong'],
    ['my bike chain keeps slipping off the gears', 'ambiguous'],
    // A charm in another sense: a lucky charm, a charm on a keychain.
    ['my lucky charm keychain fell into the garbage disposal', 'ambiguous'],
    ['can i add a charm to my bracelet later', 'strong'],
    // ("the charm" alone may be a saying: it only hints at jewelry.)
    ['the charm keeps flipping around, can it be fixed', 'ambiguous'],
    ["third time's the charm, right?", 'ambiguous'],
    ['how much are charms', 'strong'],
    // "Permanent" naming something that is not jewelry.
    ['someone used permanent marker on the whiteboard', 'none'],
    // Body-jewelry words, and a word with other senses worn on the body.
    ['wats the standard length for a belly button barbell', 'strong'],
    ['if i stretch my lobes how big can i go', 'strong'],
    ['what weight barbell should i start deadlifting with', 'ambiguous'],
    ['client asking about our supply chain for the new hoodies', 'none'],
    ['how do i get permanent residency', 'none'],
    ['is it permanent', 'ambiguous'],
  ])('%s → %s', (text, sense) => {
    expect(domainSense(text)).toBe(sense);
  });
});

describe('understand()', () => {
  it('reads a staff question for a client as the question itself, about a client', () => {
    const u = understand('client wants to know if the welding hurts');
    expect(u).toMatchObject({ question: 'the welding hurts', about: 'client', framed: true });
    expect(u.kinds).toContain('welded-chain');
  });
  it('answers each part of a two-part message and carries the kind named once into both', () => {
    const u = understand('does a microdermal hurt and how long does it take to heal');
    expect(u.parts.map((p) => p.text)).toEqual(['does a microdermal hurt', 'how long does it take to heal']);
    expect(u.parts[1]?.kinds).toContain('microdermal');
  });
});

describe('an intensifier after a question word is dropped', () => {
  it.each([
    ['what exactly is permanent jewelry?', 'what is permanent jewelry?'],
    ['how tf do u clean it', 'how do you clean it'],
    ['why even get a microdermal', 'why get a microdermal'],
    ['what the heck is a dermal punch', 'what is a dermal punch'],
  ])('%s → %s', (text, plain) => {
    expect(normalizeMessage(text)).toBe(plain);
  });
  it.each([['is it actually painful'], ['does it really hurt that much'], ['what is it exactly']])(
    '%s is left as it is',
    (text) => {
      expect(normalizeMessage(text)).toBe(text);
    },
  );
});

describe('a plus between words is "and"', () => {
  it('how long til its healed + does it hurt', () => {
    expect(understand('how long til its healed + does it hurt').parts).toHaveLength(2);
  });
  it.each([['the c++ of chains'], ['2 + 2 charms']])('%s keeps its sense', (text) => {
    expect(normalizeMessage(text)).not.toMatch(/\band\b/);
  });
});

describe('min and max before an amount', () => {
  it.each([
    ['whats the min number of ppl for a party', 'what is the minimum number of people for a party'],
    ['max group size?', 'maximum group size?'],
  ])('%s → %s', (text, plain) => {
    expect(normalizeMessage(text)).toBe(plain);
  });
  it('running 10 min late keeps its minutes', () => {
    expect(normalizeMessage('running 10 min late')).toBe('running 10 minutes late');
  });
});

describe('a 4 before a determiner is "for"', () => {
  it.each([
    ['how much 4 a gold anklet', 'how much for a gold anklet'],
    ['is a dermal good 4 me', 'is a dermal good for me'],
  ])('%s → %s', (text, plain) => {
    expect(normalizeMessage(text)).toBe(plain);
  });
  it.each([['it took 4 weeks to heal'], ['i have 4 microdermals'], ['$4 a month']])('%s keeps its number', (text) => {
    expect(normalizeMessage(text)).toBe(text);
  });
});

describe('idioms are read in their plain sense', () => {
  it.each([
    ['can she cut it off in a pinch', 'can she cut it off if needed'],
    ['what healing window do we give for microdermals', 'what healing time do we give for microdermals'],
    ['why is perm jewelry all over my fyp lately', 'why is permanent jewelry popular lately'],
    ['cheap metal makes her skin break out', 'cheap metal makes her skin reacts'],
    ['what are the main steps of an appointment start to finish?', 'what are the main steps of an appointment?'],
    ['permanent jewelry cons? lay it on me', 'permanent jewelry cons?'],
  ])('%s → %s', (text, plain) => {
    expect(normalizeMessage(text)).toBe(plain);
  });
  it.each([
    // The same words, not the idiom.
    ['does the pinch of the needle hurt'],
    ['is there a window in the studio'],
    ['the rash is all over my arm'],
  ])('%s is left as it is', (text) => {
    expect(normalizeMessage(text)).toBe(text);
  });
});

describe('a kind set aside in contrast is not the kind asked about', () => {
  it.each([
    ['client asking about implantable jewelry, not the welded kind.', ['implant']],
    ['the dermal one — not a bracelet', ['implant', 'microdermal']],
    ['i mean a surface piercing, not a microdermal', ['surface-piercing', 'piercing']],
    // A tattooed necklace is a tattoo drawn as one, not a welded chain.
    ['saw someone with a tattooed necklace that shines', ['tattoo-jewelry']],
    ['a bracelet tattoo on my wrist', ['tattoo-jewelry']],
  ])('%s → %j', (text, kinds) => {
    expect(namedKinds(text).sort()).toEqual([...kinds].sort());
  });
  it.each([
    // Not a contrast: the kind is still what is asked.
    ['is a welded bracelet not painful', 'welded-chain'],
    ['does a microdermal not heal in the winter', 'microdermal'],
    ['closed with a weld instead of a clasp', 'welded-chain'],
  ])('%s still names %s', (text, kind) => {
    expect(namedKinds(text)).toContain(kind);
  });
});

describe('a comparison whose first half is the story keeps the story', () => {
  it.each([
    ["customer called it 'flash jewelry' — same thing as our welded bracelets?"],
    ['my friend has an infinity bracelet. is that the same as a permanent one?'],
  ])('%s has no focus of its own', (text) => {
    expect(understand(text).focus).toBeUndefined();
  });
  it('a story before a self-contained question still has its focus', () => {
    expect(
      understand('thinking about a microdermal on my collarbone, how long does it take to heal?').focus,
    ).toBeDefined();
  });
});

describe('a studio question that names nothing of its own reads with what came before it', () => {
  it.each([['is there a fee'], ['is there a deposit?'], ['how many people do we need'], ['how much']])(
    '%s names nothing but the fact asked',
    (text) => {
      expect(namesNothing(text)).toBe(true);
    },
  );
  it.each([['how much is a gold anklet'], ['do you take cards'], ['how long does it take to heal']])(
    '%s names its own subject',
    (text) => {
      expect(namesNothing(text)).toBe(false);
    },
  );
  it("the fee and the headcount asked after a party story are the party's", () => {
    const u = understand(
      'wanna do a bday party w the welder at my house, how many people do we need and is there a fee',
    );
    expect(u.parts.map((p) => p.referent)).toEqual([
      'want to do a birthday party with the welder at my house',
      'want to do a birthday party with the welder at my house. how many people do we need',
    ]);
    expect(u.parts[0]?.studio).toContain('events');
    expect(u.parts[1]?.studio).toEqual(expect.arrayContaining(['price', 'events']));
  });
  it("a deposit asked after a party question is the party's deposit", () => {
    const u = understand('how far in advance do i need to book a jewelry party, and is there a deposit?');
    expect(u.parts[1]?.referent).toBe('how far in advance do i need to book a jewelry party');
  });
  it('a part with its own subject keeps it, and a message of one question has no referent', () => {
    expect(understand('how much is a gold bracelet and do you take cards').parts.map((p) => p.referent)).toEqual([
      undefined,
      undefined,
    ]);
    expect(understand('is there a fee').parts[0]?.referent).toBeUndefined();
  });
  it('"how long does it take" after a part is the time of what that part asks to have done', () => {
    const u = understand('can i get a perm necklace and a ring in the same appt? also how long does it take');
    expect(u.parts[1]?.referent).toBe('can i get a permanent necklace and a ring in the same appointment');
    // …but "does it hurt" is about the jewelry, not the part before.
    expect(understand('how long til its healed and does it hurt').parts[1]?.referent).toBeUndefined();
  });
  it('nothing said before a general question that names nothing makes it a studio question', () => {
    const u = understand('my bracelet feels tight. does it hurt and how long');
    expect(u.parts.every((p) => p.studio.length === 0)).toBe(true);
  });
});

describe('a studio fact asked of an event is looked for with the event', () => {
  it.each([
    [['booking', 'events'] as const, 'party'],
    [['deposit', 'events'] as const, 'party'],
  ])('%j retrieves with the event words only', (asks, word) => {
    const w = studioWordsFor(asks);
    expect(w).toContain(word);
    expect(w).not.toMatch(/\b(deposit|booking)\b/);
  });
  it('a booking or deposit asked alone keeps its own words', () => {
    expect(studioWordsFor(['booking'])).toContain('booking');
    expect(studioWordsFor(['deposit', 'price'])).toMatch(/deposit.*price/);
  });
});

describe('who asks and how the answer should come, said after the question, are framing', () => {
  it.each([
    [
      'what aftercare do we give for permanent bracelets, new hire asking',
      'what aftercare do we give for permanent bracelets',
    ],
    ['does it hurt, my sister is asking', 'does it hurt'],
    ['does it hurt asking for a friend', 'does it hurt'],
    [
      'what do we tell someone whose chain broke 4 months after their appointment',
      'whose chain broke 4 months after their appointment',
    ],
    [
      'what do i say when a client asks whether permanent jewelry can irritate her skin?',
      'permanent jewelry can irritate her skin?',
    ],
    [
      'what is even the point of jewelry you cannot take off genuinely asking',
      'what is even the point of jewelry you cannot take off',
    ],
    ['aftercare for a fresh microdermal, quick version', 'aftercare for a fresh microdermal'],
    ['is it worth it, give me the quick version', 'is it worth it'],
    ['does it hurt? any thoughts?', 'does it hurt?'],
    [
      'someone dmed asking if they can just pop their microdermal out at home',
      'they can just pop their microdermal out at home',
    ],
    ['how does the welding work, in simple terms please', 'how does the welding work'],
    ['why is permanent jewelry popular, need talking points for the ig post', 'why is permanent jewelry popular'],
    ['does a dermal punch hurt, be honest', 'does a dermal punch hurt'],
    ['is removal a hassle? no sugarcoating', 'is removal a hassle?'],
  ])('%s asks %s', (text, question) => {
    expect(stripFraming(text).text).toBe(question);
  });
  it.each([
    ['does welding take long or is it quick'],
    ['what should i tell my friend asking'],
    ['is a short chain or a long chain better'],
    ['what is the quickest way to remove it'],
    ['how do i be honest with a client about the risks'],
    ['will the gold be real'],
    ['will the surface bar be straight'],
  ])('%s keeps its words', (text) => {
    expect(stripFraming(text).text).toBe(text);
  });
});

describe('chat laughter, "-wise" and a split kind name', () => {
  it.each([
    ['i lose every bracelet lmaooo would this fix that', 'i lose every bracelet. would this fix that'],
    ['ok real talk does the welding hurt', 'okay does the welding hurt'],
    ['is it annoying af', 'is it annoying'],
    ['hahaha does it hurt', 'does it hurt'],
    ['is it worth it money-wise', 'is it worth it money'],
    ['aftercare for a micro dermal', 'aftercare for a microdermal'],
    ['micro-dermals on the hip', 'microdermals on the hip'],
    ['16yo walked in alone', '16 years old walked in alone'],
    ['she is 17 y/o', 'she is 17 years old'],
    ['does a dermal punch hurt like hell', 'does a dermal punch hurt'],
    ['do perm bracelets save money or is that cap', 'do permanent bracelets save money'],
    ["what's the spiel on styles?", 'tell me about styles?'],
    ['she read a horror story online', 'she read a bad story online'],
    ['i do a lot of rock climbing and mountain biking', 'i do a lot of climbing and biking'],
    ['is it itchy as heck after', 'is it itchy after'],
    ['does a dermal punch hurt like hell 😬 be honest', 'does a dermal punch hurt be honest'],
  ])('%s reads as %s', (text, normalized) => {
    expect(normalizeMessage(text)).toBe(normalized);
  });
  it.each([
    ['otherwise it is fine'],
    ['a micro weld'],
    ['the hall of fame'],
    ['it took 3 weeks'],
    ['is it as crazy popular as people say'],
  ])('%s is unchanged', (text) => {
    expect(normalizeMessage(text)).toBe(text);
  });
});

describe('a question that only asks whether the one before is so stays with it', () => {
  it.each([
    ['gold filled anklets are like a hundred bucks? is that true at your place'],
    ['welding is painless? is that right?'],
  ])('%s is one question', (text) => {
    expect(subQuestions(text).parts).toHaveLength(1);
  });
  it('a question of its own after it is a part of its own', () => {
    expect(subQuestions('is it painless? is it safe for kids?').parts).toHaveLength(2);
  });
});
