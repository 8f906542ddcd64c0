import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

describe('Discord rate limits', () => {
  it('allows N per user per minute, tells once, and frees slots as the window slides', () => {
    let now = 0;
    const limiter = new RateLimiter({ perUser: 2, perGuild: 100 }, () => now);
    expect(limiter.take('u', 'g')).toEqual({ ok: true });
    now = 10_000;
    expect(limiter.take('u', 'g')).toEqual({ ok: true });
    expect(limiter.take('u', 'g')).toEqual({ ok: false, scope: 'user', retryAfterSec: 50, notify: true });
    expect(limiter.take('u', 'g')).toMatchObject({ ok: false, notify: false });
    expect(limiter.take('v', 'g')).toEqual({ ok: true });
    now = 60_001;
    expect(limiter.take('u', 'g')).toEqual({ ok: true });
    expect(limiter.take('u', 'g')).toMatchObject({ ok: false, notify: true }); // a new window tells again
  });

  it('limits a guild across its users, never DMs by guild, and a refused question takes no slot', () => {
    const limiter = new RateLimiter({ perUser: 1, perGuild: 2 }, () => 0);
    expect(limiter.take('a', 'g').ok).toBe(true);
    expect(limiter.take('a', 'g')).toMatchObject({ scope: 'user' });
    expect(limiter.take('b', 'g').ok).toBe(true);
    expect(limiter.take('c', 'g')).toMatchObject({ ok: false, scope: 'guild' });
    expect(limiter.take('c', null).ok).toBe(true); // c's refused guild question did not use c's slot
  });
});
