/** Prometheus metrics (prom-client): questions by platform and outcome, latency, queue depth, feedback. */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Answer, Platform } from '../core/types.js';

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

  /** Records one answered question. */
  observe(platform: Platform, answer: Answer, latencyMs: number): void {
    this.questions.inc({ platform, outcome: outcomeOf(answer) });
    this.latency.observe({ platform, mode: answer.mode }, latencyMs / 1000);
  }
}
