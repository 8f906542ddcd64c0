/**
 * The domain lexicon: how people say things (hurt, take off, job) mapped to how the guidance says them
 * (pain, removal, workplace), and the words that name each jewelry kind. Used for query expansion and
 * for recognising kinds and topics in questions. Keys and values are raw words (stemmed at use).
 */
import type { JewelryKind, Topic } from '../types.js';

/** Phrase → extra query words. Multi-word keys match on word boundaries in the lowercased question. */
export const SYNONYMS: Record<string, string[]> = {
  // How tattoo jewelry looks like metal: its metallic pigment.
  shine: ['metallic'],
  shines: ['metallic'],
  shiny: ['metallic'],
  shimmer: ['metallic'],
  shimmery: ['metallic'],
  hurt: ['pain', 'painful', 'painless', 'discomfort'],
  hurts: ['pain', 'painful', 'painless', 'discomfort'],
  sore: ['pain', 'discomfort'],
  ouch: ['pain'],
  sting: ['pain'],
  painful: ['pain', 'painless', 'discomfort'],
  'take off': ['remove', 'removal', 'cut', 'scissors'],
  'take it off': ['remove', 'removal', 'cut', 'scissors'],
  'get off': ['remove', 'removal', 'cut'],
  'get it off': ['remove', 'removal', 'cut'],
  'cut off': ['remove', 'removal', 'cut', 'scissors'],
  'come off': ['remove', 'removal'],
  'taken out': ['remove', 'removal'],
  'take out': ['remove', 'removal'],
  unweld: ['remove', 'removal', 'cut'],
  rid: ['remove', 'removal'],
  reattach: ['weld', 'again', 'jewelry', 'store'],
  again: ['weld', 'again'],
  attach: ['weld'],
  'wear it again': ['weld', 'again', 'jewelry', 'store'],
  'put back': ['weld', 'again', 'jewelry', 'store'],
  rewelded: ['weld', 'again', 'jewelry', 'store'],
  reweld: ['weld', 'again', 'jewelry', 'store'],
  fix: ['weld', 'again', 'repair', 'reweld'],
  snap: ['break', 'broke', 'last'],
  broke: ['cut', 'weld', 'again'],
  broken: ['cut', 'weld', 'again'],
  snapped: ['cut', 'weld', 'again'],
  job: ['workplace', 'work', 'dress', 'code', 'policies'],
  work: ['workplace', 'dress', 'code'],
  boss: ['workplace', 'dress', 'code', 'policies'],
  employer: ['workplace', 'dress', 'code', 'policies'],
  office: ['workplace', 'dress', 'code'],
  uniform: ['dress', 'code', 'workplace'],
  machine: ['machines', 'stuck', 'caught'],
  mechanic: ['machines', 'stuck', 'caught', 'work'],
  construction: ['machines', 'stuck', 'caught', 'work'],
  warehouse: ['machines', 'stuck', 'caught', 'work'],
  workshop: ['machines', 'stuck', 'caught', 'work'],
  garage: ['machines', 'stuck', 'caught', 'work'],
  tools: ['machines', 'stuck', 'caught'],
  lathe: ['machines', 'stuck', 'caught'],
  machinery: ['machines', 'stuck', 'caught'],
  factory: ['machines', 'stuck', 'workplace'],
  equipment: ['machines', 'stuck'],
  heal: ['healing', 'weeks'],
  heals: ['healing', 'weeks'],
  recover: ['healing', 'weeks'],
  recovery: ['healing', 'weeks'],
  'how long': ['weeks', 'time'],
  wash: ['clean', 'cleaning', 'soap', 'saline'],
  clean: ['cleaning', 'saline', 'soap'],
  care: ['aftercare', 'clean'],
  aftercare: ['clean', 'cleaning', 'saline', 'care'],
  'after care': ['aftercare', 'clean', 'cleaning', 'saline'],
  'look after': ['aftercare', 'clean', 'maintenance'],
  maintain: ['maintenance', 'upkeep'],
  maintenance: ['upkeep', 'minimal'],
  upkeep: ['maintenance'],
  polish: ['maintenance', 'cleaning'],
  metal: ['materials', 'metals', 'hypoallergenic', 'gold', 'titanium'],
  metals: ['materials', 'hypoallergenic', 'gold', 'titanium'],
  material: ['materials', 'metals', 'hypoallergenic'],
  gold: ['metals', 'materials'],
  silver: ['metals', 'materials'],
  steel: ['metals', 'stainless'],
  tarnish: ['quality', 'metals'],
  sleep: ['sleeping', 'comfortable'],
  bed: ['sleeping'],
  scar: ['scarring'],
  scars: ['scarring'],
  nerve: ['nerve', 'damage'],
  danger: ['risks'],
  dangerous: ['risks', 'safe'],
  risky: ['risks'],
  worst: ['risks', 'complications'],
  safe: ['risks', 'safety'],
  bad: ['risks', 'disadvantages', 'cons'],
  downside: ['disadvantages', 'cons'],
  downsides: ['disadvantages', 'cons'],
  pros: ['advantages', 'benefits'],
  worth: ['advantages', 'benefits', 'disadvantages'],
  why: ['point', 'reasons'],
  trendy: ['popular', 'trend'],
  trending: ['popular', 'trend'],
  popular: ['trend', 'styles'],
  style: ['styles', 'designs'],
  design: ['styles', 'designs'],
  look: ['styles', 'designs'],
  cute: ['styles', 'designs'],
  vibe: ['styles', 'designs'],
  aesthetic: ['styles', 'designs', 'minimalist'],
  outfit: ['styles', 'versatility', 'complements'],
  outfits: ['styles', 'versatility', 'complements'],
  // How a chain is sized: the guidance says "custom-fitted", people say "measure" and "size".
  size: ['fitting', 'fitted', 'custom'],
  sizing: ['fitting', 'fitted', 'custom'],
  sized: ['fitting', 'fitted', 'custom'],
  measure: ['fitting', 'fitted', 'custom'],
  measured: ['fitting', 'fitted', 'custom'],
  steps: ['process', 'procedure'],
  'put in': ['procedure', 'inserted', 'incision'],
  // "What happens during / at / when you get X" asks how X is done: its steps, how it is put in.
  'what happens during': ['steps', 'done', 'put', 'inserted'],
  'what happens at': ['steps', 'done', 'put', 'inserted'],
  'what happens when': ['steps', 'done', 'put', 'inserted'],
  'what happens in': ['steps', 'done', 'put', 'inserted'],
  inserted: ['procedure', 'incision'],
  installed: ['procedure', 'inserted', 'welding'],
  process: ['procedure', 'steps'],
  appointment: ['procedure', 'consultation'],
  done: ['procedure'],
  // A burn or a zap at the weld is the pain asked about; "zap" is how people say the weld pulse.
  burn: ['pain', 'painless'],
  zap: ['weld', 'welding'],
  // "e-mail" is split into "e" and "mail".
  email: ['mail'],
  emails: ['mail'],
  // People who treat or remove: the guidance says "a professional".
  doctor: ['professional', 'medical'],
  physician: ['professional', 'medical'],
  nurse: ['professional', 'medical'],
  dermatologist: ['professional', 'medical'],
  // …and where they work: "if i end up in the hospital, can they cut it off".
  hospital: ['professional', 'medical'],
  clinic: ['professional', 'medical'],
  'emergency room': ['professional', 'medical'],
  paramedics: ['professional', 'medical'],
  'mess up': ['risks', 'damage'],
  'messed up': ['risks', 'damage'],
  // How people say "reputable" of a piercer or studio, and checking one.
  legit: ['reputable'],
  decent: ['reputable'],
  trustworthy: ['reputable'],
  reliable: ['reputable'],
  sketchy: ['reputable'],
  shady: ['reputable'],
  vet: ['choose', 'reputable'],
  studio: ['reputable', 'piercer', 'jeweler'],
  shop: ['reputable', 'jeweler', 'piercer'],
  artist: ['piercer', 'reputable'],
  // Skin that itches or that a metal "messes with" is irritated: the guidance says "irritate" and "allergic reaction".
  itch: ['irritate', 'irritation', 'allergic'],
  itches: ['irritate', 'irritation', 'allergic'],
  itchy: ['irritate', 'irritation', 'allergic'],
  itching: ['irritate', 'irritation', 'allergic'],
  mess: ['irritate', 'damage'],
  // Cheap jewelry is low-quality jewelry: the guidance says to choose high-quality metals and a reputable maker.
  cheap: ['quality', 'low-quality', 'high-quality', 'reputable'],
  cheapest: ['quality', 'low-quality', 'high-quality'],
  // Money spent is what a piece costs: "save her money" is "saves the cost of buying new pieces".
  money: ['cost', 'buying'],
  cheaper: ['quality', 'low-quality', 'high-quality'],
  knockoff: ['quality', 'low-quality'],
  knockoffs: ['quality', 'low-quality'],
  // Tips before getting a piece are what to consider first.
  tips: ['consider', 'before'],
  // Afterwards is after; beforehand is before.
  afterward: ['after', 'later'],
  afterwards: ['after', 'later'],
  beforehand: ['before'],
  // A hazard is a risk, a danger to safety.
  hazard: ['risk', 'risks', 'safe', 'safety'],
  hazardous: ['risk', 'risks', 'safe', 'safety'],
  // Paying in parts is a payment plan, which a studio names by its provider ("Afterpay", "Klarna").
  // (Only a provider covers it: a studio that lists cards and cash has not said it takes payment plans.)
  installments: ['afterpay', 'klarna'],
  installment: ['afterpay', 'klarna'],
  instalments: ['afterpay', 'klarna'],
  'split the payment': ['afterpay', 'klarna', 'installments'],
  'payment plan': ['afterpay', 'klarna', 'installments'],
  // A combo or bundle is a discount for several pieces ("two or more pieces … $7 off").
  combo: ['discount', 'pieces'],
  bundle: ['discount', 'pieces'],
  // An expiration date is when something expires.
  expiration: ['expire', 'expires'],
  expiry: ['expire', 'expires'],
  // Snipping or clipping a chain is cutting it off ("can she just snip it at home").
  snip: ['cut', 'scissors'],
  snipped: ['cut', 'scissors'],
  snipping: ['cut', 'scissors'],
  // Popping, yanking or pulling a piece out is removing it ("can i pop my microdermal out myself").
  pop: ['remove', 'removal'],
  yank: ['remove', 'removal'],
  pull: ['remove', 'removal', 'caught'],
  pulled: ['remove', 'removal', 'caught'],
  // Fiddling with a piece is touching it.
  fiddle: ['touch', 'touching', 'hands'],
  fiddling: ['touch', 'touching', 'hands'],
  fidget: ['touch', 'touching', 'hands'],
  fidgeting: ['touch', 'touching', 'hands'],
  // Booking "in advance" is booking ahead, a notice before the day ("book at least two weeks ahead", "48 hours' notice").
  advance: ['ahead', 'before', 'notice'],
  // How many people come is how many guests.
  headcount: ['guests', 'people', 'minimum'],
  // Fixing a broken chain is repairing or re-welding it.
  fixed: ['repair', 'reweld'],
  // A metal someone reacts to asks for the metals that do not: the guidance names hypoallergenic ones.
  nickel: ['hypoallergenic', 'allergic', 'allergies'],
  // Catching on things is getting caught; bedding is where one sleeps.
  snag: ['caught', 'stuck'],
  snags: ['caught', 'stuck'],
  snagging: ['caught', 'stuck'],
  sheets: ['bed', 'sleeping'],
  blanket: ['bed', 'sleeping'],
  blankets: ['bed', 'sleeping'],
  // A kiosk or a booth is where a jeweler works: whether it is a reputable one is what the guidance says.
  kiosk: ['jeweler', 'reputable'],
  kiosks: ['jeweler', 'reputable'],
  booth: ['jeweler', 'reputable'],
  cons: ['disadvantages', 'downsides', 'risks'],
  drawbacks: ['disadvantages', 'downsides'],
  react: ['reaction', 'allergic', 'irritate'],
  reacts: ['reaction', 'allergic', 'irritate'],
  // A party for an occasion is a party.
  birthday: ['party', 'parties'],
  bachelorette: ['party', 'parties'],
  anniversary: ['party', 'couples'],
  // Lowering a risk is what the guidance calls minimizing or preventing it.
  reduce: ['minimize', 'prevent', 'lower'],
  lessen: ['minimize', 'prevent', 'lower'],
  advice: ['consider', 'before'],
  pointers: ['consider', 'before'],
  // Sport and training are an active lifestyle.
  gym: ['active', 'lifestyle', 'activities'],
  lift: ['active', 'lifestyle', 'activities'],
  lifting: ['active', 'lifestyle', 'activities'],
  workout: ['active', 'lifestyle', 'activities'],
  workouts: ['active', 'lifestyle', 'activities'],
  sport: ['active', 'lifestyle', 'activities'],
  sports: ['active', 'lifestyle', 'activities'],
  climbing: ['active', 'lifestyle', 'activities'],
  crossfit: ['active', 'lifestyle', 'activities'],
  pilates: ['active', 'lifestyle', 'activities'],
  yoga: ['active', 'lifestyle', 'activities'],
  hiking: ['active', 'lifestyle', 'activities'],
  weightlifting: ['active', 'lifestyle', 'activities'],
  athletic: ['active', 'lifestyle'],
  // A spot on the body is where a piece is placed: the guidance says "where on the body it is placed".
  spot: ['placed', 'placement', 'area'],
  spots: ['placed', 'placement', 'area'],
  areas: ['placed', 'placement', 'area'],
  locations: ['placed', 'placement'],
  placements: ['placed', 'placement'],
  kinds: ['types'],
  sorts: ['types'],
  options: ['types'],
  forever: ['permanent'],
  // How long a piece lasts is its durability, not a healing time.
  last: ['durable', 'indefinitely', 'lasting'],
  lasts: ['durable', 'indefinitely', 'lasting'],
  durable: ['lasting', 'indefinitely'],
  dermal: ['microdermal', 'implant'],
  dermals: ['microdermal', 'implant'],
  anchor: ['microdermal'],
  anchors: ['microdermal'],
};

/** Words and phrases that name each jewelry kind in a question. */
export const KIND_WORDS: Record<JewelryKind, RegExp> = {
  'welded-chain':
    /\b(weld\w*|(?<!\btatt?oo(ed)? )(bracelets?|anklets?|necklaces?|chains?|rings?)(?! tatt?oos?)|fused|infinity|flash jewel\w*|zapped|solder\w*|clasp\w*)\b/,
  microdermal: /\b(micro\s?-?dermals?|dermal (anchors?|implants?)|anchors?)\b/,
  'surface-piercing': /\bsurface (piercings?|bars?)\b/,
  'dermal-punch': /\b(dermal )?punch(es|ed|ing)?\b/,
  piercing: /\b(piercings?|pierced|nose rings?|belly (button )?rings?|earrings?|lip rings?)\b/,
  // A tattooed necklace or bracelet is a tattoo drawn like one.
  'tattoo-jewelry':
    /\btatt?oo(ed)? (jewel\w*|necklaces?|bracelets?|anklets?|rings?|chokers?|chains?)|\b(jewel\w*|necklace|bracelet) tatt?oos?\b/,
  implant: /\b(implant\w*|studs? under|under the skin|subdermal|dermals?)\b/,
};

/** Words that signal each topic in a question. */
export const TOPIC_WORDS: Record<Topic, RegExp> = {
  pain: /\b(hurts?|hurting|pain\w*|sore|ouch|sting\w*|discomfort|numb(ness|ed|ing)?)\b/,
  // "how long does it last" asks how durable it is, not how long it takes to heal.
  healing:
    /\b(heal\w*|recover\w*|how long (does|do|will|would) (it|they|a \w+|an \w+) take(?! to (weld|do|get|put|make))|weeks?)\b/,
  removal:
    /\b((take|get|pull|pop|cut)(\s+\w+){0,3}\s+(out|off)|remov\w*|take (it |them )?off|get (it )?off|cut (it )?off|come off|take out|reweld\w*|re-?attach\w*|unweld\w*|scissors)\b/,
  // (…and what to do so it heals: "what do i do now so it heals right" asks the aftercare.)
  cleaning:
    /\b(clean\w*|wash\w*|aftercare|after care|saline|soap|maint\w*|upkeep|polish\w*|care for|look after|(what|how) (do|should|can|to) (i |we |you |she |he |they )?(do|help|take care)\b[^.?!]{0,25}\b(so|to make sure|to help|for) (it|my \w+|the \w+|her \w+|his \w+) heals?)\b/,
  // (Not "how does removal work": a thing that works is one that functions.)
  workplace:
    /\b(jobs?|(?<!\bhow (does|do|did|will|would|can) [\w\s-]{1,40})work\w*|employ\w*|boss|office|dress code|machine\w*|uniform|career|interview|mechanics?|construction|warehouse|factory|garage|tools|lathe|nurse|chef|cook)\b/,
  materials:
    /\b(made (of|from|out of)|metals?|materials?|gold|silver|titanium|steel|stainless|hypoallergenic|allerg\w*|nickel|tarnish\w*|silicone)\b/,
  procedure:
    /\b(procedure|process|steps?|appointment|put in|inserted|insert(ion)?|installed|how (is|are|do) (it|they|you|a|an|the)\b.{0,30}\b(done|made|put|fitted|welded|installed|attached)|consult\w*|fitting|incision|what (do|does|will|would) (they|you|the piercer|the jeweler|the artist) (actually |even |really )?do|what (physically |actually |exactly |really )?happens (during|at|in) (the|a|an|my|her|his|their) (weld\w*|appointment|appt|procedure|session))\b/,
  // "what is a microdermal" asks what a kind is; "what is the price", "what are your hours" ask a value.
  // (A kind named then "kind" or "type" points at it: "what about the chain bracelet kind?".)
  types:
    /\b(types|kinds|sorts|(?<!\b(chain|bracelet|welded|dermal|microdermal|implant|piercing|punch|surface|tattoo|implanted) )(type|kind|sort)|options|what (is|are)\b(?! (the|your|our|my|his|her|their|its?|this|that|these|those|it)\b)|difference|explain|define|describe|definition|meaning|what does [\w\s-]{1,30} mean|what (a|an) [\w\s-]{1,30} (is|are))\b/,
  // "look for", "look at", "look after" are seeking, not appearance.
  style:
    /\b(styles?|designs?|look(s|ing)?(?! (for|at|after|into|up|out|around)\b)|trend\w*|popular|charms?|fashion\w*|cute)\b/,
  risks:
    /\b(risks?|dangers?|dangerous|safe\w*|scar\w*|nerve|complications?|reject\w*|infect\w*|cons|downsides?|disadvantages?)\b/,
  sleeping: /\b(sleep\w*|bed|pillow|overnight)\b/,
  studio: /\b(studio|shop|piercer|jeweler|jeweller|where (to|can|should)|find|reputable|licensed|reviews?)\b/,
  benefits: /\b(benefits?|advantages?|pros|why|point|worth)\b/,
};

/** Where on the body jewelry goes: where a piece is placed, never what a studio prices or books. */
export const BODY_PARTS = new Set(
  'arm arms wrist wrists ankle ankles finger fingers fingertip fingertips thumb toe toes hand hands foot feet leg legs hip hips neck nape chest collarbone collarbones clavicle sternum back shoulder shoulders cheek cheeks face lip lips ear ears nose belly navel stomach waist thigh'.split(
    ' ',
  ),
);
/**
 * Holidays whose date moves (a studio names them, or it does not say): asked about and not in the guidance,
 * the studio's hours do not answer them. (Fixed-date holidays are read as their dates: `expandDays`.)
 */
export const MOVING_HOLIDAYS = new Set(
  'thanksgiving easter passover hanukkah chanukah diwali eid ramadan juneteenth memorial labor labour presidents mlk'.split(
    ' ',
  ),
);
/**
 * Where someone is and what they do when a question comes up ("i lift at the gym", "she works in a hospital",
 * "on an assembly line"): the situation a question about its topic (work, sleep, cleaning…) is asked in.
 */
export const SITUATIONS = new Set(
  'mall malls market markets gym gyms warehouse warehouses factory factories hospital hospitals clinic office offices school schools college campus kitchen kitchens restaurant restaurants bar bars cafe salon salons farm farms site construction plant plants lab labs climbing bouldering lifting weightlifting running hiking yoga boxing football soccer basketball volleyball tennis cycling skiing snowboarding assembly line shift shifts forklift forklifts conveyor conveyors'.split(
    ' ',
  ),
);
/** When, not what: a studio's day rows answer "tomorrow" or "this weekend" without naming them. */
export const TIME_WORDS = new Set(
  'today tonight tomorrow yesterday weekend weekday weekdays morning afternoon evening night week month later soon now'.split(
    ' ',
  ),
);

/** People a message is about or relayed from (not what a studio prices or a symptom is of). */
export const PEOPLE = new Set(
  'someone somebody everyone anyone client customer guest patient kid child baby toddler daughter son friend mom mum dad grandma grandpa grandmother grandfather nan nana aunt uncle cousin niece nephew wife husband partner fiance fiancee sister brother girlfriend boyfriend roommate coworker colleague boss teen guy girl lady gal dude woman man person'
    .split(' ')
    .flatMap((w) => [w, `${w}s`])
    .concat(['ladies', 'women', 'men', 'people']),
);

/**
 * Things people own or use whose trouble is told in symptom or jewelry words: devices, vehicles, appliances,
 * household and kitchen things, plants, and a character in a game.
 */
/** A video game told of: its characters' bleeding and healing are the game's, nobody's body. */
export const GAMING =
  /\b(video ?games?|my (character|avatar|sim)|(the|his|her|my) (game )?character|npcs?|in[- ]game|in my game|gameplay|boss (fight|battle)s?|health bars?|hit ?points|respawn\w*|(bleed|poison|status|rot) ?build ?-?ups?|pvp|dlc)\b/;

export const THING_WORDS =
  /\b(phones?|iphones?|laptops?|tablets?|ipads?|batter(y|ies)|screens?|chargers?|computers?|printers?|fridges?|refrigerators?|freezers?|compressors?|microwaves?|ovens?|stoves?|toasters?|kettles?|heaters?|cars?|trucks?|vans?|engines?|exhausts?|radiators?|tires?|tyres?|hood|bikes?|motorcycles?|scooters?|boats?|pens?|markers?|ink|paint|pans?|pots?|pipes?|sinks?|toilets?|plants?|houseplants?|trees?|leaves|leaf|trunk|branch(es)?|roots|soil|sourdough|dough|games?|characters?|npcs?|avatars?)\b/;

/** Where a piece was bought ("a chain from amazon", "one she got online"): where from, not what is asked about. */
export const SHOPS = new Set(
  'amazon etsy temu shein ebay aliexpress walmart target online mall store stores elsewhere'.split(' '),
);
