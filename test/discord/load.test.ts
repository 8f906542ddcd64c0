/** Load on loopback: 100 `/ask` interactions at once are each acknowledged and answered exactly once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInteraction, type Harness, startHarness, user } from './harness.js';

const INTERACTIONS = 100;
let h: Harness;
beforeAll(async () => {
  // A little simulated answering work so answers overlap with incoming interactions.
  h = await startHarness({ assistant: { delayMs: 20 } });
});
afterAll(async () => {
  await h.close();
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

describe('discord load', () => {
  it('acknowledges 100 concurrent /ask interactions and answers each exactly once', { timeout: 30_000 }, async () => {
    const interactions = Array.from({ length: INTERACTIONS }, (_, i) =>
      askInteraction(user(String(400000000000001000n + BigInt(i)), `user${i}`), `load question ${i}`),
    );
    const sent = new Map<string, number>();
    const started = performance.now();
    for (const it of interactions) {
      sent.set(it.token, performance.now());
      h.discord.dispatch('INTERACTION_CREATE', it);
    }
    const edits = () => h.discord.find('PATCH', /\/messages\/@original$/);
    await h.discord.waitFor(() => edits().length >= INTERACTIONS, 20_000);
    await new Promise((r) => setTimeout(r, 200)); // nothing more may arrive
    const wall = performance.now() - started;

    const callbacks = h.discord.find('POST', /\/callback$/);
    const token = (path: string) => path.split('/')[3] ?? '';
    const count = (calls: typeof callbacks) =>
      calls.reduce((m, c) => m.set(token(c.path), (m.get(token(c.path)) ?? 0) + 1), new Map<string, number>());
    const acked = count(callbacks);
    const answered = count(edits());
    for (const it of interactions) {
      expect(acked.get(it.token)).toBe(1);
      expect(answered.get(it.token)).toBe(1);
    }
    for (const c of callbacks) expect(c.body).toMatchObject({ type: 5 });
    const ackMs = callbacks.map((c) => c.at - (sent.get(token(c.path)) ?? c.at)).sort((a, b) => a - b);
    console.log(
      `discord load: ${INTERACTIONS} /ask, ack p50 ${percentile(ackMs, 50).toFixed(1)} ms, p95 ${percentile(ackMs, 95).toFixed(1)} ms, ` +
        `max ${percentile(ackMs, 100).toFixed(1)} ms; all answered once in ${wall.toFixed(0)} ms`,
    );
  });
});
