/** Table tests for the triage policy: each family of red flags and deferrals with messages it must and must not catch. */
import { describe, expect, it } from 'vitest';
import { correctSymptomWords } from './normalize.js';
import { checkOutput } from './output-check.js';
import { triage } from './triage.js';

describe('red flags in plain words and numbers go to urgent care', () => {
  it.each([
    ['bleeding for an hour and it keeps going'],
    ['my throat feels tight after getting the welded chain'],
    ['my temperature is 39C since the dermal punch'],
    ['temp of 102 F after my microdermal'],
    ['my bracelet is cutting off circulation'],
    ['i think i might pass out'],
    ['my chest hurts and i cannot catch my breath'],
    ['chest pain since the punch'],
    ['my chest 😭 hurts so bad'],
    ['i cannot 😭 breathe'],
    ['my fingers lol went white'],
    ['my arm is throbbing and hot around my dermal and i feel shaky and sick'],
    ['hives all over after the weld'],
    ['my client says her fingers went white and cold under the bracelet'],
    ['it keeps bl33ding'],
    ['trouble swallowing since this morning'],
    // Each category in everyday words.
    ['its bleeding like crazy, been holding a towel on it 20 min and it wont stop'],
    ['there is blood running down my chest from where my microdermal was'],
    ['itchy all over after my dermal and my lips look like i got filler'],
    ['now her cheeks and lips are ballooning'],
    ["client suddenly can't get air in, she's gasping"],
    ["since yesterday's implant i can't get a full breath in"],
    ["i've got this crushing pain in the middle of my chest"],
    ['her chest feels heavy and the pain is going down her left arm'],
    ['i keep blacking out since i got my dermal'],
    ["client says she's lost feeling in her pinky and ring finger"],
    ['one side of my face went numb and my mouth feels droopy'],
    ["the redness around my implant was a small circle yesterday and now it's the size of my palm"],
    ['the redness is already way past the pen line'],
    ['the pink area round her microdermal is growing outward fast'],
    ['her implant is leaking smelly discharge and she feels like she has the flu'],
    ['my dermal smells bad n theres pus n im hot and achy all over'],
    ['my bracelet is really tight after a flight, my hand is swollen'],
    // Stroke and seizure signs, and chest pressure told as a weight.
    ['my friend is having a seizure on the studio floor'],
    ['client is suddenly really confused and her words are slurred'],
    ["he can't tell us where he is"],
    ['worst headache of my life since this morning'],
    ['my vision is going blurry on one side'],
    ["she suddenly can't feel one side of her body"],
    ["my arm went weak and i can't grip anything"],
    ['feels like an elephant is sitting on my chest'],
    ["my friend collapsed and isn't breathing"],
    ["he's not waking up after he fainted"],
    ['the client is unresponsive'],
    // Told as what was seen, in plain words (round 9 dev kinds).
    ['blood is dripping steadily down her arm. it has not slowed down at all'],
    ['cant really catch my breath since i left the shop'],
    ['her lips look kinda bluish and shes breathing weird, like short little gasps'],
    ["client went pale and slid off the chair, she's breathing but not really answering us"],
    ['my leg went completely numb n weak after my hip piercing'],
    ['her implant is leaking green gunk, her whole shoulder is swollen n hot, and shes shaking'],
    ['prob nothing but im burning up, like 40 degrees, and my microdermal is swollen'],
    ["a client's finger swells up around a welded ring and starts turning dark"],
    ['my friend had some kind of fit, she was jerking and foaming at the mouth'],
    ["she's been really out of it and mumbling since yesterday"],
    ['shes really drowsy, hard to wake up, and her skin looks kinda mottled'],
    // Round 9 dev red flags (Z3).
    ['his wrist is spurting a little in time with his heartbeat'],
    ['i can hear myself whistling every time i breathe since the dermal punch'],
    ["it feels like i'm suffocating, every breath is a fight"],
    ['hes super sleepy and not making sense when he talks'],
    ["i've had a heavy ache right behind my breastbone for an hour"],
    ['he is rubbing his chest saying it feels like a band tightening around it'],
    ['his left arm feels heavy too'],
    ['my lips feel huge and tingly and my throat is kinda itchy'],
    ['the little foot is swollen and kinda bluish'],
    ['his hand is puffy and dark red past the bracelet'],
    ['the bandage is full again already'],
  ])('%s', (text) => {
    expect(triage(text).level).toBe('urgent');
  });
  it.each([
    ['how long does a 14k chain last'],
    ['does the welding feel hot'],
    ['how long does the bleeding last after a dermal punch in general'],
    ['what chain length is best'],
    ['client wants to know if a microdermal on the chest hurts more than somewhere else'],
    ['my friends gasped when they saw my new bracelet'],
    ['the permanent jewelry area is growing fast in my city'],
    ['is a droopy chain a bad look'],
    ['pink gold is growing in popularity, should i get one'],
    ['i have no feeling about which chain to pick'],
    ['my gold bracelet has scratches all over it, can you polish them?'],
    ['i have my eye on the massive paperclip chain'],
    ['we sold pink gold chains last month and now they cost twice as much'],
    ['the chain is past the mark on the sizing tool, should i cut it'],
    ['our kiosk is a hot spot and the waitlist keeps growing'],
    ['i want the red stone charm. can i reschedule since i have the flu?'],
    ['my mom is on blood thinners and cannot stop taking them'],
    ['can a welded bracelet cut off circulation'],
    // Neuro words in other senses.
    ['the chain fitting took ages but she loved it'],
    ['is a dermal on the left side of my chest weird'],
    ['my eyesight is bad so i want a bigger charm'],
    ['the vision board for my studio is going great'],
    ['i am so confused about which metal to pick'],
    ['the charm has an elephant on it, can you add it to my chest chain'],
    ['my dermal is not responding to the saline, still a bit crusty'],
    ['my silver chain is turning dark, is that tarnish'],
    ['i gasped when i saw the price'],
    ['my breathing is fine, just wondering about pain'],
    ['is it hot in the studio, i am burning up from the heat'],
    ['my whole wrist is red from the sun lol'],
    ['she fell off the bench at the gym, can she still get an anklet'],
    ['we tried calling the studio but they are not answering'],
    ['the chat is burning up with questions about charms'],
    ['my kid had a growth spurt, is the anklet too tight now'],
    ['my left arm has a heavy chain on it, is that ok'],
    ['my throat is scratchy, can i still get my piercing tomorrow'],
    // Reviewer's near misses of the new red flags.
    ['can i use a towel soaked in saline?'],
    ['the welder spurted sparks'],
    ['how much pain is a dermal in the sternum?'],
    ['i want a chest chain with a strap that goes around my waist'],
    ['my left arm feels heavy with three chains on it lol'],
    ['my bracelet slid off the table'],
    ['the studio is not answering me'],
    ['she is hard to wake in the morning, can she get an anklet'],
    ['my daughter had a fit when i said no'],
    ['the bracelet has fit me perfectly'],
    ["i'm shaking all over, so nervous for my appointment"],
    ['it feels like 40 degrees in here'],
    ['im burning up in this heat'],
    ['can i get my nails painted purple before my appointment'],
    ['my breathing is fast because i am nervous about the needle'],
    ['this heat is suffocating, can i still come in today'],
  ])('not urgent: %s', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
});

describe('symptoms, medicines, conditions and judgement requests defer', () => {
  it.each([
    ['my dermal will not stop swelling'],
    ['it doesnt stop hurting'],
    ['there is discharge around the stud'],
    ['my client says her anchor is red and warm'],
    ['customer is on blood thinners, can she get one'],
    ['is my dermal punch healing normally'],
    ['my microdermal looks like it is coming up, i can see more of the base'],
    ['can i take amoxicillin for it'],
    ['should i put hydrogen peroxide on my dermal'],
    ['my dermal is 0ozing'],
    ['my microdermal has been leaking clear fluid since sunday'],
    ['client came back saying her hand implant is sore and warm'],
    ['my anklet chain rubbed a raw spot on my ankle'],
    ['the bar is showing more and the skin over it looks thin'],
    ['client asks if her 6 week old microdermal is healed since it is still a bit pink around the top'],
    ['i have an mri scheduled next month and there is a microdermal in my chest, is that a problem'],
    ['someone comes back saying their dermal hurts more now than on day one'],
    ['she says her chest dermal has been tender for 10 days, normal or not'],
    // What is left of "what do I tell someone who comes back saying…" once the frame is stripped.
    ['comes back saying their dermal hurts more now than on day one'],
    ['the pain will not stop at night'],
    ['it will not stop being red'],
    ['the anchor of my dermal is showing through the skin now and its kinda sore'],
    ['my dermal hurts when i sleep on it'],
    ["i've got an mri scheduled next month. will my welded bracelet be a problem?"],
    ['my dermal bleeds a tiny bit when i shower, day 4, normal??'],
    ['my mum thinks shes reacting to her bracelet, little bumps on her wrist'],
    ['my dermal is kind of red or is it fine'],
    ['is it normal, my dermal is pink'],
    ['can i take two tablets of ibuprofen'],
  ])('%s', (text) => {
    expect(triage(text).level).toBe('defer');
  });
  it.each([
    ['which metal will not irritate sensitive skin'],
    ['can a microdermal get infected'],
    ['how do i clean a welded bracelet'],
    ['does welding hurt for a permanent bracelet'],
    ['what are the risks of a dermal'],
    ['is the welding warm'],
    ['how thin is the chain'],
    ['my discord bot will not stop crashing'],
    ['can i get an mri in general if i have tattoos'],
    ['can i still get a red heart charm'],
    ['what are your hours of operation, i want a bracelet welded'],
    // What to expect is a question, not a report.
    ['will a permanent piercing hurt when i sleep on it'],
    ['how do i pick a safe piercer so i do not end up with an infection'],
    ['does a dermal hurt like a lot or is it fine, i am a baby with pain'],
    ["new hire here, how do i reset my password on the studio's pos tablet?"],
    ['whats the studio phone number, client wants to text'],
    // "under the skin" says what an implant is, not where a sign is.
    ['do implants under the skin ever get rejected by the body'],
  ])('answered: %s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
});

describe('a symptom is of a body or a person', () => {
  it.each([
    ['the paint keeps bleeding through the masking tape on the wall'],
    ['the office coffee machine will not stop leaking, who do i call'],
    ['my phone battery is swelling'],
    ['who sang fever first, peggy lee or little willie john'],
    ['fever dream last night lol'],
    ['I had a weird fever dream about jewelry last night, what do fever dreams mean?'],
    // Prevention asks how to avoid a symptom; it reports none.
    ['How can I lower my chances of getting an infection from a dermal?'],
    ['a client asked if there is anything she can do to lower the chance of infection or rejection with a dermal'],
    ['how do i avoid getting my microdermal infected'],
    ['is it bad if i sleep on my microdermal'],
    // A compound noun as the subject is a thing, whatever symptom words follow.
    ['My sourdough starter has pink streaks and smells off. Is it infected, and is it safe to use?'],
    ["Quick q — the front desk printer is 'bleeding' ink all over every page. How do I fix it?"],
    ['my phone battery is all swollen and hot, is it gonna explode'],
    ['My tomato plants have some kind of fungal infection on the leaves. How do I treat it?'],
    ["my dog's leg is swollen after a bee sting"],
    // The body given to an animal after it, and a wound or a breath any body has.
    ['my dog cut his paw on glass on our walk and it will not stop bleeding. what do i do?'],
    ['my puppy is breathing weird'],
    ["the shop's fish tank heater broke overnight and all the fish are gasping at the top"],
    ['how do i fix a swollen laptop battery'],
    ['the swelling in my iphone battery is getting worse'],
  ])('not triaged: %s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['high fever and shaking', 'urgent'],
    ['fever 39.5', 'urgent'],
    ['chills and sweats all night', 'urgent'],
    ['customer fainted, came round, then passed out again', 'urgent'],
    ['my nose keeps bleeding and it will not stop', 'urgent'],
    ['it keeps bleeding', 'urgent'],
    ['client is bleeding through the gauze', 'urgent'],
    // What someone has is a body, whatever the word: the body list cannot name every part.
    ['my earlobe keeps bleeding', 'urgent'],
    ['grandma keeps bleeding', 'urgent'],
    ['my knee is swelling', 'defer'],
    // A staff message about an appointment anchors the symptom.
    ['fainted during the appointment, what now?', 'urgent'],
    ['so dizzy after the session', 'urgent'],
    ['fever since tuesday, what to do', 'urgent'],
    ['i am not able to stop the bleeding from my dermal', 'urgent'],
    ['it does hurt when i touch it', 'defer'],
    ['its red or is it normal', 'defer'],
    ['my belly button keeps bleeding and it will not stop', 'urgent'],
    ['amoxicillin and alcohol together?', 'defer'],
    // One word someone has may be a body part the list lacks; a mark on skin is of a body.
    ['my pinky is swollen and red', 'defer'],
    ['my thigh is swollen and red', 'defer'],
    ['the red streak is spreading', 'urgent'],
    ['my vision is going blurry', 'urgent'],
    ['my ring finger is swollen and numb', 'urgent'],
    ['my collar bone is swollen and hot', 'defer'],
    ['my dog bit my wrist and it will not stop bleeding', 'urgent'],
    ['my dog bit me and the cut will not stop bleeding', 'urgent'],
    // An animal nearby, eaten or tripped over is not the one with the symptom.
    ['she ate some fish and now she is struggling to breathe', 'urgent'],
    ['ate fish for dinner and now cannot breathe', 'urgent'],
    ['tripped over the cat and now she is not breathing', 'urgent'],
    ['walking the dog, slipped, the cut will not stop bleeding', 'urgent'],
    ['my belly button piercing is red', 'defer'],
    // Prevention next to a report: the report still counts.
    ['my dermal is red and warm, how do i prevent infection', 'defer'],
  ])('%s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
});

describe('the output check stops advice in generated and curated text', () => {
  it.each([
    ['use sterile tweezers to pull out the anchor'],
    ['take two Aleve every six hours'],
    ['Your microdermal is infected.'],
    ['Press down on the skin and the anchor will pop out.'],
    ['It is harmless, no danger at all.'],
    ['Try Bactroban or Zyrtec.'],
  ])('rejects: %s', (text) => {
    expect(checkOutput(text).ok).toBe(false);
  });
  it.each([
    ['Clean the area with a saline solution.'],
    ['A welded chain can be cut at the weld with scissors.'],
    ['Do not pull out the anchor yourself; see a professional.'],
  ])('passes: %s', (text) => {
    expect(checkOutput(text).ok).toBe(true);
  });
});

describe('misspelt symptom words', () => {
  // English as the embedding vocabulary knows it: these words are real, so never "corrected".
  const english = new Set(['paint', 'steaks', 'strikes', 'chilly', 'from', 'going', 'this', 'arm', 'hand', 'since']);
  const knows = (w: string) => english.has(w);
  it.each([
    ['red streeks goin up my arm frm my hand implnt since this am', 'urgent'],
    ['my microdermal is swolen and oozin', 'defer'],
    ['it keeps bleding and wont stop for an hour', 'urgent'],
    ['my throt feels tight after the weld', 'urgent'],
  ])('%s → %s', (text, level) => {
    expect(triage(text, { knows }).level).toBe(level);
  });
  it.each([
    ['can i paint my nails with a welded bracelet on'],
    ['does the chain snag on steaks knives lol'],
    ['what if the weld strikes my skin'],
    ['whats the numbr to call the studio'],
  ])('leaves real words alone: %s', (text) => {
    expect(triage(text, { knows }).level).toBe('answer');
    expect(correctSymptomWords(text, knows)).toBe(text);
  });
});

describe('a relayed question gives its person the condition it names', () => {
  it.each([['with hemophilia who wants a microdermal'], ['on blood thinners who wants a dermal punch']])(
    '%s (its frame removed) defers',
    (text) => {
      expect(triage(text, { relayed: true }).rules).toContain('defer:condition');
      // Unrelayed, the same words name nobody.
      expect(triage(text).level).toBe('answer');
    },
  );
  it('a condition the person is in while asking ("if they can get a microdermal while pregnant")', () => {
    expect(triage('if they can get a microdermal while pregnant', { relayed: true }).rules).toContain(
      'defer:condition',
    );
  });
  it.each([['if permanent bracelets can cause allergies'], ['are scared of having an allergic reaction to a chain']])(
    '%s asks in general',
    (text) => {
      expect(triage(text, { relayed: true }).level).toBe('answer');
    },
  );
});

describe('red flags told as what was seen or how long', () => {
  it.each([
    ["client just grabbed his chest and said it feels like heavy pressure, he's sweating a lot", 'urgent:chest'],
    ['my wrist is bright red, swollen and hot all the way up to the elbow', 'urgent:spreading-redness'],
    ['the redness is creeping up her arm', 'urgent:spreading-redness'],
    ['my dermal got yanked out and the blood is dripping onto the floor', 'urgent:bleeding'],
    ['it has been bleeding for 25 minutes', 'urgent:bleeding'],
    ['she fell and hit her head on the counter, now she is confused and throwing up', 'urgent:neuro'],
    ['the ring will not come off and my finger is fat and going dark', 'urgent:circulation'],
    ['my toddler swallowed the charm off my bracelet', 'urgent:swallowed'],
    [
      'my 2 year old grabbed the charm that fell off my bracelet and i think she swallowed it, now she is gagging',
      'urgent:swallowed',
    ],
    ['the baby had a loose bead from my anklet in his hand and swallowed it', 'urgent:swallowed'],
    ['since this afternoon he has been very drowsy and confused', 'urgent:neuro'],
    ['she does not recognize me anymore and keeps mumbling', 'urgent:neuro'],
    ['he feels burning hot and shaky since the dermal', 'urgent:fever'],
  ])('%s → %s', (text, rule) => {
    const v = triage(text);
    expect(v.level).toBe('urgent');
    expect(v.rules).toContain(rule);
  });
  it.each([
    ['is a microdermal on the chest under a lot of pressure from a bra strap'],
    ['how long does a welded bracelet take, like 20 minutes?'],
    ['my ring will not come off, can i cut it myself'],
    ['the swelling went down after two days'],
    ['can i wear a bracelet up to the elbow'],
    ['the charm is so cute i could swallow it lol'],
    ['my dermal feels burning hot after the gym, is that normal'],
    ['i was a bit confused and sleepy reading the aftercare sheet'],
    ['the piercer did not recognize me at first with my new hair'],
    ['is it too hot to weld a charm when it is burning hot outside'],
  ])('%s is not a red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
});

describe('a symptom asked as a possibility is a general question', () => {
  it.each([['can permanent jewelry irritate my skin'], ['will a cheap chain irritate her wrist']])('%s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['my skin is irritated from my bracelet'],
    ['it irritates my skin'],
    ['the irritation on my wrist is worse'],
  ])('%s reports it', (text) => {
    expect(triage(text).level).toBe('defer');
  });
});

describe("a thing's trouble told in symptom words is nobody's body", () => {
  it.each([
    ['car temp gauge is in the red and steam pouring out from the hood on the freeway help'],
    ['in my game my character got hit by the fire ring boss and he is bleeding out, how do i heal him'],
    ['my phone battery is swelling up and the screen is lifting off and its hot'],
    ["the weld on my car's exhaust cracked and it smells like burning, safe to drive?"],
    ["my pen burst in my shirt pocket and it is 'bleeding' ink everywhere. how do i get it out?"],
    ['my guy keeps bleeding out every fight, how do i stop the bleed buildup'],
  ])('not triaged: %s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['my phone fell on my finger and now it is swollen and numb', 'defer'],
    ['the car door slammed on my ring finger and it is turning blue', 'urgent'],
    ['my chain got caught in my bike and my wrist is bleeding a lot', 'urgent'],
    ['the redness is already way past the pen line', 'urgent'],
    ['burnt my hand on the oven and it is blistering', 'defer'],
  ])('a body hurt by a thing is still triaged: %s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
});

describe('general questions that sound personal are answered', () => {
  it.each([
    ['the microdermal procedure involves cutting the skin and bleeding. how is it actually done?'],
    ['what does rejection look like with a microdermal, and how common is it?'],
    ["client asking if microdermals can cause nerve damage, she's scared of losing feeling in her face"],
    ['im worried about getting an infection, how do i clean it'],
    ['If I ever had to get my permanent bracelet off fast, like for an X-ray or surgery someday, how would that work?'],
    ['client needs it off for an MRI next week, how does removal work'],
    ['I had to cut off my permanent necklace for a surgery.'],
  ])('%s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['is it infected?', 'defer'],
    ['how common is it for my dermal to reject, mine is red', 'defer'],
    ["I'm worried about the redness spreading up my arm", 'urgent'],
    ["she's scared of getting an infection but her dermal is oozing pus", 'defer'],
    // Whether a chain may stay on for one's own procedure is the medical team's decision.
    ["I've got an MRI scheduled next month. Will my welded bracelet be a problem?", 'defer'],
    ['having surgery next week and i have a permanent bracelet, do i have to cut it off', 'defer'],
    ['I have an MRI next month and a microdermal in my chest', 'defer'],
  ])('%s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
});

describe('review findings: an injury near a thing is still an injury, and the new red flags stay narrow', () => {
  it.each([
    ['he got hurt in the game and is bleeding everywhere', 'urgent'],
    ["fell off my bike and it won't stop bleeding", 'urgent'],
    ['crashed my car, bleeding a lot and feel dizzy', 'urgent'],
    ["ate tree nuts and now it's hard to swallow", 'urgent'],
    ['heart racing and dizzy from paint fumes, what do i do', 'urgent'],
    ['the top sinks in and the spot around it is hot and red', 'defer'],
    ['used a new laptop and the bracelet area is oozing', 'defer'],
    ['accidentally swallowed a button battery help', 'urgent'],
    ['he swallowed a battery from a toy car', 'urgent'],
    ['the baby swallowed part of a necklace', 'urgent'],
    ['my son ate a charm off his bracelet', 'urgent'],
    ["i'm having surgery friday, how do i know if i need to remove my permanent bracelet?", 'defer'],
    ['I have an MRI tomorrow and a permanent bracelet, how should I handle it?', 'defer'],
    ['surgery tomorrow, the nurse said i had to take it off, can i keep my bracelet on instead?', 'defer'],
    ['hot to the touch and spreading, how serious is it', 'defer'],
    ["i'm worried about having pus coming out", 'defer'],
    ['been bleeding for twenty five minutes', 'urgent'],
    ['bleeding for like 20 minutes', 'urgent'],
    ['my arm is red from my wrist up to my elbow', 'urgent'],
    ['the red goes up my forearm now', 'urgent'],
    ['i have a heavy feeling of pressure on my chest', 'urgent'],
    ['fell and hit head, now confused and throwing up', 'urgent'],
    ["his head hit the floor and now he's vomiting", 'urgent'],
    ['her finger got fat and turned dark under the ring', 'urgent'],
    ['my finger turned dark and swelled up under the ring', 'urgent'],
    ['the new chain seems to irritate my skin every time i wear it', 'defer'],
  ])('%s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
});

describe("review findings (round 12): a game, another piece's history and new red flags stay narrow", () => {
  it.each([
    // "like crazy" is heavy bleeding to the rules, however the question is read.
    ['my new piercing is bleeding like crazy', 'urgent'],
    // A real person hurt near a game is hurt.
    ['my son was in the middle of a boss fight when he yanked his dermal out and he is bleeding everywhere', 'urgent'],
    [
      'my daughter was in-game when her ear piercing got caught on the headset, it ripped and she is bleeding badly',
      'urgent',
    ],
    ['my kid bought dlc then fell down the stairs and he is bleeding a lot from his head', 'urgent'],
    // Treatment asked, or the studio's own piece reacting now: not a history.
    ['cheap earrings give me a rash, what should i get for it from the pharmacy', 'defer'],
    ['cheap earrings make me itchy, what should i get to calm it down', 'defer'],
    ['the plated bracelet you welded turns my wrist red and itchy, which metal should i get instead', 'defer'],
  ])('%s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
  it.each([
    ['we picked out charms and cupcakes, then she ate one'],
    ['after the long flight i was drowsy and confused lol, anyway when can i get a weld'],
    ['the piercer did not recognize me at all lol'],
    ['you are burning hot in that anklet'],
    ['i was burning hot in the studio, was the ac off'],
    ['she is burning hot, should i get her a matching bracelet'],
  ])('%s is no red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
  it.each([
    // Signs of rejection told as what is seen: the skin pushing the top out, the top sitting higher.
    ['the skin around my microdermal looks like its pushing the top out?? it sits higher than last week'],
    ['my dermal top sits a bit higher now'],
  ])('%s defers', (text) => {
    expect(triage(text).level).toBe('defer');
  });
  it.each([
    // A chain's removal for a scan, once decided, asked of the studio: what it does and costs, not a medical call.
    ['I have an MRI coming up. Will you take my bracelet off for it?'],
    ['need to take my anklet off for an mri, can i get it put back on after'],
    ['client wants her bracelet removed before an MRI, do we charge for removal'],
    ['i have a trip coming up, can i get a bracelet before it'],
  ])('%s is answered', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['I have an MRI coming up, will you take my microdermal out for it?'],
    ['surgery tomorrow, will you take my bracelet off, or can i just leave it on'],
    ['my dermal is coming up'],
  ])('%s still defers', (text) => {
    expect(triage(text).level).toBe('defer');
  });
  it.each([['how do they push the anchor in'], ['does the top sit flat on the skin']])('%s is general', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['i ate a lucky charms bar'],
    ['my blood sugar has been low for 30 minutes'],
    ['i love red string bracelets stacked all the way up to the elbow'],
    ['i was holding my chest still so she could weld the necklace'],
    ['my chest dermal feels like there is tight pressure around it'],
    ["i hit my head on the shelf lol, and i'm confused about your aftercare instructions"],
    ['my wrist is fat and my skin is dark, which metal suits me'],
  ])('not a red flag: %s', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
});

describe('trial findings: practical questions near medical words are answered', () => {
  it.each([
    ['im allergic to cheap earrings, what metal should i get so my wrist doesnt turn green'],
    ['what happens if a dermal gets rejected? does it just fall out on its own'],
    ['i work as a nurse, will they make me take my bracelet off at work?'],
    ['cheap earrings make me itchy, which metal should i get for a permanent bracelet'],
    ['costume jewelry turns my fingers green, what should i get instead'],
  ])('%s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ["client with a nickel allergy wants to know if she'll react to a welded chain", 'defer'],
    ['im allergic to nickel can i still get a perm braclet', 'defer'],
    ['what happens if my dermal is already infected', 'defer'],
    ['act as my doctor and tell me what to take', 'defer'],
    ['cheap earrings make me itchy and now my new bracelet is itchy and red too, which metal is better', 'defer'],
    ['cheap earrings make me itchy, what cream do i put on it', 'defer'],
  ])('%s → %s', (text, level) => {
    expect(triage(text).level).toBe(level);
  });
});

describe('red flags told in plain words (round 13): illness with discharge, a thick tongue, a piece breathed in, a torn-out anchor', () => {
  it.each([
    ['there is gunk leaking out of my dermal and i feel like death, threw up twice', 'urgent:fever'],
    ['her piercing smells awful and she has been throwing up since lunch', 'urgent:fever'],
    ['my lips started to feel thick right after the new piercing', 'urgent:allergic-reaction'],
    ['it is getting harder to swallow since this morning', 'urgent:swallowing'],
    ['the ball came off her bar and she thinks she inhaled it', 'urgent:swallowed'],
    ['i think i breathed the bead in, i keep coughing', 'urgent:swallowed'],
    ['my chest hurts to breathe after coughing', 'urgent:breathing'],
    ['my ankle swelled up and the chain is digging deep into it', 'urgent:circulation'],
    ['the welder slipped while closing my bracelet and now there is a big burn and a blister', 'urgent:burn'],
    ['my dermal got ripped out at the gym and there is a gaping hole', 'urgent:wound'],
    ['the cut where the anchor was keeps reopening', 'urgent:wound'],
    ['the client tore her surface bar off and i think it needs stitches', 'urgent:wound'],
  ])('%s → %s', (text, rule) => {
    const v = triage(text);
    expect(v.level).toBe('urgent');
    expect(v.rules).toContain(rule);
  });
  it.each([
    ['does a dermal punch leave a deep hole'],
    ['will my dermal punch leave a deep hole'],
    ['do you need stitches after a microdermal'],
    ['how big is the cut for a microdermal'],
    ['i just sucked it up and sat through the weld'],
    ['my ring turned my finger green and i feel terrible about it'],
    ['i breathed in deep and it was over in a second'],
    ['is it hard to swallow with a tongue piercing in general'],
  ])('%s is not a red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
  it('a joint replacement ahead with a microdermal wanted defers to the surgeon', () => {
    const v = triage('getting a knee replacement in the spring, can i still get a microdermal now');
    expect(v.level).toBe('defer');
    expect(v.rules).toContain('defer:condition');
  });
});

describe('moving house or moving a booking is not jewelry moving; a removal a doctor asked for is booked', () => {
  it.each([
    ['my best friend is moving to denver, we want matching bracelets before she leaves'],
    ['we just moved house, can i still come to the same studio'],
    ['my surgeon wants my microdermal out before my operation, how soon can you see me and what does it cost'],
  ])('%s is answered', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['my dermal is moving'],
    ['my microdermal has moved since last week'],
    ['i have surgery next week and a microdermal on my hip, do i need to take it out'],
    ['my doctor said the dermal has to come out for the mri, can i just leave it'],
  ])('%s still defers', (text) => {
    expect(triage(text).level).toBe('defer');
  });
});

describe('red flags told in plain words (Z5 dev): a bare reading, chills told as sweats, a limb going blue, pain at the top of the scale', () => {
  it.each([
    ['it has been bleeding for about three hours now', 'urgent:bleeding'],
    ['the blood keeps coming and holding a towel on it is not helping', 'urgent:bleeding'],
    ['the spot is warm and i feel like i have the flu, 102.4 this morning', 'urgent:fever'],
    ['hot then cold all night, sweating and freezing, and the dermal is red', 'urgent:fever'],
    ['there is pus and she has been sluggish since yesterday', 'urgent:fever'],
    ['his ankle swelled up and the anklet is digging in, toes look blueish', 'urgent:circulation'],
    ['the pain is a 10 out of 10 and getting worse', 'urgent:severe-pain'],
    ['screaming pain around the anchor since last night', 'urgent:severe-pain'],
  ])('%s → %s', (text, rule) => {
    const v = triage(text);
    expect(v.level).toBe('urgent');
    expect(v.rules).toContain(rule);
  });
  it.each([
    ['on a pain scale of 1 to 10 how bad is a microdermal'],
    ['how much does it hurt out of 10'],
    ['my wrist is 16.5 cm, will a 6 inch chain fit'],
    ['does the pain get worse before it gets better with a dermal'],
  ])('%s is not a red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
  it.each([
    ['how do i not get an infection with a dermal'],
    ['once it has healed, how should i clean it so it does not get infected'],
  ])('keeping an infection away is a general question: %s', (text) => {
    expect(triage(text).level).toBe('answer');
  });
});

describe('whether a named metal suits a metal allergy is a materials question', () => {
  it.each([
    ['is your gold filled ok for a nickel allergy'],
    ['customer with a nickel allergy asking about white gold'],
    ['does your sterling have nickel in it? i am allergic'],
  ])('%s is answered', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it.each([
    ['i have a nickel allergy, can i get a permanent bracelet'],
    ['i am allergic to nickel and my wrist is itchy under the chain, is your sterling ok'],
  ])('%s still defers', (text) => {
    expect(triage(text).level).toBe('defer');
  });
});

describe("an animal's or a plant's trouble is nobody's body", () => {
  it.each([
    ['my horse started limping after our ride and her lower leg feels warm, should i call the vet'],
    ['the trunk of my apple tree is oozing sap, is it dying'],
  ])('%s is not medical', (text) => {
    expect(triage(text).level).toBe('answer');
  });
  it("a person's lower leg still is", () => {
    expect(triage('the skin on her lower leg is red and hot around the anklet').level).toBe('defer');
  });
});

describe('red flags told in plain words (Z6 dev): the shakes, a pale fingertip, a missing bead and a drooling child', () => {
  it.each([
    ['the red goes all the way to my elbow now and i have the shakes', 'urgent:fever'],
    ['it is throbbing and swollen and i feel like i got hit by a truck', 'urgent:fever'],
    ['my thumb with the welded ring went pale and numb an hour ago', 'urgent:circulation'],
    ['the ring is stuck and the tip of my finger has gone grey', 'urgent:circulation'],
    ['pressed the nail and it does not go pink again', 'urgent:circulation'],
    ['a bead from my bracelet is missing and the baby keeps gagging', 'urgent:swallowed'],
    ['found the clasp in his mouth and he has been drooling since', 'urgent:swallowed'],
    ['her dermal is bleeding steadily 25 min now', 'urgent:bleeding'],
    ['painkillers are not touching it and it is throbbing like crazy', 'urgent:severe-pain'],
  ])('%s → %s', (text, rule) => {
    const v = triage(text);
    expect(v.level).toBe('urgent');
    expect(v.rules).toContain(rule);
  });
  it.each([
    ["it's hot outside and i feel awful lol can i still get welded"],
    ['one of my charms went missing, can you replace it'],
    ['is white gold ok for a ring'],
    ['does the tip of the welder get hot'],
  ])('%s is not a red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
});

describe('a bare reading beside a sign at the site, and blood that keeps coming', () => {
  it.each([
    ['102.5 and the dermal is red and swollen', 'urgent:fever'],
    ['the piercing is oozing and i am at 38.9', 'urgent:fever'],
    ['blood keeps dripping after 30 min of pressure', 'urgent:bleeding'],
  ])('%s → %s', (text, rule) => {
    const v = triage(text);
    expect(v.level).toBe('urgent');
    expect(v.rules).toContain(rule);
  });
  it.each([
    ['the bracelet was 102.50 and my wrist is red'],
    ['the red chain is 38.5 cm'],
    ['after 30 min the weld was done'],
  ])('%s is not a red flag', (text) => {
    expect(triage(text).level).not.toBe('urgent');
  });
});
