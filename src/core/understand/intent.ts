/** What kind of answer a question wants, and which studio fact a business question asks for. */

/** The shape of answer a question asks for. */
export type Intent = 'definition' | 'how-long' | 'how-to' | 'comparison' | 'list' | 'business' | 'yes-no' | 'other';

/** Studio facts a business question can ask for (answered only from a studio's own knowledge). */
export type StudioAsk =
  | 'price'
  | 'hours'
  | 'booking'
  | 'deposit'
  | 'late'
  | 'age'
  | 'address'
  | 'payment'
  | 'gift-card'
  | 'events'
  | 'policy'
  | 'discount'
  | 'contact'
  | 'products'
  | 'services'
  | 'visit';

const STUDIO_ASKS: [StudioAsk, RegExp][] = [
  [
    'price',
    // A bare "how much" closing a clause ("necklace 20 inches how much", "fancy tops? how much") asks a price.
    // The cheapest of what this studio offers ("whats the cheapest thing u guys do"), not cheap jewelry in general.
    /\b(your|ur) (cheapest|least expensive)\b|\b(cheapest|least expensive)\b[^?.!]{0,25}\b(you|y'?all|the studio) (do|have|sell|offer|carry|weld)\b|\b(lowest prices?|starting prices?|prices?|pricing|priced|how much (is|are|for|does|do|would|will|to)\b(?![^?.!]*\b(hurt|pain|heal|time|weeks?|clean|swell|bleed)))|^(?![\s\S]*\b(hurt|pain|heal|swell|bleed|sore)\w*)[\s\S]*\bhow much\s*([?!.,]|$)|\b(a hundred|hundred|\d+) (bucks|dollars)\b(?=[\s\S]*\b(at (your|the) (place|studio|shop)|you (guys )?charge|here)\b)|\bwhat (do|should|would|can) (i|we) quote\b|\b(get|give) (a|her|him|them|the client|the customer) (a )?quote\b|\bcharge(s|d)?\b(?! (my|your|ur|the|a|an|his|her|their|our) (phone|laptop|battery|batteries|car|ev|tablet|ipad|watch|device|airpods|headphones|controller|camera|vape|scooter|bike)s?\b)|\bfees?\b|\bexpensive\b|\bafford|\b(up|sur)charges?\b|\bcost extra\b|\b(have|need) to pay\b|\bpay (for|to)\b|\bis (it|that|this) free\b|\b(what|how much)\b[^?.!]{0,30}\bcosts?\b|\bcosts? (for|to get|to do|to have|me|her|him|them|us|in)\b|\b(does|do|will|would|did|should) (it|that|this|they|those|one|a \w+|an \w+|the \w+) cost\b|\bcosts?\s*([?!.]|$)|\bwhat (would|will|does|do) (that|it|this|all that|those|they) (be|b|come to|run( me)?|set me back)\s*([?!.,]|$)|\b(is|are|would|will|does|do) (that|it|this|those|they) (be |cost )?extra\s*([?!.,]|$)|\bextra (charge|cost|fee)s?\b|\b(what|how much)('s| is| would| will| does)? (the|my|our|her|his|their|a) total\b|\btotal (be|come to|would be|will be|is|for)\b/,
  ],
  [
    'hours',
    // Not hours as a duration ("stuck in the chair for hours", "two hours").
    /(?<!\b(for|few|many|\d+|two|three|several|couple of|an?|the) )(?<!\b(minutes?|mins?|days?|weeks?) (or|to) )\bhours\b(?! (later|after|ago|before|long))|(?<!\b(split|cut|burst|ripped|rip|torn|tore|broke|broken|cracked|popped|pop|busted|bust|slit|pried|wide|came|come|comes|coming|break|breaking|stay|stays|staying|remain|remains|left|keep|keeps) )\bopen(ing)?( times| hours)?\b(?! (wounds?|sores?|holes?|cuts?))|\b(close[sd]?|closing)\b(?!\s+(it|them|to|by|up to)\b|\s+(with|using|by)\b|\s+(the|a|an|my|your|her|his|their|this|that)\s+(\w+\s+)?(wound|skin|chain|loop|gap|bracelet|anklet|necklace|ring|weld|hole|link|clasp|piece|jewelry)\b)|\bwhat time\b|\b(latest|late) nights?\b|\b(stop|last) (welding|weld|walk-?ins?|appointments?)\b/,
  ],
  [
    'booking',
    // Walk-ins as a policy ("do you take walk-ins"), not a person ("a nervous walk-in wants to know").
    // Not "before booking": a time clause says when the question matters, not that a booking is asked about.
    /(?<!\b(before|after|when|since) )\b(book(ing|ed)?|reserv\w*|(take|accept|allow|do|welcome)( an?)? walk[- ]?ins?|(for|as) (an? )?walk[- ]?ins?|walk[- ]?ins? (welcome|ok|okay|allowed|available|only)|walk in\b(?! (the|a|an|my|your))|appointments? (available|availability|slots?)|availability|schedul\w*|wait ?list|same[- ]day)\b/,
  ],
  [
    'deposit',
    // Not coming at all is a no-show: what happens to the deposit.
    /\b(deposits?|cancel\w*|reschedul\w*|no[- ]shows?|refund\w*)\b|\b(i|we|she|he|they|you|client|customer) (do not|did not|cannot|could not|will not) (show up|make it|turn up|come in)\b|\bmiss(ed|ing)? (my|the|an|our|your|her|his|their) (appointment|appt|booking|slot)\b|\bnot (showing|turning) up\b|\bhow much\b(?! pressure)[^?.!]{0,25}\b(put|leave) down\b(?! on)|\b(put|leave) (something|money|anything|a little) down\b/,
  ],
  [
    'late',
    // Coming late: how long a spot is held.
    /\b(late fee|running late|running behind|(\d+|few|couple of) min(ute)?s? (late|behind)|(i|we|she|he|they|you|client|customer) (am|are|is|was|were|will|might|may|could|going|gonna|running|be)\b[^?.!]{0,20}\blate\b(?! (in|at|into|night|nights)\b)|lose (my|her|his|their|the|our) (spot|slot|appointment|booking)|grace period|stuck in traffic|hold (my|her|his|their|the|a|your) (spot|slot|appointment|booking))\b/,
  ],
  [
    'age',
    /\b(how old(?! (is|are) (the|your|ur|that|this|our) (piercer|artist|owner|jeweler|welder|staff|girl|guy|lady|woman|man|studio|shop|business|place)s?\b)|(minimum|youngest|lowest) age|age (limit|requirement|minimum)|under ?(18|16|age)|minors?|parental consent|parents? (present|sign|consent)|(mom|mum|dad|parent|mother|father)('s|s)? (permission|consent|signature|ok)|teen\w*|\d{1,2} ?(years? old|yrs? old|yo|y\/o)|(i am|she is|he is|they are|turning|turns|(client|customer|daughter|son|kid|child|niece|nephew|teen|sis|sister|brother|bro|cousin|friend|stepdaughter|stepson|grandkid|granddaughter|grandson) is) \d{1,2}(?= ?(years?|yrs?|yo|y\/o)?\s*([,.?!]|$|and\b|but\b|can\b|so\b|will\b|do\b|is\b)))\b/,
  ],
  [
    'address',
    /\b(address|located|location|where (are|is) (you|the studio|it|your (studio|shop))|directions|parking|park|bus|buses|train|subway|metro|tram|light rail|transit)\b/,
  ],
  [
    'payment',
    // How to pay, not whether: "do i have to pay to fix it" asks a price.
    /\b(payments?|pay (with|by|in|using|via|over time|in installments|online|later|at the|upfront|up front|ahead)|paying (with|by)|cash|credit cards?|debit cards?|card payments?|apple pay|google pay|venmo|paypal|zelle|klarna|afterpay|cheques?|checks)\b|\b(should|do|can) (i|we|you) tip\b|\btipping\b/,
  ],
  ['gift-card', /\b(gift ?cards?|vouchers?|gift certificates?)\b/],
  [
    'events',
    /\b(book|host|have|throw|plan|do|want|do you (do|host|offer))\b[^?.!]{0,30}\b(part(y|ies)|events?)\b|\b(farmers'? markets?|craft (fairs?|markets?)|festivals?|come to (us|our|my)|travel fee)\b|\bhost(ing)?\b[^?.!]{0,30}\b(friends|guests|group|bday|birthday)\b|\b(part(y|ies)|events?) (at|in) (the|your) (studio|shop)\b|\b(bridal|bachelorette|pop[- ]?ups?|group bookings?|off[- ]?site)\b|(?:^|[.?!] )(and )?for (a|an|the|my|our|your|her|his|their) (\w+ )?(part(y|ies)|events?)\s*[?!.]*$/,
  ],
  [
    'contact',
    /\b((phone|cell) number|number to (call|text)|call (you|the studio|us)|text (you|the studio|us)|e-?mail( address)?|contact (you|the studio|info\w*|details)|instagram|insta|dms?|reach (you|the studio))\b/,
  ],
  [
    'products',
    /\b((do|does) (you|the studio|y'?all) (sell|stock|carry|have)|can i (buy|purchase|get))\b[^?.!]{0,30}\b(sprays?|saline|soap|products?|kits?|cleaners?|tops?|charms?|jewelry|anything|something|stuff)\b|\b(buy|purchase)\b[^?.!]{0,20}\b(from you|at the studio|in the studio|aftercare)\b/,
  ],
  [
    'services',
    // What this studio does, asked of the studio ("do you guys do microdermals too", "can i get an ear piercing
    // here"), and where and whose it is ("a second location", "who owns the studio"). Not "what do you do if
    // it gets infected" (a generic "you").
    // "can you do a surface piercing on the neck" asks what is possible: only "do you do" asks the studio, and
    // "can you" only with a business verb ("can you offer").
    /(?<!\b(what|how|when|where|why|which) )\b((do|does) (you|you guys|you all|y'?all|the studio|your (studio|shop)) (do|offer|provide|perform|carry|sell|stock|weld|pierce)|(can|will|would) (you|the studio) (offer|provide|carry|sell|stock))\b[^?.!]{0,25}\b(piercings?|microdermals?|dermals?|implants?|punch\w*|surface (bars?|piercings?)|bracelets?|anklets?|necklaces?|rings?|chains?|welding|welds?|charms?|tattoo\w*|removals?|re-?welds?|repairs?|engrav\w*|services?|sessions?)\b|\b(piercings?|microdermals?|dermals?|implants?|engrav\w*) (done )?(here|at (your|the) (studio|shop))\b|\b(bring|brought|bringing)\b[^?.!]{0,20}\b(own )?(chains?|charms?)\b|\b(own|bought|store-?bought)\b[^?.!]{0,15}\bchains?\b|\bchains? (that )?(i|she|he|they|we) (already )?(bought|owns?)\b(?! (it |them )?(from|at|here) (you|u|ur|your|y'?all|the studio|here))|\bchains?\b[^?.!]{0,30}\bfrom (amazon|etsy|temu|shein|online|another (store|shop|studio|jeweler)|elsewhere|somewhere else)\b|\b(second|other|another|more) (locations?|studios?|shops?|branch\w*)\b|\bwho (actually |even )?(owns|runs)\b|\bwho (does|do|will do|would do|is doing|can do|pierces|welds)\b[^?.!]{0,20}\b(piercings?|microdermals?|dermals?|implants?|surface|welding|welds?|bracelets?|chains?|removals?)\b(?= (there|here|at (your|ur|the) (studio|shop|place)))|\bwho (does|do|will do|would do|is doing|can do) (your|ur) (piercings?|microdermals?|dermals?|welding|welds?|removals?)\b|\bwho('s| is| are) (your|ur) (piercer|welder|artist|jeweler)s?\b|\bwho('s| is) the (piercer|welder|artist|jeweler) (here|there|at (your|the) (studio|shop))\b/,
  ],
  [
    'policy',
    /\b(polic(y|ies)|warranty|guarantee|(for|is it|are they|at no) (free|cost)\b(?! (to|of)\b)|free of charge|no charge|re-?weld\w* (policy|fee|free|cost|price|prices|charge)|free re-?weld\w*|repair (policy|fee))\b|\b(fix|repair|re-?weld)\w*\b[^?.!]{0,30}\b(free|cost|pay|charge|covered|warranty)\b|\b(snapped|broke|broken)\b[^?.!]{0,40}\b(pay|free|cost|charge|covered|fix)\b|\b(snapped|broke|broken)\b[^?!]{0,120}\b(pay|free|cost|charge|covered)\b|\b(pay|charge)\w* (anything |extra |something )?(to|for) (fix|repair|re-?weld)\w*\b/,
  ],
  [
    // Money off: a discount, a deal for several pieces, a reward for coming back.
    'discount',
    /\b(discounts?|discounted|coupons?|promo\w*|(combo|bundle|package|multi-?piece|group) (deals?|discounts?|prices?|offers?|rates?)|deals? (for|on|if) (two|2|three|3|multiple|several|more)|loyalty|rewards?|memberships?|referral (discounts?|bonus\w*|programs?|codes?|credits?)|(student|military|senior|nurse|teacher|birthday) (discount|deal|price|rate)s?)\b|\b(any|a) deals?\b/,
  ],
  [
    'visit',
    // What the visit allows: who or what may come along, getting in.
    /\bbring\b[^?.!]{0,30}\b(to|with me to|along to|into) (the|my|your|our) (appointment|appt|studio|shop|session|visit)\b|\b(wheelchair|step[- ]free|accessible|accessibility|stairs|elevator|dog[- ]friendly|pet[- ]friendly|kid[- ]friendly)\b|\bbring (my|her|his|their|our|a|the) (dog|dogs|pet|pets|kid|kids|child|children|baby|toddler|friend|friends)\b/,
  ],
];

/** Words a studio's file uses for each fact: added to retrieval so "how much is a bracelet" finds the price list. */
export const STUDIO_ASK_WORDS: Record<StudioAsk, string> = {
  price: 'price prices cost costs',
  // Not "closed": a question about Sunday would find the closed day's row.
  hours: 'opening hours open',
  booking: 'book booking appointment walk-ins',
  deposit: 'deposit cancel refund',
  late: 'late minutes hold spot',
  age: 'age old minimum parent guardian',
  address: 'address located parking',
  payment: 'pay payment cash card',
  'gift-card': 'gift card cards',
  events: 'party parties events guests',
  policy: 'policy re-weld fee free',
  discount: 'discount off deal',
  contact: 'contact phone email text',
  products: 'sell aftercare products',
  // None: what a studio does is found by the thing asked about ("microdermals"), in whatever words the file uses.
  services: '',
  visit: 'accessible stairs elevator dogs pets kids',
};

/**
 * A studio fact asked of an event is stated with the event: "how far ahead do i book a party", "is there a
 * deposit for the party" ask the party's rules, which a studio writes in its party section, not its booking or
 * deposit rules for one appointment. The event's words find it.
 */
const ASKED_OF: Partial<Record<StudioAsk, StudioAsk[]>> = { events: ['booking', 'deposit'] };

/** An ask that names the case another fact is asked of ("and for a party?"), not a fact of its own. */
export const isCaseAsk = (a: StudioAsk): boolean => a in ASKED_OF;

/** The words retrieval adds for a part's studio asks (an ask made of another, the other's words only). */
export function studioWordsFor(asks: readonly StudioAsk[]): string {
  const of = new Set(asks.flatMap((a) => ASKED_OF[a] ?? []));
  return asks
    .filter((a) => !of.has(a))
    .map((a) => STUDIO_ASK_WORDS[a])
    .filter(Boolean)
    .join(' ');
}

const DAYS: Record<string, string> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};

/**
 * Abbreviated days spelt out ("r u open sun" → "sunday") — only in a question about opening hours or
 * bookings, where "sun" and "sat" can only be days.
 */
export function expandDays(text: string, inGuidance?: (word: string) => boolean): string {
  const asks = studioAsks(text);
  if (!asks.includes('hours') && !asks.includes('booking')) return text;
  const days = text.replace(/\b(mon|tues?|wed|thu(rs?)?|fri|sat|sun)(s?)\b/g, (_m, d: string, _r, plural: string) =>
    DAYS[d] ? `${DAYS[d]}${plural}` : _m,
  );
  // A holiday on a fixed date is read as the date a studio's hours name ("Closed December 25"), unless the
  // guidance names the holiday itself ("Christmas Eve: 10 am – 2 pm").
  return FIXED_HOLIDAYS.reduce(
    (t, [re, date]) => t.replace(re, (m) => (inGuidance?.(m.split(/[\s']/)[0] ?? m) ? m : date)),
    days,
  );
}

/** Holidays whose date never moves (Thanksgiving or Easter do, so they stay as words). */
const FIXED_HOLIDAYS: [RegExp, string][] = [
  [/\b(christmas|xmas) eve\b/, 'december 24'],
  [/\b(christmas|xmas)( day)?\b(?! eve)/, 'december 25'],
  [/\bnew years? eve\b|\bnew year's eve\b|\bnye\b/, 'december 31'],
  [/\bnew years?( day)?\b(?! eve)|\bnew year's( day)?\b(?! eve)/, 'january 1'],
  [/\b(fourth|4th) of july\b|\bjuly (4th|fourth)\b|\bindependence day\b/, 'july 4'],
  [/\bhalloween\b/, 'october 31'],
  [/\bvalentine'?s( day)?\b/, 'february 14'],
];

/** The words of a text that ask for a studio fact ("located", "cost", "refund"): the ask, not the thing asked about. */
export function studioAskTerms(text: string): string[] {
  // Only the asking words of a match: "platinum anklet how much" asks a price of a platinum anklet.
  return STUDIO_ASKS_ALL.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]))
    .flatMap((span) => span.split(/[^a-z-]+/))
    .filter((w) => ASKING_WORDS.has(w));
}

/** The ask patterns, matching every occurrence. */
const STUDIO_ASKS_ALL = STUDIO_ASKS.map(([, re]) => new RegExp(re.source, 'g'));

/** Words that ask for a studio fact rather than name what it is about. */
const ASKING_WORDS = new Set([
  // (Not an event's words: "a party" is the case asked about, as "a bracelet" is.)
  ...Object.entries(STUDIO_ASK_WORDS)
    .filter(([a]) => a !== 'events')
    .flatMap(([, w]) => w.split(' ')),
  ...'much bucks buck dollars dollar usd cost costs charge charged charges fee fees priced pricing expensive afford upcharge located location address where directions park open opening close closes closed closing time hours book booking booked appointment appointments walk walk-in walk-ins deposit deposits cancel cancelled cancellation refund refunds reschedule old age minimum minor minors permission consent signature pay paying payment contact phone number email call text sell stock carry buy'.split(
    ' ',
  ),
]);

/** Studio asks about one item (its price, whether it is sold or done): the item must be named, and it is the item asked. */
export const ITEM_ASKS: readonly StudioAsk[] = ['price', 'products', 'services'];

/**
 * A piece named as where something goes ("add a birthstone to her bracelet", "swap the top on my dermal"): in a
 * studio question it says where, not what is priced or asked for.
 */
export const ON_A_PIECE =
  /\b(?:(?:to|on|onto|into) (?:my|her|his|their|your|our|the|a|an)|for (?:my|her|his|their|your|our)) (?:\w+ )?(bracelets?|anklets?|necklaces?|rings?|chains?|chokers?|dermals?|microdermals?)\b/g;

/** Which studio facts a question asks for (empty for a question about jewelry itself). */
export function studioAsks(text: string): StudioAsk[] {
  const asks = STUDIO_ASKS.filter(([, re]) => re.test(text)).map(([ask]) => ask);
  // "can i book a 15yo for a bracelet": booking someone of an age asks whether that age may have it, the age rule.
  return asks.includes('age') &&
    BOOKS_SOMEONE.test(text) &&
    !STUDIO_ASKS_BOOKING_ONLY.test(text.replace(BOOKS_SOMEONE, ' '))
    ? asks.filter((a) => a !== 'booking')
    : asks;
}

/** Booking a person told by age or relation: "book a 15 years old", "book my daughter", "book a minor". */
const BOOKS_SOMEONE =
  /\bbook(ing)? (in )?(a|an|my|her|his|our|their)? ?(\d{1,2} years? old|\d{1,2}|kid|child|daughter|son|minor|teen\w*|niece|nephew)\b/;
/** The booking ask itself, to see whether it is asked besides booking someone. */
const STUDIO_ASKS_BOOKING_ONLY = STUDIO_ASKS.find(([a]) => a === 'booking')?.[1] ?? /$^/;

const INTENTS: [Exclude<Intent, 'business' | 'other'>, RegExp][] = [
  [
    'comparison',
    /\b(difference|differ|differs|different (from|than|to)|vs\.?|versus|compared? (to|with)|better than|same (as|thing)|or (a|an) [\w-]+ (better|safer))\b|\bwhich is (better|safer|best)\b/,
  ],
  [
    'how-long',
    /\bhow (long|many (weeks|days|months|years|hours|minutes)|soon|quickly|fast)\b|\bwhen (can|will|should|do|does) (i|you|it|they)\b|\bhow much time\b/,
  ],
  [
    'list',
    /\b(what|which|any|some|list( of)?|name)\b[^?.!]{0,25}\b(types|kinds|sorts|styles|designs|options|steps|stages|metals|materials|ideas|choices|varieties|tips)\b|\bwhat are the (types|kinds|styles|steps|options)\b/,
  ],
  [
    'definition',
    /^(what|wat|wut) (?:(?:exactly|even|actually|really|precisely|tf|the heck) )?(is|are|does|do) (a |an |the )?[\w\s-]{2,40}?( mean| stand for)?\s*[?.!]*$|\bwhat (is|are) (a |an )?[\w-]+( [\w-]+)? (exactly|anyway)\b|\b(define|definition of|meaning of|what does [\w\s-]+ mean)\b/,
  ],
  [
    'how-to',
    /\b(how (do|can|should|would|to) (i|you|we|one|they)?\s*\w+|how to|best way to|ways to|what should (i|we|you) do)\b/,
  ],
  ['yes-no', /^(is|are|am|was|were|does|do|did|can|could|should|shall|will|would|may|might|must|has|have|had)\b/],
];

/** The intent of one question; `business` when it asks a studio fact. */
export function intentOf(text: string): Intent {
  if (studioAsks(text).length) return 'business';
  return INTENTS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

/** Short social messages that are not questions. */
export type SmallTalk = 'thanks' | 'greeting' | 'bye' | 'ack';
const SMALL_TALK: [SmallTalk, RegExp][] = [
  [
    'thanks',
    /^(thanks?( you)?( so much| a lot| again| very much)?|thank u|cheers|much appreciated|appreciate it|great,? thanks)(,? (you are|you're|your|ur) (the best|amazing|awesome|a lifesaver|great|a star)\b[!.]*)?$/,
  ],
  [
    'greeting',
    /^(hi|hello|hey|hiya|yo|sup|good (morning|afternoon|evening)|what is up)( there| all| everyone| guys| permabot| bot)?$/,
  ],
  ['bye', /^(bye|goodbye|see you|see ya|later|good night|night)( then)?$/],
  [
    'ack',
    /^((okay|ok|cool|nice|great|awesome|perfect|got it|i see|sweet|sounds good|good bot|yes|no|alright|fair enough|makes sense|amazing|love it|wow|thanks?)\s*)+$/,
  ],
];

/** The kind of small talk a whole message is, if it is only that. */
export function smallTalkOf(normalized: string): SmallTalk | null {
  const t = normalized
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  return SMALL_TALK.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** "start over", "/reset", "new question": the person wants the conversation forgotten. */
export function wantsReset(normalized: string): boolean {
  const t = normalized.trim();
  // A one-word command is the whole message ("clear", "/reset"); "clear crusty stuff around my dermal" is not one.
  if (/^\/?(reset|restart|clear)\b/.test(t))
    return /^\/?(reset|restart|clear)( (chat|history|context|please|pls))?[\s.!]*$/.test(t);
  return /^\/?(start over|start again|new conversation|forget (that|it|everything|all that)|clear (chat|history|context))\b/.test(
    t,
  );
}

/** "different question", "unrelated, but …", "new topic": what follows does not continue the thread. */
export function startsNewTopic(normalized: string): boolean {
  return /^(different|other|another|unrelated|separate|new|random|totally different|off topic)( (question|q|topic|thing|note))?\b|^(on|in) (a|an) (different|other|unrelated) (note|topic)\b|^changing (the )?(topic|subject)\b/.test(
    normalized.trim(),
  );
}
