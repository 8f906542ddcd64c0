/** The operator's view: /healthz, /readyz gated on readiness, /metrics moving with questions, draining. */
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, startHealthServer } from '../../src/app/health-server.js';
import { InstrumentedAssistant } from '../../src/app/instrumented-assistant.js';
import { Metrics } from '../../src/app/metrics.js';
import { makeAnswer } from '../../src/core/answer.js';
import { silentLogger } from '../../src/core/logger.js';
import type { AssistantPort } from '../../src/core/ports.js';
import type { Answer, Incoming } from '../../src/core/types.js';

const answer = (over: Partial<Answer> = {}): Answer => makeAnswer({ text: 'ok', confidence: 1, ...over });
const incoming = (text: string): Incoming => ({
  text,
  platform: 'discord',
  userId: 'u',
  channelRef: 'c',
  isPublic: true,
});

/** A fake assistant whose answers the test releases by hand. */
class GatedAssistant implements AssistantPort {
  private gates: (() => void)[] = [];
  async ask(i: Incoming): Promise<Answer> {
    await new Promise<void>((resolve) => this.gates.push(resolve));
    return i.text.includes('fever')
      ? answer({ urgent: true, deferred: true, flagged: true, reasons: ['urgent'] })
      : answer();
  }
  release() {
    for (const g of this.gates.splice(0)) g();
  }
}

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('health and metrics listener', () => {
  it('reports not ready until every check passes, naming the failing ones', async () => {
    let indexLoaded = false;
    server = await startHealthServer({
      port: 0,
      metrics: new Metrics(),
      checks: () => [
        { name: 'index', ready: () => indexLoaded },
        { name: 'store', ready: () => true },
      ],
    });
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      ready: false,
      checks: [
        { name: 'index', ready: false },
        { name: 'store', ready: true },
      ],
    });
    indexLoaded = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('moves the question counters and the latency histogram after questions', async () => {
    const metrics = new Metrics();
    const inner = new GatedAssistant();
    const assistant = new InstrumentedAssistant(inner, metrics, silentLogger);
    server = await startHealthServer({ port: 0, metrics, checks: () => [] });
    const asked = [assistant.ask(incoming('does it hurt')), assistant.ask(incoming('fever and red streaks'))];
    await new Promise((r) => setTimeout(r, 5));
    inner.release();
    await Promise.all(asked);
    const text = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
    expect(text).toMatch(/permabot_questions_total\{platform="discord",outcome="answered"\} 1/);
    expect(text).toMatch(/permabot_questions_total\{platform="discord",outcome="urgent"\} 1/);
    expect(text).toMatch(/permabot_answer_latency_seconds_count\{platform="discord",mode="local"\} 2/);
  });
});

describe('draining for graceful shutdown', () => {
  it('finishes questions in flight and turns new ones away politely', async () => {
    const inner = new GatedAssistant();
    const assistant = new InstrumentedAssistant(inner, new Metrics(), silentLogger);
    const inFlight = assistant.ask(incoming('does it hurt'));
    await new Promise((r) => setTimeout(r, 5));
    expect(assistant.pending).toBe(1);
    const drained = assistant.drain(5000);
    const late = await assistant.ask(incoming('another'));
    expect(late.text).toMatch(/restarting/);
    inner.release();
    expect(await drained).toBe(true);
    expect((await inFlight).text).toBe('ok');
  });

  it('gives up waiting after the bound', async () => {
    const assistant = new InstrumentedAssistant(new GatedAssistant(), new Metrics(), silentLogger);
    void assistant.ask(incoming('stuck'));
    await new Promise((r) => setTimeout(r, 5));
    expect(await assistant.drain(20)).toBe(false);
  });
});
