/** Jewelry kinds and topics a text names, and whether its jewelry words are meant in the jewelry sense. */
import { KIND_WORDS, TOPIC_WORDS } from '../text/lexicon.js';
import { JEWELRY_KINDS, type JewelryKind, TOPICS, type Topic } from '../types.js';

/** Kinds named in a text. "dermal" alone means a microdermal (dermal anchor) unless "punch" is said. */
export function namedKinds(text: string): JewelryKind[] {
  const lower = text.toLowerCase().replace(EXCLUDED_KIND, ' ');
  const kinds = JEWELRY_KINDS.filter((k) => KIND_WORDS[k].test(lower));
  if (kinds.includes('dermal-punch')) return kinds.filter((k) => k !== 'implant' || /implant/.test(lower));
  if (/\bdermals?\b/.test(lower) && !kinds.includes('microdermal')) kinds.push('microdermal');
  return kinds;
}

/**
 * A kind set aside in contrast ("implantable jewelry, not the welded kind", "the dermal — not a bracelet")
 * is not the one asked about: a comma or dash before "not", or "kind"/"type"/"one" after the word.
 */
const EXCLUDED_KIND = new RegExp(
  [
    '[,;\\u2013\\u2014-]\\s*(?:and |but )?not (?:the |a |an |any )?[\\w-]+(?: (?:bracelets?|anklets?|necklaces?|chains?|piercings?|implants?|jewelry|kind|type|sort|ones?))?\\b',
    '\\bnot (?:the |a |an |any )?[\\w-]+(?: [\\w-]+)? (?:kind|type|sort|ones?|variety)s?\\b',
  ].join('|'),
  'g',
);

/** A kind that names one family of jewelry, not the general "piercing" or "implant". */
export const isSpecificKind = (k: JewelryKind): boolean => k !== 'implant' && k !== 'piercing';

/** Topics named in a text, most specific first. */
export function namedTopics(text: string): Topic[] {
  const lower = text.toLowerCase();
  // Healed as a time ("once it is healed", "a healed dermal") says when another question applies, not healing.
  const healing = TOPIC_WORDS.healing.test(lower.replace(HEALED_AS_TIME, ' '));
  return TOPICS.filter((t) => (t === 'healing' ? healing : TOPIC_WORDS[t].test(lower)));
}

/** "once it's healed", "after it has healed", "when fully healed", "my healed dermal". */
const HEALED_AS_TIME =
  /\b(once|after|when|now that|since) (it|its|it is|it has|they|they are|they have|the \w+ (is|has)|my \w+ (is|has))? ?(fully |completely |all )?heal(ed|s)\b|\b(a|my|her|his|their|your|the) (fully )?healed\b|\b(while|during) (it is |it's |its |they are )?(still )?heal(ing|s)\b|\bduring (the )?healing\b/g;

/** Words that can only mean body jewelry. */
const STRONG_DOMAIN =
  /\b(jewel\w*|permanent (bracelet|anklet|necklace|ring|chain|jewel\w*)s?|bracelets?|anklets?|necklaces?|(micro\s?-?)?dermals?(?! fillers?)|pierc\w*|aftercare|tatt?oo jewel\w*|body (jewel\w*|mod\w*)|(?<!\b(lucky|luck|good-luck|the) )charms?(?! (keychains?|key ?rings?|schools?|offensive))|jewell?ers?|surface bars?|welded (bracelet|anklet|necklace|chain|ring|jewel\w*)s?|re-?weld\w*|gold[- ]filled|sterling( silver)?|(10|14|18|22|24) ?k(t|arat)?( gold)?|tarnish\w*|hypoallergenic|labrets?|septum (rings?|piercings?|clickers?)|(ear|lobe) (gauges?|stretch\w*)|stretch\w* (my |her |his |their |your )?(ears?|earlobes?|lobes?)|plugs and tunnels)\b/;
/** Jewelry words with other everyday senses (welding pipes, a boxing ring, a bike chain, a punch in a fight, a lucky charm). */
const AMBIGUOUS_DOMAIN =
  /\b(weld\w*|solder\w*|(?<!\b(supply|food|block|hotel|retail|restaurant|coffee|grocery|store|fast-food|daisy) )chains?|rings?|punch\w*|implant\w*|studs?|anchors?|metals?|gold|silver|titanium|steel|studio|clasp\w*|zapp?\w*|barbells?|gauges?|hoops?|charms?|permanent(?! (markers?|records?|address|residen\w*|makeup|hair|waves?|press|jobs?|positions?|contracts?|staff|vacation|fix|solution|collection|exhibit\w*)\b))\b/;

/** How strongly a text names the jewelry domain. */
export type DomainSense = 'strong' | 'ambiguous' | 'none';

/** 'strong' when a word can only mean body jewelry, 'ambiguous' when only words with other senses appear. */
export function domainSense(text: string): DomainSense {
  const lower = text.toLowerCase();
  if (STRONG_DOMAIN.test(lower)) return 'strong';
  if (!AMBIGUOUS_DOMAIN.test(lower)) return 'none';
  // Worn on a body, a word with other senses is jewelry: "my chain caught and my wrist is scratched", "does the
  // weld heat burn your skin".
  return WORN_ON.test(lower) ? 'strong' : 'ambiguous';
}

/** Where jewelry is worn or sits. */
const WORN_ON =
  /\b(wrists?|ankles?|skin|fingers?|collarbones?|navel|belly button|earlobes?|lobes?|ears?|eyebrows?|tongue|nose|lip)\b/;
