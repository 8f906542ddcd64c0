/**
 * The triage table. Each rule has an id (reported with every decision), a level and patterns over the
 * normalised text; `personal` rules fire only when the message is about the asker's own body or piece
 * ("my", "I", "it's", "this"…), so general questions ("can a dermal get infected?") are still answered.
 */
import { PEOPLE } from '../text/lexicon.js';

export interface Rule {
  id: string;
  level: 'urgent' | 'defer';
  patterns: RegExp[];
  personal?: boolean;
}

/** "my", "I", "this" …: the message is about the asker's own situation. */
export const PERSONAL =
  /\b(my|mine|me|myself|i|i am|i have|i got|i just|this|it's|its|it is|is it|it has|it looks|it feels|it still|our|her|his|daughter|son|friend's|kid's|help)\b/;

/**
 * An "it" of a general question, not a report: "how common is it", "how is it actually done", "is it normal for a
 * microdermal to…". Removed before PERSONAL is read.
 */
export const GENERIC_IT =
  /\bhow (common|often|likely|rare|long|much|bad|painful|risky|safe|serious|easy|hard|quick|fast|dangerous) is it\b|\bhow is it (actually |usually |normally |typically |even )?(done|made|put in|put on|removed|taken out|welded|installed|performed|closed)\b|\bis it (normal|common|possible|safe|true|ok|okay|usual|rare) (for|to|that) (a|an|the|someone|people|most|anyone|you)\b/g;

/**
 * Someone else's body: staff relaying a client ("my client says", "customer says her…"), family,
 * friends; or what is left of "what do I tell someone who comes back saying…" once the frame is gone.
 */
export const THIRD_PERSON =
  /\b(clients?|customers?|guests?|walk-?ins?|someone|somebody|she|he|her|his|they|their|them|girlfriend|boyfriend|wife|husband|partner|mom|mum|dad|sister|brother|friend|kid|child|baby|teen)\b[^.?!]{0,60}\b(says?|said|has|had|is|was|got|reports?|complain\w*|noticed|mentioned|came back|comes back|coming back|saying|called|texted|messaged|sent|wants|asking|asks|wondering)\b|^(?:comes back |came back |coming back )?(?:saying|says|said|reports?|reporting|complain\w*)\b/;

/** No owner, but an actual thing described now: "there's discharge around the stud", "the anchor is red". */
export const IMPERSONAL_REPORT =
  /\b(there is|there's|there are|theres)\b|\b(around|near|under|from|at) the (stud|anchor|top|site|piercing|dermal|microdermal|implant|bar|chain|bracelet|anklet|weld|area|hole|wound)\b|\b(around|near|from|at) the skin\b|\bthe (stud|anchor|top|site|piercing|dermal|microdermal|implant|bar|skin|area|wound|spot)\b[^.?!]{0,20}\b(is|looks|feels|has|keeps|started|seems|went|got)\b/;

/** Red flags where the reply is "call the emergency number now", not "go to urgent care". */
export const EMERGENCY_RULES = new Set([
  'urgent:unresponsive',
  'urgent:neuro',
  'urgent:breathing',
  'urgent:chest',
  // A swallowed battery, magnet or piece of jewelry: the emergency number now.
  'urgent:swallowed',
]);

/** Who moves house or moves a booking: the asker and the people a message tells of. */
const MOVERS = ['i', 'we', 'you', 'she', 'he', 'they', ...PEOPLE].join('|');

export const RULES: Rule[] = [
  {
    id: 'urgent:fever',
    level: 'urgent',
    patterns: [
      // Not the idioms: "a fever dream", "fever pitch".
      /\b(fever(?! (dreams?|pitch)\b)|chills|shivering|high temperature|running a temp|temperature is up|hot and cold|sweats)\b/,
      // Signs at the site together with feeling ill: an infection that may be spreading.
      /\b(hot|red|throbbing|swollen|pus|oozing|infected)\b[^?!]{0,80}\b(feel|feeling|felt|am|i'm|getting)\b[^.?!]{0,15}\b(shaky|feverish|sick|nauseous|clammy|unwell|weak)\b/,
      // …or with feeling ill all over: like the flu, achy all over, burning up.
      /\b(hot|red|throbbing|swollen|pus|oozing|infected|discharge|smell\w*)\b[^.?!]{0,100}\b(the flu|flu-?like|(achy|aching|aches|sore) all over|burning up)\b(?! (from|in|because of) (the )?(heat|sun|weather|sauna|summer|hot))/,
      // Discharge or a bad smell with a person feeling ill in everyday words: "leaking gunk and it smells bad and i
      // feel like absolute trash, nauseous", "pus coming out and she has been throwing up".
      // (Not feeling bad about it: "i feel terrible about how it looks".)
      /\b(pus|oozing|leak\w*|gunk\w*|discharge|smell\w*|stinks?|infected|throbbing|swollen)\b[^?!]{0,160}\b(i|she|he|they)( am| is| are| feel| feels| felt| have been| has been| been| keep| keeps| got| started)?\b[^.?!]{0,25}\b(nause\w*|queasy|throwing up|threw up|vomit\w*|wiped out|exhausted|run down|sluggish|lethargic|out of it|feverish|achy|shaky|(been )?(hit|run over) by a (truck|bus|train)|(like )?(absolute |total |complete |utter )?(trash|crap|garbage|death|hell|awful|terrible|horrible)(?! (about|for|that|because|when|it)\b))/,
      // Burning up said of a person ("im burning up", "she's burning up"), and shaking with signs at the site (rigors).
      /\b(i am|am|she is|he is|they are|is|are|been|feel|feels|feeling) (\w+ )?burning up\b(?! (from|in|because of) (the |this |that )?(heat|sun|weather|sauna|summer|hot)| in here| outside)/,
      /\b(hot|throbbing|swollen|pus|oozing|infected|leaking|gunk)\b[^.?!]{0,80}\b(is|are|am|she is|he is|i am|started|keeps?) (shaking|shivering|trembling)\b(?! with (excitement|nerves))/,
      // A person who feels burning hot all over ("he feels burning hot"), not a spot that does.
      // (…with signs of being ill: "…and he is confused", "shaky since the piercing".)
      /^(?=[\s\S]*\b(he|she|they|i) (feels?|is|are|am|feel|was|were) (burning|boiling) hot\b)(?=[\s\S]*\b(shak\w*|shiver\w*|chills|sick|unwell|confus\w*|drows\w*|dizzy|faint\w*|vomit\w*|throwing up|since (the|her|his|my|getting|this))\b)/,
      // A temperature stated as a number: 38 °C and above, 100.4 °F and above.
      /\b(3[89]|4[0-2])([.,]\d)? ?(c|celsius|degrees c)\b|\b(burning up|feverish|temp\w*)\b[^.?!]{0,25}\b(3[89]|4[0-2])([.,]\d)? ?degrees\b|\b(temp(erature)?|thermometer)\b[^.?!]{0,20}\b(3[89]|4[0-2])([.,]\d)?\b/,
      // A bare reading with a word of fever beside it: "i feel like i have the flu, sweating then freezing, 101.8 rn".
      /\b(flu|fever\w*|sweat\w*|freezing|chills|shiver\w*|shak\w*|burning up|hot|temp\w*|red|swollen|infected|pus|oozing|throbbing)\b[^?!]{0,60}\b(10[0-5][.,]\d|3[89][.,]\d|40[.,]\d)\b(?! ?(cm|mm|in|inch\w*|kg|lbs?|%|dollars|bucks|mins?|minutes|hours|miles|km))|\b(10[0-5][.,]\d|3[89][.,]\d|40[.,]\d)\b(?! ?(cm|mm|in|inch\w*|kg|lbs?|%|dollars|bucks|mins?|minutes|hours|miles|km))[^?!]{0,40}\b(flu|fever\w*|sweat\w*|freezing|chills|shiver\w*|burning up|red|swollen|infected|pus|oozing|throbbing)\b/,
      /\b(got|have|having|get|getting|with) the (shakes|chills|sweats|shivers)\b/,
      /\bsweat\w* (and|then|n|&) (freezing|shivering|shaking|cold)\b|\b(freezing|shivering) (and|then|n|&) sweat\w*\b/,
      /\b(10[0-6]|99\.[5-9])([.,]\d)? ?(f|fahrenheit|degrees f)\b|\b(temp(erature)?|thermometer)\b[^.?!]{0,20}\b(10[0-6])([.,]\d)?\b/,
    ],
  },
  {
    id: 'urgent:allergic-reaction',
    level: 'urgent',
    patterns: [
      /\bhives\b/,
      /\b(face|lips?|tongue|eyes?|mouth|throat) (is |are |feels? |got |getting |started )?(swell\w*|swollen|puff\w*|tingl\w*|itch\w*)\b/,
      /\b(rash|welts|hives)\b[^.?!]{0,30}\b(all over|everywhere|whole body|head to toe|spreading)\b|\bcovered in (itchy |red )?(welts|hives|a rash|bumps)\b/,
      // Swelling of the face or airway told as it happens: "my face and eyelids have swollen up", "her lips are huge".
      /\b(face|lips?|tongue|eyelids?|eyes?|mouth|throat)\b[^.?!]{0,30}\b(have|has|is|are|got|gone|went|feels?|keeps?|started)\b[^.?!]{0,15}\b(swell\w*|swollen|puff\w*)\b/,
      /\b(lips?|tongue|throat)\b (is|are|feels?|feel) (so |really |very )?(huge|thick|tight)\b/,
      // …also as it starts: "my tongue started to feel thick", "her lips are getting tight".
      /\b(lips?|tongue|throat)\b (started|starting|begun|began|is starting|is getting|are getting|getting|got|has gotten|went) (to feel |to get |to go )?(so |really |very |all )?(huge|thick|tight|fat|heavy)\b/,
      /\ballergic reaction\b[^.?!]{0,30}\b(bad|severe|serious|spreading|breath\w*)\b/,
      // Itching over the whole body, and the face or lips swelling told in everyday words ("ballooning", "like filler").
      /\bitch\w*\b[^.?!]{0,20}\b(all over|everywhere|whole body|head to toe)\b/,
      // The throat itchy or scratchy, lips huge and tingling, after something new: the airway may be swelling.
      /\b(lips?|tongue|face|mouth)\b[^.?!]{0,80}\bthroat\b (is |feels? )?(kind of |kinda |a bit |really |so |super )?(itchy|scratchy|tingly|weird)\b(?![^.?!]{0,30}\b(cold|flu|hay fever)\b)/,
      /\b(lips?|tongue)\b[^.?!]{0,20}\b(huge|massive|swollen|fat)\b[^.?!]{0,15}\b(tingl\w*|numb|itch\w*)\b/,
      /\b(face|cheeks?|lips?|tongue|eyelids?|mouth)\b[^.?!]{0,25}\b(balloon\w*|blow\w* up|blown up|puff\w* up|like (i|she|he|they) (got|had) filler|twice the size)\b/,
    ],
  },
  {
    id: 'urgent:chest',
    level: 'urgent',
    patterns: [
      // Not the chest as a placement ("a microdermal on the chest hurts more"): that is pain at the jewelry.
      /(?<!\b(on|at|near|above|below|across|under) (the |my |her |his |your |their )?(upper |lower )?)\bchest (pain|hurts?|tight\w*|pressure)\b|\b(pain|pressure|tightness) in (my|the|her|his|their) chest\b|\bheart (is )?(racing|pounding)\b/,
      /\b(crushing|squeezing|stabbing)\b[^.?!]{0,20}\bchest\b|\b(crushing|squeezing) (pain|pressure|feeling) in (the middle of )?(my|her|his|their|the) chest\b|\bchest\b[^.?!]{0,20}\b(crushing|squeezing)\b/,
      // A heavy chest, and pain that travels to the arm or jaw.
      /\bchest (feels?|is|getting|got) (so |really |very )?(heavy|tight)\b/,
      // Pressure told as a weight on it: "feels like an elephant is sitting on my chest".
      /\bchest\b[^.?!]{0,30}\b(sitting on|pressing (on|down)|weight on|elephant|in a vi[cs]e)\b|\b(sitting|pressing) on (my|her|his|their) chest\b/,
      /\bpain\b[^.?!]{0,30}\b(going|goes|spreading|shooting|moving|radiating) (down|into|up) (my|her|his|their|the) (left )?(arm|jaw|shoulder)\b/,
      // An ache or pressure behind the breastbone, a band tightening round the chest, a heavy left arm.
      /\b(ache|aching|pain|pressure|tightness|heavy|heaviness)\b[^.?!]{0,30}\bbehind (my|her|his|their|the) (breastbone|sternum)\b/,
      /\bchest\b[^.?!]{0,60}\bfeels? like\b[^.?!]{0,20}\b(band|belt|strap|vi[cs]e)\b/,
      /\bleft arm\b[^.?!]{0,10}\b(feels?|is|went|gone|got|going)\b[^.?!]{0,10}\b(heavy|numb|weak|tingl\w*|dead)\b(?! (with|from) )/,
      // Told as what was seen or said: clutching the chest, "it feels like heavy pressure".
      /\b(grabb\w*|clutch\w*|clasp\w*|gripping) (at )?(his|her|my|their|the) chest\b/,
      /\bchest\b(?! (dermals?|microdermals?|piercings?|implants?|anchors?|chains?|necklaces?|bars?|jewel\w*))[^.?!]{0,50}\b(heavy|crushing|squeezing|tight) pressure\b|\b(heavy|crushing|squeezing|tight) (feeling of )?pressure (on|in) (my|her|his|their|the) chest\b/,
    ],
  },
  {
    id: 'urgent:swallowing',
    level: 'urgent',
    patterns: [
      // (Not asked of what to expect: "is it hard to swallow with a tongue piercing".)
      /(?<!\b(is it|will it be|would it be|is it going to be|does it get|can it be) )\b(cannot|hard to|harder to|trouble|difficulty|struggling to|hurts to|painful to) swallow\w*\b|\bswallow\w*\b[^.?!]{0,20}\b(hard|harder|difficult|trouble)\b/,
    ],
  },
  {
    // A battery, a magnet or a piece of jewelry swallowed: never "only a thing" (the thing is what was swallowed).
    id: 'urgent:swallowed',
    level: 'urgent',
    patterns: [
      /\b(swallow(ed|s)|ate|eaten)\b[^.?!]{0,25}\b(batter(y|ies)|magnets?|button|charms?|studs?|beads?|jump rings?|(nose |belly |ear )?rings?|earrings?|tops?|balls?|clasps?|chains?|necklaces?|(part|piece|bit) of (a|an|the|her|his|my|their) \w+|jewel\w*)\b(?![^.?!]{0,20}\b(cereal|bar|candy|sweets?|cake)\b)/,
      // A piece breathed in: "thinks she breathed it in", "inhaled the ball off her lip bar".
      /\b(inhaled|aspirated) (it|them|one|the (ball|bead|top|stud|charm|piece|bit|end|clasp|jump ring|back)|a (ball|bead|top|stud|charm|piece|bit))\b|\b(breathed|sucked) (it|them|one|the (ball|bead|top|stud|charm|piece|bit|end|clasp)) (in|down)\b|\b(breathed|sucked) in (the|a) (ball|bead|top|stud|charm|piece|bit|clasp)\b/,
      // A piece gone missing around a small child who now gags, drools, refuses feeds or goes floppy.
      /\b(missing|can'?t find|cannot find|went missing|is gone|lost|not the)\b[^?!]{0,120}\b(gagg\w*|drool\w*|chok\w*|refus\w* (his |her |their |the )?(bottle|food|to eat|feeds?|milk)|not feeding|floppy)\b|\b(in (her|his|their|the baby's) mouth)\b[^?!]{0,80}\b(gagg\w*|drool\w*|chok\w*)\b/,
      // …named first and then swallowed as "it": "grabbed the charm that fell off… i think she swallowed it".
      /\b(batter(y|ies)|magnets?|charms?|studs?|beads?|jump rings?|earrings?|balls?|clasps?|jewel\w*)\b[^.?!]{0,80}\bswallowed (it|one|them|that|some)\b/,
    ],
  },
  {
    id: 'urgent:spreading-redness',
    level: 'urgent',
    patterns: [
      /\bred (streaks?|lines?|stripes?)\b/,
      /\bstreaks?\b.*\b(arm|leg|up|spreading)\b/,
      /\b(redness|red|swelling|rash)\b[^.?!]{0,30}\b(spreading|spreads|spread|getting bigger|growing)\b/,
      /\b(spreading|spreads) (fast|quickly|rapidly)\b/,
      // Redness that outgrows what it was: "now it's the size of my palm", "way past the pen line", "growing outward".
      /\b(redness|rash|swelling|(red|pink|swollen) (area|patch|spot|mark|skin|ring))\b[^.?!]{0,60}\b(growing|spreading|getting bigger|expanding)\b/,
      /\b(redness|rash|swelling|(red|pink|swollen) (area|patch|spot|mark|skin|ring|circle))\b[^?!]{0,80}\bnow\b[^.?!]{0,20}\b(the size of|as big as|twice|bigger than)\b/,
      /\b(redness|red|rash|swelling)\b[^.?!]{0,40}\b(past|beyond|outside|over) the (pen |marker )?(line|mark|circle|outline)\b/,
      // Redness that has grown since: "was the size of a coin, now it covers half my chest".
      /\b(redness|rash|swelling|red (area|patch|spot|mark))\b[^.?!]{0,60}\b(now|has)\b[^.?!]{0,10}\b(covers?|covering|spread\w*|reach\w*|bigger|doubled)\b|\b(covers|covering) (half|most|all|the whole) (of )?(my|her|his|their|the) (arm|leg|chest|wrist|hand|ankle|neck|back|face|body|skin)\b/,
      /\b(swell\w*|puff\w*)\b[^.?!]{0,25}\b(fast|quickly|rapidly|really bad|a lot|huge)\b/,
      /\b(fast|rapid|quick)(ly)?[- ](spreading|swelling|growing)\b/,
      // Redness or heat reaching up the limb: "red, swollen and hot all the way up to the elbow".
      /(?<!\b(stack\w*|wear\w*|layer\w*|love|like|want)\b[^.?!]{0,40})\b(red|redness|swollen|swelling|hot|rash)\b(?! (string|pink|gold|beads?|bracelets?|chains?|bands?|ones?|cords?|threads?))[^.?!]{0,60}\b(all the way|halfway|half way|way|now|creeping|moving|going|goes|went|spread\w*|travel\w*|from (my|her|his|their|the) \w+) (up |up to |to |towards? |into |up into )(my|her|his|their|the) (elbow|shoulder|armpit|knee|thigh|arm|forearm|leg|calf|shin|neck)\b/,
      // A whole limb or side gone swollen or hot: "her whole shoulder is swollen and hot".
      /\b(whole|entire)( \w+)? (arm|leg|shoulder|hand|foot|wrist|ankle|side|chest|neck|finger|collarbone)\b[^.?!]{0,15}\b(swollen|swell\w*|red|hot|puff\w*)\b(?![^.?!]{0,30}\b(from|because of) (the |a |my )?(sun|sunburn|heat|cold|weather|gym|workout)\b)/,
    ],
  },
  {
    id: 'urgent:bleeding',
    level: 'urgent',
    patterns: [
      /\bbleeding\b[^.?!]{0,30}\b(will not|won't|doesn't|does not|wont|cannot|can't) stop\b/,
      /\b(will not|won't|wont) stop bleeding\b|\b(not|cannot|never)( been)?( able to)? (stop|get) (the |this |her |his |it )?(bleed\w*|blood)( to stop)?\b/,
      /\bbleeding (heavily|a lot|non ?stop|everywhere|badly)\b/,
      // Told in everyday words: how much ("like crazy", "so bad"), that it runs ("blood running down my chest"),
      // or that it has not stopped, anywhere in the sentence ("bleeding… holding a towel on it 20 min and it will not stop").
      /\bbleed\w* (like crazy|like mad|like hell|so much|so bad|really bad|a ton|tons|loads)\b/,
      /\bblood\b[^.?!]{0,15}\b(running|streaming|pouring|trickling|dripping)( \w+ly)? (down|out|everywhere|all over|onto|on to|on the (floor|ground))\b/,
      // Still bleeding after twenty minutes or more.
      /\b(bleed\w*|blood(?! (thinn\w*|sugar|pressure|tests?|work|draws?|type|levels?)))\b[^.?!]{0,60}\b(been|for|over|after|more than|almost|nearly)( like| about| around| maybe)? (([2-9]\d|\d{3,})\+?|(twenty|thirty|forty|fifty|sixty)([- ]\w+)?) ?(min|mins|minutes)\b|\b(bleed\w*|blood(?! (thinn\w*|sugar|pressure|tests?|work|draws?|type|levels?)))\b[^.?!]{0,60}\b(half an hour|an hour|over an hour)\b/,
      /\b(bleed\w*|blood(?! thinn\w*))\b[^.?!]{0,60}\b(will not|would not|does not|cannot|has not|have not|is not|not) (stop|stopped|stopping)\b/,
      // …or has not slowed or let up: "blood dripping down her arm. It has not slowed down at all."
      /\b(bleed\w*|blood(?! thinn\w*))\b[^?!]{0,80}\b(will not|does not|has not|have not|is not|not) (slow|slowed|slowing|let up|letting up|ease|eased|easing)\b/,
      // Bleeding through a dressing is heavy bleeding.
      /\bbleed\w* (right )?through (the |a |her |his |my |their )?(gauze|bandage|towel|dressing|plaster|clothes|shirt|tissue)\b/,
      /\bgushing\b/,
      // Blood that keeps coming: "blood keeps dripping", "the blood won't stop coming".
      /\bblood (keeps|kept|is still|still) (dripping|coming|running|pouring|flowing|trickling|seeping)\b/,
      // Spurting, or bleeding in time with the heartbeat, is an artery; a dressing filled again and again is heavy bleeding.
      /(?<!\bgrowth[- ])\bspurt(s|ing|ed)?\b(?![^.?!]{0,20}\b(sparks?|water|ink|juice|oil)\b)|\b(in time with|with every|with each) (his|her|my|their|the) (heart ?beat|pulse)\b/,
      /\b(bandage|gauze|dressing|plaster)\b[^.?!]{0,20}\b(is |are |was )?(full|soaked|filled|drenched)\b(?! (in|with) (saline|water|soap))/,
      /\b(spurt\w*|gush\w*|pour\w*|squirt\w*)\b[^.?!]{0,20}\bblood\b|\bblood\b[^.?!]{0,20}\b(spurt\w*|gush\w*|pour\w*|pump\w*|squirt\w*)\b/,
      /\b(bleed\w*|blood)\b[^.?!]{0,40}\b(for|over|more than|almost|nearly)( about| around| like| maybe| almost| nearly| over)? (an|one|two|three|\d+|a half) (hours?|hrs?)\b/,
      // Bleeding told with how long straight after it: "bleeding steady 20+ min".
      /\bbleed\w* (steady|steadily|nonstop|non stop|straight|constantly|heavily|still)( for| since)?( like| about| around)? ([2-9]\d|\d{3,}) ?(min|mins|minutes)\b/,
      // Pressure that does not stop it: "bleeding steadily… pressing on it isn't helping".
      /\b(bleed\w*|blood)\b[^?!]{0,80}\b(pressing|pressure|holding (a |the )?\w+)\b[^.?!]{0,25}\b(is not|isn't|not|does not|doesn't|did not|didn't) (help\w*|work\w*|stop\w*|do anything)\b/,
      /\b(keeps|kept|still|has not stopped|not stopped|is not stopping|keep) (on )?bleed\w*\b|\bbleed\w* (keeps|kept) going\b|\bkeeps going\b[^.?!]{0,20}\bblood\b/,
      /\b(soaked|soaking|dripping)\b[^.?!]{0,25}\b(blood|gauze|towel|bandage|through)\b|\bblood everywhere\b|\b(lots|so much|a lot) of blood\b/,
    ],
  },
  {
    id: 'urgent:faint',
    level: 'urgent',
    patterns: [
      /\b(faint\w*|passed out|passing out|pass out|passes out|black(ed|ing|s)? out|dizzy|lightheaded|light-headed|collapsed|keel over|going to drop|room is spinning)\b/,
      // Told as what was seen: sliding off the chair, going pale as a sheet.
      /\b(she|he|they|i|client|customer|friend|someone|guy|girl|woman|man)\b[^.?!]{0,20}\b(slid|slumped|slumping|sliding|keeled) (off|out of|down from|over in|over on) (the |her |his |my |their )?(chair|seat|stool|table|bench|bed)\b/,
      /\b(she|he|they|i|client|customer|friend|someone|face)\b[^.?!]{0,15}\b(went|gone|turned|going|turning) (really |super |very |all |completely |ghost |deathly )?(pale|white as a sheet|white as a ghost)\b(?![^.?!]{0,25}\b(when (i|she|he) saw|at the (price|bill)|lol|haha)\b)/,
    ],
  },
  {
    id: 'urgent:breathing',
    level: 'urgent',
    patterns: [
      /\b(trouble|difficulty|hard|harder|struggling|cannot|can't|hurts|painful) (to )?breath\w*\b/,
      /\bshort(ness)? of breath\b/,
      /\b(cannot|can not|hard to|trouble|struggling to) (\w+ly |really |quite )?(catch|get) (my|her|his|their) breath\b/,
      // Breathing that is not right, told plainly: "breathing weird", "short little gasps", lips gone blue.
      /\bbreathing (is |sounds |looks |feels )?(so |really |kind of |kinda |super |very )?(weird|funny|strange|wrong|off|fast|shallow|heavy|labou?red|raspy|noisy|rattly)\b(?![^.?!]{0,20}\b(because|from (nerves|the gym|running|working out))\b)/,
      /\bgasping\b(?! (at|in (surprise|shock|horror))\b)|\b(short|little|tiny|small|shallow|quick) gasps\b/,
      /\b(lips?|mouth|face)\b[^.?!]{0,25}\b(blu(e|ish)|purpl\w*|gr[ae]y(ish)?)\b(?![^.?!]{0,30}\bfrom (the |a |my |that |this )?(\w+ )?(slushie|slushy|lipstick|lip ?gloss|liner|juice|wine|popsicle|candy|drink|food|berries|dye|paint|ink|marker|makeup|polish)\b)/,
      /\b(throat|airway|chest)\b[^.?!]{0,15}\b(closing|tight\w*|swell\w*|swollen|constrict\w*)\b/,
      /\b(throat|tongue|lips?|face) (is )?(closing|swell\w*|swollen|tight)\b/,
      /\bswollen (throat|tongue|lips?|face)\b/,
      /\banaphyla\w*\b/,
      /\bwheez\w*\b/,
      // Whistling with each breath, suffocating, every breath a fight.
      /\bwhistl\w*\b[^.?!]{0,30}\bbreath\w*\b|\bbreath\w*\b[^.?!]{0,30}\bwhistl\w*\b/,
      /(?<!\b(heat|weather|humidity|air|room|studio|traffic|crowd)\b[^.?!]{0,10})\b(feels? like|i am|she is|he is|they are|is|am|keeps?)\b[^.?!]{0,15}\bsuffocat\w*\b(?! (heat|weather|humidity))|\bevery breath is (a fight|hard|a struggle|work)\b|\bfighting for (air|breath|every breath)\b/,
      // Air or a breath that will not come: "cannot get air in", "cannot get a full breath", gasping.
      /\b(cannot|can not|could not|struggling to|hard to) get (any |enough |a |a full |a deep |a proper )?(air|breath)\b/,
      /\b(is|are|am|was|keeps?|kept|started|still|'s|s) gasping\b|\bgasping for (air|breath)\b|\bclutch\w* (at )?(my|her|his|their) (throat|chest)\b/,
    ],
  },
  {
    // Someone not breathing or not responding: call the emergency number, nothing else first.
    id: 'urgent:unresponsive',
    level: 'urgent',
    patterns: [
      /\b(not|is not|are not|stopped|has stopped|no longer) breathing\b|\bno pulse\b/,
      /\b(will not|cannot|can not|does not|is not|not|could not) (wake|waking|be woken|come round|come to|respond\w*)\b(?! to (the|it|treatment|saline|soap|cream|ointment|antibiotics|meds|medication|aftercare)\b)|\b(unresponsive|unconscious)\b/,
      // Not answering the people with her, and hard to wake.
      /(?<!\b(studio|shop|store|phone|salon|they|it)\b[^.?!]{0,15})\bnot (really )?answering (us|me|anyone|anybody|questions|when (we|i|you))\b/,
      /\b(hard|difficult|impossible) to (wake|rouse|keep awake)\b(?! (up )?(in the mornings?|on weekends|usually))|\b(cannot|can not) (keep|get) (her|him|them|me) (awake|to wake)\b/,
    ],
  },
  {
    // Signs of a stroke or a seizure, told the way people say them (FAST: a face drooping, an arm or one side
    // gone weak, speech gone wrong; a fit; sudden confusion; the worst headache of a life; sight going).
    id: 'urgent:neuro',
    level: 'urgent',
    patterns: [
      /\b(seizure|seizing|convuls\w*)\b|\b(having|had|went into) (some (kind|sort) of |a |like a )fit\b(?! (check|guarantee|when|because|about|over|of (rage|anger|laughter|giggles)))/,
      /\bnot making (any )?sense when (she|he|they|i) (talks?|speaks?)\b|\b(talking|saying|speaking) (nonsense|gibberish)\b/,
      /\bfoam\w* at the mouth\b|\b(jerking|twitching|shaking) (uncontrollably|all over|violently|and foaming)\b(?![^.?!]{0,30}\b(nervous|excited|excitement|cold|nerves)\b)/,
      /\bout of it\b[^.?!]{0,40}\b(mumbl\w*|confus\w*|drows\w*|burning up|fever\w*|not making sense)\b|\bmumbl\w*\b[^.?!]{0,40}\b(out of it|not making sense|confus\w*)\b/,
      /\bslurr\w*\b|\b(speech|words|talking)\b[^.?!]{0,25}\b(garbled|jumbled|nonsense|not making sense)\b|\b(cannot|can not|could not) (speak|talk|get (her|his|my|their|the) words out)\b/,
      // Drowsy and confused together, or not knowing the people they know.
      /\b(very|really|so|super|extremely|more and more|getting) (drowsy|lethargic) (and|n|&) (really |very )?(confused|disoriented)\b(?![^.?!]{0,20}\b(lol|lmao|haha)\b)|\b(does not|cannot|can not|is not able to) recogni[sz]e ((me|us) (anymore|now)|(her|his|their) own (kids|children|family|mom|dad|mother|father|husband|wife))\b/,
      /\b(suddenly|really|super|very|all of a sudden) (confused|disoriented)\b|\b(confused|disoriented)\b[^.?!]{0,40}\bwhere (she|he|i|they) (is|am|are|was|were)\b|\b(cannot|can not|does not|do not) (tell|know|remember) (us |me |you )?where (she|he|they|i) (is|am|are)\b/,
      /\b((hit|banged|bumped|smacked|knocked|cracked) ((her|his|my|their|the back of (her|his|my|their)) )?head|head (hit|banged|smacked|cracked|slammed))\b[^?!]{0,80}\b(confus\w*(?! (about|by|with|on|as to|over))|throwing up|threw up|vomit\w*|puk\w*|drows\w*|sleepy|not making sense|out of it)\b(?![^.?!]{0,15}\b(lol|lmao|haha)\b)/,
      /\bworst headache\b|\b(thunderclap|sudden (severe|bad|massive|splitting)) headache\b/,
      /\b(vision|eyesight)\b[^.?!]{0,20}\b(blurr\w*|fuzzy|(going|gone|went) (black|dark|white|weird|funny|fuzzy)|blacked out|double|lost|losing)\b|\bdouble vision\b|\b(cannot|can not|could not) see (out of|properly|straight)\b/,
      /\b(one|left|right) side (of (my|her|his|their|the) (body|face) )?[^.?!]{0,25}\b(numb|weak|droop\w*|paraly\w*|not working|dead)\b|\b(cannot|can not|could not) feel (one|the left|the right) side\b/,
      /\b(arm|leg|hand)\b[^.?!]{0,20}\b(gone|went|is|feels?|going|suddenly) (completely |totally |really |all )?(weak|limp|floppy|dead|numb (and|n) weak|weak (and|n) numb)\b|\b(cannot|can not|could not) (grip|lift|move|hold) (anything|my|her|his|their)\b/,
    ],
  },
  {
    id: 'urgent:severe-pain',
    level: 'urgent',
    patterns: [
      /\b(severe|extreme|unbearable|excruciating|agonizing|agonising|intense|screaming|searing|blinding) (pain|ache|throbbing)\b/,
      // Pain rated at the top of the scale, or out of proportion: "pain is like 10/10 now".
      // (The rules' text has no slash: "10/10" reads "10 10".)
      /\b(pain|hurts?|hurting)\b[^.?!]{0,30}\b(9|10|11) ?(out of )?10\b|\b(9|10|11) ?(out of )?10\b[^.?!]{0,15}\bpain\b|\bpain\b[^.?!]{0,20}\bout of proportion\b/,
      /\b(pain|hurting|hurts|throbbing)\b[^.?!]{0,60}\b(gett?(ing|in) worse|worse and worse|worsening|unbearable|excruciating|so bad i)\b/,
      /\bin agony\b/,
      // Pain that painkillers do not touch, or throbbing "like crazy".
      /\b(painkillers?|pain meds|meds|medicine|ibuprofen|tylenol|advil|paracetamol)\b[^.?!]{0,15}\b(not|n't|is not|are not|isn't|aren't) (touching|helping|working|doing anything)\b|\bthrobb\w* (like crazy|like mad|like hell|so bad|nonstop|non stop)\b/,
    ],
  },
  {
    id: 'urgent:burn',
    level: 'urgent',
    patterns: [
      /\b(burned|burnt|scorched|blister\w*)\b[^.?!]{0,40}\b(weld\w*|laser|spark\w*)\b/,
      // (The welder told first, what it did to the skin later in the sentence: "the welder zapped me when they closed
      // my anklet and there's a blister now".)
      /\b(weld\w*|laser|spark\w*)\b[^.?!]{0,80}\b(burned|burnt|scorched|blister\w*)\b/,
    ],
  },
  {
    // A deep or gaping wound, or one left where a piece was torn out: it may need closing, the same day.
    id: 'urgent:wound',
    level: 'urgent',
    personal: true,
    patterns: [
      // Told as there, not asked of the procedure: "does a dermal punch leave a deep hole", "will it need stitches".
      /(?<!\b(will|would|does|do|did|can|could|might|may|should|is|are)\b[^.?!]{0,40})\b(deep|gaping|gaped|huge|massive) (open )?(cut|wound|gash|tear|hole|laceration)\b|\b(cut|wound|gash|hole)\b[^.?!]{0,30}\b(keeps?|kept|will not stop|won't stop) (opening|reopening|splitting|gaping)\b/,
      /(?<!\b(will|would|does|do|did|can|could|should)\b[^.?!]{0,30})\b(need|needs|needed|might need|will need|gonna need|going to need) (stitches|sutures|stitched|closing up)\b/,
      // Torn or ripped out, with what it left: "the whole anchor got torn out, it's an open wound".
      /\b(torn|ripped|tore|rip|yanked) (\w+ )?(out|off|away)\b[^?!]{0,80}\b(open|deep|gaping|big|huge|nasty|bloody) (cut|wound|gash|hole|tear|flap)\b/,
    ],
  },
  {
    id: 'urgent:embedded',
    level: 'urgent',
    patterns: [
      /\b(embedded|sunk|sinking|buried|stuck) (in|into|under|inside) (the |my )?skin\b/,
      /\bskin\b[^.?!]{0,25}\b(growing|grown|grew|closing|closed|healing) over\b/,
      /\b(grown|grew|growing) over (it|the|my)\b/,
      /\b(disappear\w*|sinking) (into|under) (the |my )?skin\b/,
    ],
  },
  {
    id: 'urgent:circulation',
    level: 'urgent',
    patterns: [
      /\b(turning|turned|gone|going|went|go|is|are|looks?|got)\b[^.?!]{0,25}\b(blue|bluish|blueish|black|purple|purplish|grey|gray|greyish|grayish|dusky|mottled)\b(?![^.?!]{0,30}\bfrom (the |a |my |that |this )?(\w+ )?(slushie|slushy|lipstick|lip ?gloss|liner|juice|wine|popsicle|candy|drink|food|berries|dye|paint|ink|marker|makeup|polish)\b)/,
      // A swollen finger or hand going dark around a welded ring or chain.
      // A finger or toe gone fat and dark, in either order: "finger is fat and going dark", "turned dark and swelled up".
      /\b(fingers?|toes?)\b[^.?!]{0,30}\b(fat|huge|ballooned|puffed up|swell\w*|swollen)\b[^.?!]{0,30}\b(turning|turned|going|gone|went|getting|got) (dark|darker|purple|blue|black)\b|\b(fingers?|toes?)\b[^.?!]{0,20}\b(turning|turned|going|gone|went|getting|got) (dark|darker|purple|blue|black)\b[^.?!]{0,30}\b(swell\w*|swollen|fat|puff\w*)\b/,
      /\b(fingers?|hand|toes?|foot|wrist|ankle)\b[^.?!]{0,40}\b(swell\w*|swollen|puffy)\b([^.?!]{0,60}\b(turning|going|gone|went|looks?|is|getting|got)\b[^.?!]{0,10}| (and|n) )(dark|darker|dark red|discolou?r\w*)\b/,
      /\bskin\b[^.?!]{0,20}\b(mottled|blotchy purple|marbled)\b/,
      /\b(cannot|can't) feel my (fingers|hand|toes|foot|wrist|ankle)\b/,
      /\b(fingers|hand|toes|foot) (are |is )?(cold|numb) and\b/,
      /\btoo tight\b[^.?!]{0,30}\b(numb|blue|swell\w*|circulation)\b/,
      // A chain gone tight with the hand or foot swelling under it: "really tight after a flight, my hand is swollen".
      /\b(really|so|very|super|too|way too|getting|got|feels?) tight\b[^?!]{0,40}\b(hand|fingers?|wrist|foot|feet|ankle|toes?|arm|leg)\b[^.?!]{0,15}\b(swell\w*|swollen|puff\w*|numb|blue|purple)\b/,
      // Said of the asker's circulation, not asked in general ("can a welded bracelet cut off circulation").
      /(?<!\b(can|could|will|would|does|do|might|may)\b[^.?!]{0,40})\b(circulation|blood flow|blood supply)\b/,
      /\b(fingers?|pinky|pinkie|thumb|hand|toes?|foot|feet|wrist|ankle|skin)\b[^.?!]{0,25}\b(white(?! (gold|metal|or))|pale|ice cold|freezing|cold|numb|no feeling|pins and needles|tingl\w*)\b/,
      // (…further on when a ring or chain is on it: "finger w the perm ring went white n numb".)
      /^(?=[\s\S]*\b(rings?|chains?|bracelets?|anklets?)\b)[\s\S]*\b(fingers?|pinky|pinkie|thumb|hand|toes?|foot|feet|wrist|ankle)\b[^.?!]{0,40}\b(white(?! (gold|metal|or))|pale|ice cold|freezing|cold|numb|no feeling|pins and needles|tingl\w*)\b/,
      // The tip or the nail gone pale or grey by a ring or chain: "the tip has gone white", "does not go pink again".
      /^(?=[\s\S]*\b(rings?|chains?|fingers?|toes?|pinky|thumb)\b)[\s\S]*\b(tip|fingertip|nails?)\b[^.?!]{0,20}\b(white|pale|grey\w*|gray\w*|blu\w*|purpl\w*|black|dusky)\b|\b(does not|doesn't|will not|won't|not) (go|turn|come back) pink\b/,
      /\b(cannot|can not) feel (my|her|his|their|the) \w+\b|\b(fingers?|toes?|hand|foot|wrist|ankle)\b[^.?!]{0,40}\b(cannot|can not) feel (it|them|anything)\b/,
      /\b(cutting|cuts|dig\w*|squeez\w*|strangl\w*|biting|sinking) (deep |deeply |right |hard |way |really )?(into|off)\b/,
      // …"digging in" with the limb swelling or changing colour ("the chain is digging in n his hand looks blueish").
      /\b(digging|cutting|biting) in\b[^?!]{0,60}\b(swell\w*|swollen|blu\w*|purpl\w*|numb|cold|white|pale|dark)\b|\b(swell\w*|swollen|crushed)\b[^?!]{0,60}\b(digging|cutting|biting) in\b/,
      // Feeling lost, or one side of the face numb or drooping.
      /\b(lost|losing) (all |any )?(the )?(feeling|sensation)\b|\bno (feeling|sensation) in\b/,
      /\b(face|cheek|lip|mouth|side)\b[^.?!]{0,20}\b(went|gone|going|is|feels?) (numb|droopy|drooping)\b|\b(face|mouth|eye|eyelid|lip|smile)s?\b[^.?!]{0,20}\bdroop\w*\b/,
    ],
  },
  {
    id: 'defer:symptom',
    level: 'defer',
    personal: true,
    patterns: [
      /\b(pus|oozing|discharge|crust\w*|yellow (stuff|fluid|liquid|goo|gunk)|green (stuff|fluid|liquid)|smell\w*|stink\w*|rash|itchy|itching|bumps?|lumps?|bleeds|keloid|reacting to|hypertroph\w*|bruis\w*|numb(?!ers?\b)\w*|tingl\w*|scab\w*|irritat(ed|es|ing|ion|ions)|(seems?|seemed|starting|started|begun|begin|keeps?|kept) to irritate|inflam\w*|weeping|blister\w*)\b/,
      /\b(is|looks|looking|gone|got|getting|turned|very|really|so|super|all|bit) (red|swollen|puffy|inflamed|hot|warm)\b/,
      /\bred (and|around|bump|mark|ring|skin|spot)\b|\b(redness|reddish|swollen|swelling|puffy|throbbing|bleeding|bled)\b/,
      /\b(hot|warm) (to the touch|and|around)\b|\bfeels? (hot|warm)\b/,
      /\b(infected|infection)\b/,
      /\b(rejecting|migrating|coming out|pushing out|sticking out|growing out|falling out|lifting up)\b/,
      // Of the jewelry, not of a person moving house or an appointment moved ("my best friend is moving to denver",
      // "we moved the booking to friday").
      new RegExp(
        `(?<!\\b(${MOVERS}) )\\b(is|it's|keeps|has been|started|starting) (moving|shifting|lifting|sinking)\\b(?! (away|house|out|abroad|back home|in with|states|cities|countries)\\b)|(?<!\\b(${MOVERS}) (just |already |have |had |has )?)\\b(moved|shifted)\\b(?! (away|house|out|abroad|back home|in with|states|cities|countries|(my|the|her|his|our|their|your) (appointment|appt|booking|date|slot|deposit|session|party)s?)\\b)`,
      ),
      // Discharge in other words, soreness and warmth, chafed or raw skin.
      /\b(leak\w*|seep\w*|weep\w*)\b[^.?!]{0,20}\b(fluid|liquid|clear|yellow|white|stuff|goo|blood)\b|\b(fluid|liquid)\b[^.?!]{0,15}\b(coming|leaking|oozing)\b/,
      /\b(is|are|its|feels?|looks?|got|getting|gone|still|so|really|very) ((kinda|kind of|a bit|a little|pretty|quite) )?(sore|tender|warm|hot|raw)\b|\b(sore|tender) and (warm|hot|red|swollen)\b/,
      /\b(rubbed|rubbing|chaf\w*)\b[^.?!]{0,20}\b(raw|sore|red|skin|spot|patch)\b|\braw (spot|skin|patch|area)\b/,
      // Signs of migration or rejection: more of the jewelry showing, the skin over it thinning.
      /\b(showing|see|seeing|can see) more\b|\b(showing|poking|coming|pushing) (through|out of) (the |my |her )?skin\b|\bskin\b[^.?!]{0,20}\b(thin|thinner|thinning|shiny|see-through|translucent)\b/,
      /\b(push\w*|coming|growing|working|poking) (the (top|bar|anchor|jewelry|base|stud|plate) |it )out\b|\b(sits?|sitting|sat) (a bit |a little |way )?(higher|lower|deeper|up more)\b/,
      /\b(it|it's|its|dermal|microdermal|anchor|top|bar|base|plate|stud|jewelry|piercing)s? (is |keeps |started |has been |seems to be )?(coming up|rising)\b/,
      /\b(sitting (higher|lower)|crooked|tilt\w*|see (more of )?the (base|bar|anchor|plate)|looks? (different|weird|wrong|off|strange|bigger))\b/,
      /\b(swell\w*|hurt\w*|itch\w*|throb\w*|aching|aches|sting\w*|burn\w*|tender|sore|pink|red|puffy)\b[^.?!]{0,20}\b(for (a few |a couple of |\w+ |\d+ )?(days|weeks)|since|still|again|getting worse)\b/,
      /\b(it|mine|my \w+) (still )?(hurts|is (so |really )?(painful|sore)|aches)\b/,
      /\bstill (hurts?|painful|sore)\b/,
      // Signs that linger or grow: "still a bit pink around the top", "hurts more now than on day one".
      /\bstill (a bit |a little |slightly |kind of |kinda |very |really |so )?(pink|red|sore|swollen|puffy|tender|crusty|weeping|bruised)\b(?! (heart|charm|bracelet|chain|gold|stone|bead|one)\b)/,
      /\b(hurts?|aches?|sore|painful|swollen|red)\b[^.?!]{0,10}\b(more|worse) (now|than|every|each)\b/,
      // A report ("it hurts when i sleep on it"), not a question of what to expect ("will it hurt when i sleep on it").
      /(?<!(?:^|[.?!,;]\s*|\b(?:how|what|why|when|and|but|or|so)\s+)(will|would|does|do|did|can|could|might|may|should|gonna|going to)\b[^.?!]{0,30})\b(hurts?|painful|sore) (so much|a lot|really bad|when i|every time)\b/,
    ],
  },
  {
    // "will not stop swelling", "does not stop hurting": a symptom that goes on is a report, whoever's it is.
    id: 'defer:symptom-persists',
    level: 'defer',
    patterns: [
      // What does not stop is a symptom ("will not stop swelling", "it will not stop."), not any verb ("will not stop crashing").
      /\b(will not|not|never) stop (bleed|swell|hurt|itch|ooz|throb|ach|burn|sting|leak|weep|drain|puff|pulsing)\w*|\b(will not|not|never) stop\s*([.?!,]|$)|\b(pain|ache|aching|swelling|bleeding|redness|itching|throbbing)\b[^.?!]{0,15}\b(will not|not|never) stop\b|\b(will not|not|never) stop being (red|swollen|sore|puffy|itchy|painful)\b|\b(will not|not|never) (heal|go away|get better|settle)\w*\b|\b(heal|go away|get better)\w* (will not|not)\b/,
    ],
  },
  {
    id: 'defer:symptom-described',
    level: 'defer',
    patterns: [
      /\b(pus|oozing|discharge|crusty|crusting|rash|itchy|itching|weeping|lifting up|sticking out|smells? bad|stinks)\b/,
    ],
  },
  {
    id: 'defer:medication',
    level: 'defer',
    patterns: [
      /\b(antibiotics|painkillers?|ointment|creams?|lotion|salve|peroxide|rubbing alcohol|alcohol (on|to clean|wipes?)|tea tree|betadine|iodine|bactine|steroids?|antihistamines?|benadryl|medicine|medication|meds|pills?|(?<!\b(pos|ipad|android|samsung|drawing|graphics|kiosk|register|studio's|shop|work) )tablets?(?! (screen|app|device|charger|password|case|stand))|dosage|dose|prescri\w*|numbing)\b/,
      // Drug and product names (antibiotics, pain relief, antihistamines, antiseptics, topicals).
      /\b(amoxicillin|amoxil|augmentin|penicillin|cephalexin|keflex|clindamycin|doxycycline|azithromycin|zithromax|ciprofloxacin|cipro|bactrim|flucloxacillin|mupirocin|bactroban|fucidin|fusidic|polysporin|neosporin|bacitracin|silvadene|hydrocortisone|cortisone|cortizone|prednisone|zyrtec|cetirizine|claritin|loratadine|allegra|fexofenadine|diphenhydramine|tylenol|ibuprofen|advil|motrin|aleve|naproxen|aspirin|paracetamol|acetaminophen|lidocaine|emla|arnica|witch hazel|chlorhexidine|hibiclens|dettol|savlon|sudocrem|vaseline|aquaphor|bepanthen|epipen|epinephrine|painkiller)\b/,
      /\bhydrogen peroxide\b|\b(isopropyl|rubbing|surgical) (alcohol|spirit)\b|\b(bleach|vinegar|toothpaste|essential oils?|coconut oil)\b[^.?!]{0,30}\b(on|clean|put|use|apply)\b|\b(put|use|apply|clean)\b[^.?!]{0,30}\b(bleach|vinegar|toothpaste|essential oils?|coconut oil)\b/,
      /\b\d+ ?(mg|ml|mcg)\b/,
    ],
  },
  {
    id: 'defer:diagnosis',
    level: 'defer',
    patterns: [
      /\bdiagnos\w*\b/,
      /\bwhat (is|could) (this|it|that) be\b/,
      // Not the second half of a question about jewelry in general ("does a dermal hurt a lot or is it fine"),
      // nor a verdict on something the asker means to do ("is it bad if i sleep on my microdermal").
      /(?<!\bor )\bis (this|it|that|mine) (normal|ok|okay|fine|bad|serious|infected|an infection|a keloid|rejecting|healing (right|properly|ok|okay|normally))\b(?! to | for (a|an|people|someone|everyone)\b| if (i|you|we)\b)/,
      /\bor is (this|it|that|mine) (normal|ok|okay|fine|bad|serious|infected|an infection|rejecting)\b(?=[\s\S]*\b(my|mine|her|his|their|our|your|its)\b)|\b(my|mine|her|his|their|our|your|its)\b[\s\S]*\bor is (this|it|that|mine) (normal|ok|okay|fine|bad|serious|infected|an infection|rejecting)\b/,
      /\b(should|do) i (see a doctor|go to (the )?(doctor|hospital|er|a&e))\b/,
      /\b(is|are) (my|her|his|their|the client's|the customer's) [\w-]+( [\w-]+)? (healing|heal\w*|doing|looking|coming along|ok|okay|normal|fine|infected|rejecting)\b/,
      /\b(does|do) (this|it|mine|my \w+( \w+)?) (look|seem|sound) (ok|okay|normal|fine|right|infected|bad|good|healed|healthy)\b/,
      /\bshould i (be )?(worried|concerned|panic)\b|\b(is|it) (that|this) (bad|normal|serious|ok|okay)\b/,
      // "…, normal or not": asking for a verdict on what was just described.
      /\b(normal|okay|ok|fine|bad) or not\b/,
      /\bdo i need (a|to see a) (doctor|gp|nurse)\b/,
      /\b(what's|whats|what is|something) wrong with (it|my|this)\b/,
      /\bwhy (is|does) (it|my \w+) (hurt|swell\w*|bleed\w*|itch\w*|red|look)\b/,
    ],
  },
  {
    id: 'defer:condition',
    level: 'defer',
    personal: true,
    patterns: [
      // A metal allergy or sensitive skin, unless the question is which metal to choose (the guidance names
      // hypoallergenic metals): "i'm allergic to cheap earrings, what metal should i get".
      // (…nor whether a named metal suits it: "is ur gold filled ok for a nickel allergy", "client w/ nickel allergy
      // asking about white gold", "does your sterling have nickel".)
      /^(?![\s\S]*\b((what|which) (kind of |type of )?(metals?|materials?|chains?)\b|what (should|do|would|can) i (get|choose|pick|go with|wear)\b|best metal\b|(is|are) (your|ur|the|this|that|y'?all'?s?) [\w -]{0,20}\b(gold|silver|sterling|titanium|gold-filled|filled|platinum|palladium|metals?|chains?)\b[^.?!]{0,30}\b(ok|okay|safe|fine|good|alright|nickel[- ]free|hypoallergenic)\b|(asking|ask|asks|wondering|curious) about (white |rose |yellow |solid )?(gold|silver|sterling|titanium|gold-filled|platinum|palladium)\b|(does|do) (your|ur|the) [\w -]{0,20}\b(gold|silver|sterling|gold-filled|chains?|metals?) (have|contain|has) (any )?nickel\b))[\s\S]*\b(allergic|nickel|sensitive skin)\b/,
      /\b(pregnan\w*|breastfeed\w*|nursing|diabet\w*|blood thinners?|warfarin|eliquis|xarelto|anticoagul\w*|ha?emophilia|bleeding disorder|eczema|psoriasis|keloids?|immun\w*|autoimmune|lupus|hiv|chemo\w*|cancer|heart condition|pacemaker|epilep\w*|on accutane|isotretinoin)\b/,
      // A medical procedure or scan ahead with an implant in: "I have an MRI next month and a microdermal in my chest".
      // (Not once a doctor has asked for it out and the studio is asked to do it: "my surgeon wants my microdermal out
      // before my operation, how quickly can you see me and what does removal cost".)
      /^(?![\s\S]*\b(surgeon|doctor|dr|hospital|nurse|anesthesiologist|anaesthetist|radiologist|medical team|care team)s?\b[^.?!]{0,20}\b(wants?|said|says|told|asked|needs?|requires?)\b[^.?!]{0,30}\b(out|removed|taken out)\b(?=[\s\S]*\b(you|your|we|studio|book|appointment|appt|see me|get me in|cost|price|charge|fee|how (soon|quickly|fast))\b))[\s\S]*(\b(mri|x-?rays?|ct scan|surgery|(an|my|her|his) operation|(hip|knee|joint|shoulder) replacement|c-?section)\b[^?!]{0,80}\b(microdermal|dermal|implant\w*|anchor|piercing)\b|\b(microdermal|dermal|implant\w*|anchor|piercing)\b[^.?!]{0,60}\b(mri|x-?rays?|ct scan|surgery|operation|(hip|knee|joint|shoulder) replacement|c-?section)\b)/,
      // …and whether a welded chain may stay on for one ("I have surgery next week, do I have to cut it off?"): the
      // medical team decides. How a chain comes off for one ("how does removal work", "how would that work") is general.
      // (Nor a chain already cut for one, "I had to cut off my permanent necklace for a surgery", unless keeping it on is asked.)
      // (Nor the removal itself asked for, once it is decided: "will you take my bracelet off for it?", "do we charge
      // for removal", "can it be put back on afterwards" — unless keeping it on is asked.)
      /^(?:(?=[\s\S]*\b(keep|leave)\b[^.?!]{0,20}\bon\b|[\s\S]*\binstead\b)|(?![\s\S]*\b(will|can|could|would|do|does) (you|we|the studio|they|y'?all) (take|cut|get|snip|remove) (it|them|my \w+|her \w+|his \w+|their \w+) off\b)(?![\s\S]*\b(charge|cost|fee|price)\w*\b[\s\S]*\b(remov\w*|cut\w* (it |them )?off|tak\w* (it |them )?off)\b|[\s\S]*\b(remov\w*|cut\w* (it |them )?off|tak\w* (it |them )?off)\b[\s\S]*\b(charge|cost|fee|price)\w*\b)(?![\s\S]*\b(put|get|have) (it|them) (put )?back on\b|[\s\S]*\bre-?weld\w* (it |them )?(after|afterwards|later)\b))(?![\s\S]*\bhow (does|would|will) (the )?(removal|that|it|this|taking it off|cutting it off) work\b|[\s\S]*\bhow (do|would|will|can|could) (they|you|i|we|the hospital|the nurses?) (get|cut|take|snip) (it|them|the \w+) off\b)(?![\s\S]*\b(already (cut|took|taken|removed)|got (it|them) cut|(it|they|the \w+) (was|were) cut|had to cut)\b(?![\s\S]*\b(keep|leave|instead)\b))[\s\S]*(\b(mri|x-?rays?|ct scan|surgery|(an|my|her|his) operation)\b[^?!]{0,80}\b(bracelet|anklet|necklace|chain|ring|jewel\w*)\b|\b(bracelet|anklet|necklace|chain|ring|jewel\w*)\b[^.?!]{0,60}\b(mri|x-?rays?|ct scan|surgery|operation)\b)/,
    ],
  },
  {
    id: 'defer:doctor-roleplay',
    level: 'defer',
    patterns: [
      // (Not a job: "i work as a nurse".)
      /(?<!\b(work|works|working|worked|job|employed|trained|training)\b[^.?!]{0,10})\bas (my|a) (doctor|nurse|physician|dermatologist)\b/,
      /\b(pretend|act|roleplay|role-play)\b[^.?!]{0,25}\b(doctor|nurse|physician|dermatologist)\b/,
      /\byou(?:'re| are) (my|a) (doctor|nurse)\b/,
      /\bmedical (advice|opinion)\b/,
    ],
  },
  {
    id: 'defer:photo',
    level: 'defer',
    patterns: [
      /\b(photo|picture|pic|image|selfie|screenshot)\b[^.?!]{0,30}\b(my|of it|of this|wound|piercing|dermal|wrist|skin)\b/,
      /\b(look at|check out|take a look at) (this|my|the (photo|pic|picture))\b/,
    ],
  },
];
