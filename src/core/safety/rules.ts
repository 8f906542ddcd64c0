/**
 * The triage table. Each rule has an id (reported with every decision), a level and patterns over the
 * normalised text; `personal` rules fire only when the message is about the asker's own body or piece
 * ("my", "I", "it's", "this"…), so general questions ("can a dermal get infected?") are still answered.
 */
export interface Rule {
  id: string;
  level: 'urgent' | 'defer';
  patterns: RegExp[];
  personal?: boolean;
}

/** "my", "I", "this" …: the message is about the asker's own situation. */
export const PERSONAL =
  /\b(my|mine|me|myself|i|i am|i have|i got|i just|this|it's|its|it is|is it|it has|it looks|it feels|it still|our|her|his|daughter|son|friend's|kid's|help)\b/;

export const RULES: Rule[] = [
  { id: 'urgent:fever', level: 'urgent', patterns: [/\b(fever|chills|shivering|high temperature|running a temp)\b/] },
  {
    id: 'urgent:spreading-redness',
    level: 'urgent',
    patterns: [
      /\bred (streaks?|lines?|stripes?)\b/,
      /\bstreaks?\b.*\b(arm|leg|up|spreading)\b/,
      /\b(redness|red|swelling|rash)\b[^.?!]{0,30}\b(spreading|spreads|spread|getting bigger|growing)\b/,
      /\b(spreading|spreads) (fast|quickly|rapidly)\b/,
      /\b(swell\w*|puff\w*)\b[^.?!]{0,25}\b(fast|quickly|rapidly|really bad|a lot|huge)\b/,
      /\b(fast|rapid|quick)(ly)?[- ](spreading|swelling|growing)\b/,
    ],
  },
  {
    id: 'urgent:bleeding',
    level: 'urgent',
    patterns: [
      /\bbleeding\b[^.?!]{0,30}\b(will not|won't|doesn't|does not|wont|cannot|can't) stop\b/,
      /\b(will not|won't|wont) stop bleeding\b/,
      /\bbleeding (heavily|a lot|non ?stop|everywhere|badly)\b/,
      /\bgushing\b/,
    ],
  },
  {
    id: 'urgent:faint',
    level: 'urgent',
    patterns: [/\b(faint\w*|passed out|passing out|blacked out|dizzy|lightheaded|light-headed|collapsed)\b/],
  },
  {
    id: 'urgent:breathing',
    level: 'urgent',
    patterns: [
      /\b(trouble|difficulty|hard|struggling|cannot|can't) (to )?breath\w*\b/,
      /\bshort(ness)? of breath\b/,
      /\b(throat|tongue|lips?|face) (is )?(closing|swell\w*|swollen|tight)\b/,
      /\bswollen (throat|tongue|lips?|face)\b/,
      /\banaphyla\w*\b/,
      /\bwheez\w*\b/,
    ],
  },
  {
    id: 'urgent:severe-pain',
    level: 'urgent',
    patterns: [
      /\b(severe|extreme|unbearable|excruciating|agonizing|agonising|intense) (pain|ache|throbbing)\b/,
      /\b(pain|hurting|hurts|throbbing)\b[^.?!]{0,30}\b(getting worse|worse and worse|worsening|unbearable|excruciating|so bad i)\b/,
      /\bin agony\b/,
    ],
  },
  {
    id: 'urgent:burn',
    level: 'urgent',
    patterns: [
      /\b(burned|burnt|scorched|blister\w*)\b[^.?!]{0,40}\b(weld\w*|laser|spark\w*)\b/,
      /\b(weld\w*|laser|spark\w*)\b[^.?!]{0,40}\b(burned|burnt|scorched|blister\w*)\b/,
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
      /\b(turning|turned|gone|going|went|go|is|are|looks?|got)\b[^.?!]{0,15}\b(blue|black|purple|grey|gray)\b/,
      /\b(cannot|can't) feel my (fingers|hand|toes|foot|wrist|ankle)\b/,
      /\b(fingers|hand|toes|foot) (are |is )?(cold|numb) and\b/,
      /\btoo tight\b[^.?!]{0,30}\b(numb|blue|swell\w*|circulation)\b/,
    ],
  },
  {
    id: 'defer:symptom',
    level: 'defer',
    personal: true,
    patterns: [
      /\b(pus|oozing|discharge|crust\w*|yellow (stuff|fluid|liquid|goo|gunk)|green (stuff|fluid|liquid)|smell\w*|stink\w*|rash|itchy|itching|bump|lump|keloid|hypertroph\w*|bruis\w*|numb\w*|tingl\w*|scab\w*|irritat\w*|inflam\w*|weeping|blister\w*)\b/,
      /\b(is|looks|looking|gone|got|getting|turned|very|really|so|super|all|bit) (red|swollen|puffy|inflamed|hot|warm)\b/,
      /\bred (and|around|bump|mark|ring|skin|spot)\b|\b(redness|reddish|swollen|swelling|puffy|throbbing|bleeding|bled)\b/,
      /\b(hot|warm) (to the touch|and|around)\b|\bfeels? (hot|warm)\b/,
      /\b(infected|infection)\b/,
      /\b(rejecting|migrating|coming out|pushing out|sticking out|growing out|falling out|lifting up)\b/,
      /\b(is|it's|keeps|has been|started|starting) (moving|shifting|lifting|sinking)\b|\b(moved|shifted)\b/,
      /\b(it|mine|my \w+) (still )?(hurts|is (so |really )?(painful|sore)|aches)\b/,
      /\bstill (hurts?|painful|sore)\b/,
      /\b(hurts?|painful|sore) (so much|a lot|really bad|when i|every time)\b/,
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
      /\b(antibiotics|painkillers?|ointment|creams?|lotion|salve|peroxide|rubbing alcohol|alcohol (on|to clean|wipes?)|tea tree|betadine|iodine|bactine|steroids?|antihistamines?|benadryl|medicine|medication|meds|pills?|tablets?|dosage|dose|prescri\w*|numbing)\b/,
      /\b\d+ ?(mg|ml|mcg)\b/,
    ],
  },
  {
    id: 'defer:diagnosis',
    level: 'defer',
    patterns: [
      /\bdiagnos\w*\b/,
      /\bwhat (is|could) (this|it|that) be\b/,
      /\bis (this|it|that|mine) (normal|ok|okay|fine|bad|serious|infected|an infection|a keloid|rejecting|healing (right|properly|ok|okay|normally))\b(?! to | for (a|an|people|someone|everyone)\b)/,
      /\b(should|do) i (see a doctor|go to (the )?(doctor|hospital|er|a&e))\b/,
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
      /\b(pregnan\w*|breastfeed\w*|nursing|diabet\w*|blood thinners?|warfarin|eliquis|xarelto|anticoagul\w*|ha?emophilia|bleeding disorder|allergic|nickel|sensitive skin|eczema|psoriasis|keloids?|immun\w*|autoimmune|lupus|hiv|chemo\w*|cancer|heart condition|pacemaker|epilep\w*|on accutane|isotretinoin)\b/,
    ],
  },
  {
    id: 'defer:doctor-roleplay',
    level: 'defer',
    patterns: [
      /\bas (my|a) (doctor|nurse|physician|dermatologist)\b/,
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
