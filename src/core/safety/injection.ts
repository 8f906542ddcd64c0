/** Prompt-injection and jailbreak detection: the question is data, never instructions. */
import { normalizeForRules } from './normalize.js';

const PATTERNS: [string, RegExp][] = [
  [
    'injection:override',
    /\b(ignore|disregard|forget|override|bypass|skip)\b[^.?!]{0,30}\b(previous|prior|above|earlier|all|your|the|system|safety)?\s*(instructions?|rules|prompts?|directions|guidelines|guardrails|policy|policies|restrictions)\b/,
  ],
  [
    'injection:reveal',
    /\b(reveal|show|print|repeat|output|display|leak|tell me|give me|what (is|are|were))\b[^.?!]{0,25}\b(system|hidden|initial|original|secret|internal|developer)\s*(prompt|instructions?|rules|message)\b/,
  ],
  [
    'injection:reveal',
    /\b(your|the) (system prompt|instructions|prompt)\b[^.?!]{0,20}\b(verbatim|exactly|word for word|above)\b/,
  ],
  ['injection:reveal', /\b(print|repeat|output) (the |all )?(text|everything|words) above\b/],
  [
    'injection:persona',
    /\b(you are now|from now on you|you're now|act as|pretend (you are|to be|you're)|roleplay as|role-play as)\b(?![^.?!]{0,25}\b(doctor|nurse|physician|dermatologist)\b)/,
  ],
  [
    'injection:jailbreak',
    /\b(jailbreak|dan mode|developer mode|do anything now|no restrictions|unfiltered|uncensored)\b/,
  ],
  ['injection:markup', /(<\|im_start\|>|<\|system\|>|\[inst\]|###\s*(system|instruction)|^system:|\bsystem prompt:)/],
  [
    'injection:unsafe-claim',
    /\b(say|tell (everyone|people|them|us)|write|claim|confirm|announce|post)\b[^.?!]{0,50}\b(risk[- ]free|100% safe|completely safe|totally safe|no aftercare|never get infected)\b/,
  ],
];

/** Flags messages that try to steer, unlock or extract the bot's instructions. */
export function detectInjection(text: string): { injection: boolean; rules: string[] } {
  const raw = typeof text === 'string' ? text.toLowerCase() : '';
  const t = normalizeForRules(raw);
  const rules = [...new Set(PATTERNS.filter(([, re]) => re.test(t) || re.test(raw)).map(([id]) => id))];
  return { injection: rules.length > 0, rules };
}
