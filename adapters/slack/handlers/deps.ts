/** What every handler is built from: the ports, the config, the logger, the event journal and bounded memory. */
import type { Logger } from '../../../src/core/logger.js';
import type { AssistantPort, EventJournal, ReviewActions } from '../../../src/core/ports.js';
import type { Actor } from '../../../src/core/review/types.js';
import { BoundedMap, BoundedSet } from '../../shared/bounded-set.js';
import { FEEDBACK_LIMITS, RateLimiter, SLACK_QUESTION_LIMITS } from '../../shared/rate-limit.js';

export { errMessage } from '../../shared/errors.js';

import type { SlackConfig } from '../config.js';

/** Where a review card lives, so it can be updated when the item is decided (from any platform). */
export interface CardRef {
  channel: string;
  ts: string;
}

/** Shared handler dependencies. */
export interface SlackDeps {
  config: SlackConfig;
  assistant: AssistantPort;
  review: ReviewActions;
  log: Logger;
  /** Question events recorded before they are acknowledged (duplicates across restarts; answers after a crash). */
  journal: EventJournal;
  /** Event ids already handled in this process (also when the journal fails). */
  seenEvents: BoundedSet;
  /** `channel:ts` of messages already answered (app_mention and message events for the same message). */
  seenMessages: BoundedSet;
  /** `channel:thread_ts` of threads the bot answered in (follow-ups there need no mention). */
  answeredThreads: BoundedSet;
  /** Review cards by review id. */
  cards: BoundedMap<CardRef>;
  /** Questions per user and workspace (like Discord's). */
  limiter: RateLimiter;
  /** Feedback clicks per user and workspace. */
  feedbackLimiter: RateLimiter;
  /** Questions being answered (stop() lets them post and finish their journal entry before the store closes). */
  inFlight: Set<Promise<void>>;
}

/** The notice for a refused question. */
export function rateNotice(scope: 'user' | 'guild', retryAfterSec: number): string {
  const who = scope === 'user' ? 'You are asking' : 'This workspace is asking';
  return `:stopwatch: ${who} a lot of questions right now. Please try again in ${retryAfterSec} s.`;
}

/** Creates the dependencies with bounded memory. */
export function createDeps(base: Pick<SlackDeps, 'config' | 'assistant' | 'review' | 'log' | 'journal'>): SlackDeps {
  return {
    ...base,
    seenEvents: new BoundedSet(10_000),
    seenMessages: new BoundedSet(10_000),
    answeredThreads: new BoundedSet(5_000),
    cards: new BoundedMap(5_000),
    limiter: new RateLimiter(SLACK_QUESTION_LIMITS),
    feedbackLimiter: new RateLimiter(FEEDBACK_LIMITS),
    inFlight: new Set(),
  };
}

/** The actor behind an interaction payload. */
export function slackActor(user: { id: string; name?: string; username?: string }): Actor {
  return { platform: 'slack', id: user.id, name: user.name ?? user.username ?? user.id };
}
