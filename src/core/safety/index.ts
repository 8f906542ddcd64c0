/** The safety policy every mode passes through (see README "How an answer is made"). */
export { detectInjection } from './injection.js';
export { checkOutput } from './output-check.js';
export { type InputLimits, neutralizeOutput, sanitizeInput } from './sanitize.js';
export { TEMPLATES } from './templates.js';
export { type TriageLevel, type TriageResult, triage } from './triage.js';
