/** The question limiter lives in adapters/shared (Slack uses it too). */
export { type RateDecision, RateLimiter } from '../shared/rate-limit.js';
