/**
 * Wraps the assistant for a long-running service: one log line per question (outcome, latency — no
 * question text at info level), metrics, in-flight tracking, and draining for graceful shutdown.
 */
import { makeAnswer } from '../core/answer.js';
import type { Logger } from '../core/logger.js';
import type { AssistantPort } from '../core/ports.js';
import { capStored, redactPii } from '../core/review/redact.js';
import type { Answer, Incoming } from '../core/types.js';
import { type Metrics, outcomeOf } from './metrics.js';

/** At LOG_LEVEL=debug, how much of a (redacted) question is logged. */
const DEBUG_QUESTION_CHARS = 120;
const DRAINING_TEXT = 'permabot is restarting — please ask again in a minute.';

/** The service-side assistant: same port, plus `drain()`. */
export class InstrumentedAssistant implements AssistantPort {
  private readonly inFlight = new Set<Promise<Answer>>();
  private draining = false;

  constructor(
    private readonly inner: AssistantPort,
    private readonly metrics: Metrics,
    private readonly log: Logger,
  ) {}

  /** Questions being answered right now. */
  get pending(): number {
    return this.inFlight.size;
  }

  async ask(incoming: Incoming): Promise<Answer> {
    if (this.draining) {
      return makeAnswer({ text: DRAINING_TEXT });
    }
    const started = performance.now();
    const work = this.inner.ask(incoming);
    this.inFlight.add(work);
    try {
      const answer = await work;
      const latencyMs = performance.now() - started;
      this.metrics.observe(incoming.platform, answer, latencyMs);
      this.metrics.observeAskBack(incoming, answer);
      this.log.info(
        {
          platform: incoming.platform,
          outcome: outcomeOf(answer),
          reasons: answer.reasons,
          mode: answer.mode,
          latencyMs: Math.round(latencyMs * 10) / 10,
          reviewId: answer.reviewId,
        },
        'question answered',
      );
      // Debug only, and never the full text: redacted like stored text and cut to a short prefix.
      this.log.debug(
        { question: capStored(redactPii(incoming.text.slice(0, 400)), DEBUG_QUESTION_CHARS) },
        'question text',
      );
      return answer;
    } finally {
      this.inFlight.delete(work);
    }
  }

  /** Stops taking new questions and waits (at most `timeoutMs`) for the ones in flight. True when all finished. */
  async drain(timeoutMs: number): Promise<boolean> {
    this.draining = true;
    if (this.inFlight.size === 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const done = Promise.allSettled([...this.inFlight]).then(() => true as const);
    const finished = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return finished;
  }
}
