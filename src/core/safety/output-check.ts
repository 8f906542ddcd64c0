/** Re-checks composed text (LLM output above all): no doses, drugs, diagnoses, "risk-free" claims or leaked instructions. */

const CHECKS: [string, RegExp][] = [
  [
    'output:dose',
    /\b\d+(\.\d+)?\s?(mg|milligrams?|ml|mcg|iu|tablets?|pills?|capsules?|drops)\b|\b(every|each) (\d+|one|two|three|four|five|six|eight|twelve) ?(hours|hrs)\b|\b(take|apply|use) (two|one|three|2|1|3|an?) (tablets?|pills?|capsules?|aleve|advil|tylenol|ibuprofen|doses?)\b|\b(once|twice|three times|\d+ times) (a|per) day\b[^.?!]{0,30}\b(take|apply|pills?|tablets?|cream|ointment)\b/i,
  ],
  [
    'output:drug',
    /\b(ibuprofen|advil|motrin|aleve|paracetamol|tylenol|acetaminophen|aspirin|naproxen|antibiotics?|amoxicillin|augmentin|penicillin|cephalexin|keflex|clindamycin|doxycycline|mupirocin|bactroban|fucidin|neosporin|polysporin|bacitracin|hydrocortisone|steroids?|prednisone|antihistamines?|benadryl|zyrtec|cetirizine|claritin|loratadine|allegra|diphenhydramine|hydrogen peroxide|rubbing alcohol|isopropyl|tea tree oil|betadine|chlorhexidine|lidocaine|ointment|cortisone|epipen)\b/i,
  ],
  [
    'output:diagnosis',
    /\byou (probably |likely |definitely |might |may )?(have|'ve got|got) (an? )?(infection|allergy|allergic reaction|cellulitis|keloid|abscess|sepsis|rejection)\b/i,
  ],
  [
    'output:diagnosis',
    /\b(it|this|that)(?:'s| is) ((probably|likely|definitely|just|only|clearly|most likely) ){1,2}(an? )?(infection|infected|allergic|allergy|keloid|rejection|nothing|normal|fine|irritation)\b/i,
  ],
  [
    'output:diagnosis',
    /\b(your|the) (microdermal|dermal|implant|anchor|piercing|bracelet|anklet|wrist|skin|punch)\b[^.?!]{0,20}\b(is|looks|seems) (infected|rejecting|allergic|migrating)\b|\b(this|that|it) is (an? )?(infection|allergic reaction|rejection)\b|\byou are having an? (allergic reaction|infection|reaction)\b/i,
  ],
  [
    'output:diagnosis',
    /\b(sounds|looks) like (an? )?(infection|allergic reaction|allergy|keloid|cellulitis|rejection)\b|\b(cellulitis|abscess|sepsis)\b/i,
  ],
  [
    'output:safe-claim',
    /\b(risk[- ]free|completely safe|perfectly safe|totally safe|100% safe|no risks?( at all)?|zero risk|nothing to worry about|harmless|no danger|not dangerous at all|perfectly normal|no aftercare (is )?(needed|required|necessary)|(doesn'?t|does not|don'?t|do not) need (any )?aftercare|never (get )?infected)\b/i,
  ],
  [
    'output:leak',
    /\b(system prompt|my instructions (are|say)|you answer questions for a permanent-jewelry studio|reply with json only|numbered sources given)\b/i,
  ],
];

const SELF_REMOVAL =
  /\b(remove|take out|pull out|take off|pop out)\b[^.?!]{0,30}\b(stud|implant|anchor|dermal|microdermal|top|jewelry|jewellery)\b[^.?!]{0,20}\b(yourself|at home|on your own)\b/i;
/** Removal steps for an implant (tweezers, "press down", "pop it out"), checked sentence by sentence. */
const REMOVAL_STEPS =
  /\b(tweezers|pliers|pull (it |the \w+ )?out|pop (it |the \w+ )?out|press down|squeeze (it|the)|push (it |the \w+ )?out)\b[^.?!]{0,40}\b(anchor|stud|implant|dermal|microdermal|top|jewelry|it)\b|\b(anchor|stud|implant|dermal|microdermal)\b[^.?!]{0,40}\b(will|should) (pop|come|slide) out\b/i;
const NEGATED = /\b(do not|don't|never|not|avoid|shouldn't|should not)\b/i;

/** Checks a text; `ok` is false with the rules that failed. */
export function checkOutput(text: string): { ok: boolean; rules: string[] } {
  const t = typeof text === 'string' ? text : '';
  const rules = [...new Set(CHECKS.filter(([, re]) => re.test(t)).map(([id]) => id))];
  for (const sentence of t.split(/(?<=[.!?])\s+/)) {
    if ((SELF_REMOVAL.test(sentence) || REMOVAL_STEPS.test(sentence)) && !NEGATED.test(sentence))
      rules.push('output:self-removal');
  }
  return { ok: rules.length === 0, rules };
}
