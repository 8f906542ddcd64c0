/** Per-user and per-guild question limits over a sliding minute, with bounded memory and one notice per window. */
import { BoundedMap } from '../shared/bounded-set.js';

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
    const user = this.check(`u:${userId}`, this.limits.perUser, t);
    if (!user.ok) return user.decision('user');
    const guild = guildId ? this.check(`g:${guildId}`, this.limits.perGuild, t) : null;
    if (guild && !guild.ok) return guild.decision('guild');
    user.take();
    guild?.take();
    return { ok: true };
  }

  private check(key: string, limit: number, t: number) {
    const span = this.limits.windowMs ?? 60_000;
    const w = this.windows.get(key) ?? { hits: [], toldUntil: 0 };
    while (w.hits.length && (w.hits[0] ?? 0) <= t - span) w.hits.shift();
    this.windows.set(key, w);
    if (w.hits.length < limit) {
      return { ok: true as const, take: () => void w.hits.push(t) };
    }
    return {
      ok: false as const,
      decision: (scope: 'user' | 'guild'): RateDecision => {
        const freeAt = (w.hits[0] ?? t) + span;
        const notify = t >= w.toldUntil;
        if (notify) w.toldUntil = freeAt;
        return { ok: false, scope, retryAfterSec: Math.ceil((freeAt - t) / 1000), notify };
      },
    };
  }
}
