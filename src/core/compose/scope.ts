/** Is a question about permanent jewelry at all, and is it about the studio's business (prices, hours)? */
import type { AnalyzedQuery } from '../retrieve/query.js';

const DOMAIN =
  /\b(jewel\w*|permanent|weld\w*|bracelets?|anklets?|necklaces?|chains?|rings?|pierc\w*|(micro\s?)?dermals?|implant\w*|studs?|tatt?oo\w*|charms?|jewell?ers?|aftercare|saline|studio|metals?|gold|silver|titanium|anchors?|punch\w*|clasp\w*|body mod\w*)\b/i;

const BUSINESS =
  /\b(price[sd]?|pricing|costs?(?! me| you| us| them| him| her| my| your)|how much (is|are|for|would it be) (a|an|the|one|it|they|this)\b(?!.*\b(hurt|pain|heal|weeks?|time|clean)\w*)|charge[sd]?|expensive|cheap|fees?|pay(ment)?|cash|card payments?|gift ?cards?|vouchers?|discounts?|coupons?|promo|sales?|open(ing)? hours|hours|open (on|today|tomorrow|late)|closed|book(ing)?|appointments? (available|availability)|availability|walk[- ]?ins?|deposit|address|located|location|parking|refunds?|returns?|warranty|guarantee|shipping|deliver\w*|phone number|email|contact you|instagram|website|loyalty|membership|rewards?|referrals?|programs?|do you (have|offer|sell|do|take|accept|ship|open|make)|can i (book|buy|order|pay))\b/i;

/** True when the question names anything in the jewelry domain. */
export function mentionsDomain(text: string): boolean {
  return DOMAIN.test(text);
}

/** True for questions about the studio's own business, which the guidance never answers. */
export function isBusinessQuestion(text: string): boolean {
  return BUSINESS.test(text);
}

/** Share of the typed content words that the guidance covers (1 when nothing was typed). */
export function coverage(query: AnalyzedQuery): number {
  if (query.content.length === 0) return 1;
  return 1 - query.uncovered.length / query.content.length;
}

/** In scope: names the domain, or asks a topic question the guidance covers well ("does it hurt?"). */
export function inScope(query: AnalyzedQuery): boolean {
  if (mentionsDomain(query.text) || query.kinds.length > 0) return true;
  return query.topics.length > 0 && query.uncovered.length === 0 && query.content.length > 0;
}
