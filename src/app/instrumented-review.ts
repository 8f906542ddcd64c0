/** The review actions as the service exposes them to adapters: the same port, with feedback counted in metrics. */
import type { ReviewActions } from '../core/ports.js';
import type { Metrics } from './metrics.js';

/** Wraps `inner` so every recorded feedback click increments `permabot_feedback_total{kind}`. */
export function instrumentReview(inner: ReviewActions, metrics: Metrics): ReviewActions {
  return {
    async feedback(answerId, kind, actor, reason) {
      const result = await inner.feedback(answerId, kind, actor, reason);
      metrics.feedback.inc({ kind });
      return result;
    },
    decide: (reviewId, decision, actor, opts) => inner.decide(reviewId, decision, actor, opts),
    get: (reviewId) => inner.get(reviewId),
    onQueued: (listener) => inner.onQueued(listener),
    onDecided: (listener) => inner.onDecided(listener),
  };
}
