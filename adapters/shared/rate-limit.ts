/** Per-user and per-guild question limits over a sliding minute, with bounded memory and one notice per window. */
import { BoundedMap } from './bounded-set.js';

/** The outcome of asking for a slot. `notify` is true for the first refusal in a window (tell the user once). */
export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'guild'; retryAfterSec: number; notify: boolean };

interface Window {
  hits: number[];
  /** Refusals before this time were already told (it is when the slot of the last told refusal frees up). */
  toldUntil: number;
}

/** Sliding-window limits: `perUser` questions per user and `perGuild` per guild in any `windowMs`. */
export class RateLimiter {
  private readonly windows = new BoundedMap<Window>(20_000);

  constructor(
    private readonly limits: { perUser: number; perGuild: number; windowMs?: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a slot for the user (and their guild, when in one); refuses without taking when either is full. */
  take(userId: string, guildId: string | null): RateDecision {
    const t = this.now();
    const user = this.window(`u:${userId}`, t);
    if (user.hits.length >= this.limits.perUser) return this.refuse(user, 'user', t);
    const guild = guildId ? this.window(`g:${guildId}`, t) : null;
    if (guild && guild.hits.length >= this.limits.perGuild) return this.refuse(guild, 'guild', t);
    user.hits.push(t);
    guild?.hits.push(t);
    return { ok: true };
  }

  private get span(): number {
    return this.limits.windowMs ?? 60_000;
  }

  /** The key's window with hits older than the span dropped. */
  private window(key: string, t: number): Window {
    const w = this.windows.get(key) ?? { hits: [], toldUntil: 0 };
    while (w.hits.length && (w.hits[0] ?? 0) <= t - this.span) w.hits.shift();
    this.windows.set(key, w);
    return w;
  }

  /** A refusal; `notify` only for the first one until the slot it waits for frees up. */
  private refuse(w: Window, scope: 'user' | 'guild', t: number): RateDecision {
    const freeAt = (w.hits[0] ?? t) + this.span;
    const notify = t >= w.toldUntil;
    if (notify) w.toldUntil = freeAt;
    return { ok: false, scope, retryAfterSec: Math.ceil((freeAt - t) / 1000), notify };
  }
}

/** Feedback clicks per user (and per workspace/guild) in any minute; more are refused and told once. */
export const FEEDBACK_LIMITS = { perUser: 10, perGuild: 300 } as const;

/**
 * Slack question limits per user (Discord's are configurable: DISCORD_USER_QUESTIONS_PER_MIN, same default). A Slack
 * workspace is the studio's own staff, so there is no workspace-wide limit (perGuild is unused: no guild is passed).
 */
export const SLACK_QUESTION_LIMITS = { perUser: 6, perGuild: 60 } as const;

/** The notice for refused feedback. */
export function feedbackRateNotice(retryAfterSec: number): string {
  return `You have sent a lot of feedback just now. Please try again in ${retryAfterSec} s.`;
}
