/** Prometheus metrics (prom-client): questions by platform and outcome, latency, queue depth, feedback, ask-back. */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer, Incoming, Platform } from '../core/types.js';

/** Every platform, so the per-platform counters show a 0 before the first event. */
const PLATFORMS = ['discord', 'slack', 'cli', 'api'] as const satisfies readonly Platform[];

/** The outcome label of an answer (one per answer, most severe first). */
export function outcomeOf(a: Answer): 'urgent' | 'deferred' | 'off-topic' | 'no-knowledge' | 'invalid' | 'answered' {
  if (a.urgent) return 'urgent';
  if (a.deferred) return 'deferred';
  if (!a.inScope) return 'off-topic';
  if (a.reasons.includes('no-knowledge')) return 'no-knowledge';
  if (a.reasons.includes('invalid-input')) return 'invalid';
  return 'answered';
}

/** The process's metrics, on their own registry (no global state, so tests can make several). */
export class Metrics {
  readonly registry = new Registry();
  readonly questions = new Counter({
    name: 'permabot_questions_total',
    help: 'Questions answered, by platform and outcome',
    labelNames: ['platform', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'permabot_answer_latency_seconds',
    help: 'Time to answer a question',
    labelNames: ['platform', 'mode'] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'permabot_review_queue_depth',
    help: 'Pending review items',
    registers: [this.registry],
  });
  readonly feedback = new Counter({
    name: 'permabot_feedback_total',
    help: 'User feedback, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly askBacks = new Counter({
    name: 'permabot_ask_back_total',
    help: 'Answers that asked back with suggested questions, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });
  readonly suggestionsTaken = new Counter({
    name: 'permabot_suggestion_taken_total',
    help: 'Questions asked by picking a suggested question, by platform',
    labelNames: ['platform'] as const,
    registers: [this.registry],
  });

  constructor() {
    for (const platform of PLATFORMS) {
      this.askBacks.inc({ platform }, 0);
      this.suggestionsTaken.inc({ platform }, 0);
    }
  }

  /** Records one answered question. */
  observe(platform: Platform, answer: Answer, latencyMs: number): void {
    this.questions.inc({ platform, outcome: outcomeOf(answer) });
    this.latency.observe({ platform, mode: answer.mode }, latencyMs / 1000);
  }

  /** Records the ask-back side of one answered question: it offered suggestions, and/or it was a picked one. */
  observeAskBack(incoming: Pick<Incoming, 'platform' | 'fromSuggestion'>, answer: Answer): void {
    if (answer.suggestions?.length) this.askBacks.inc({ platform: incoming.platform });
    if (incoming.fromSuggestion) this.suggestionsTaken.inc({ platform: incoming.platform });
  }
}
