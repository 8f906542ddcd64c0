/**
 * `serve` (= `npm start`): one process, one assistant, one store. Starts every chat adapter whose
 * credentials are configured; with none, the terminal chat. Health/metrics on METRICS_PORT. On SIGINT or
 * SIGTERM: stop taking questions, let those in flight finish (bounded), close the store, exit 0.
 */
import { startHealthServer } from '../../src/app/health-server.js';
import { InstrumentedAssistant } from '../../src/app/instrumented-assistant.js';
import { instrumentReview } from '../../src/app/instrumented-review.js';
import { Metrics } from '../../src/app/metrics.js';
import { PermabotError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import type { AssistantPort, EventJournal, ReviewActions } from '../../src/core/ports.js';
import { discordAdapterFromEnv } from '../discord/index.js';
import { slackAdapterFromEnv } from '../slack/index.js';
import { chatLoop } from './chat.js';
import type { CliContext } from './context.js';
import { openRuntime } from './runtime.js';

/** After SHUTDOWN_TIMEOUT_MS (draining questions), how long closing adapters and the store may take. */
const SHUTDOWN_GRACE_MS = 2000;

/** A platform adapter as `serve` runs it. */
export interface ServedAdapter {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): boolean;
}

/** What every adapter is built from: the one assistant, the review actions, the logger and the event journal. */
export interface AdapterPorts {
  assistant: AssistantPort;
  review: ReviewActions;
  logger: Logger;
  /** Slack's exactly-once record of acknowledged events (in permabot.db). */
  eventJournal: EventJournal;
}

/** Platform adapters known to `serve`: each returns null when its credentials are not configured. */
export type AdapterFactory = (env: CliContext['env'], ports: AdapterPorts) => ServedAdapter | null;
export const ADAPTERS: AdapterFactory[] = [
  (env, ports) => discordAdapterFromEnv(env, ports),
  (env, ports) => slackAdapterFromEnv(env, ports),
];

/** Builds every configured adapter; configuration problems of all adapters are reported together. */
function buildAdapters(env: CliContext['env'], ports: AdapterPorts): ServedAdapter[] {
  const adapters: ServedAdapter[] = [];
  const problems: string[] = [];
  for (const make of ADAPTERS) {
    try {
      const adapter = make(env, ports);
      if (adapter) adapters.push(adapter);
    } catch (err) {
      if (!(err instanceof PermabotError) || err.code !== 'config_invalid') throw err;
      problems.push(err.message);
    }
  }
  if (problems.length) throw new PermabotError(problems.join('\n'), 'config_invalid');
  return adapters;
}

/** Runs the service until a signal (adapters) or the end of the terminal chat. */
export async function runServe(ctx: CliContext): Promise<number> {
  const rt = await openRuntime(ctx);
  const metrics = new Metrics();
  const assistant = new InstrumentedAssistant(rt.app.assistant, metrics, ctx.logger.child({ module: 'serve' }));
  const ports: AdapterPorts = {
    assistant,
    review: instrumentReview(rt.app.review, metrics),
    logger: ctx.logger,
    eventJournal: rt.app.eventJournal,
  };
  let adapters: ServedAdapter[];
  try {
    adapters = buildAdapters(ctx.env, ports);
  } catch (err) {
    await rt.close(); // invalid adapter configuration: nothing was started
    throw err;
  }
  const health =
    ctx.config.METRICS_PORT === undefined
      ? null
      : await startHealthServer({
          port: ctx.config.METRICS_PORT,
          host: ctx.config.METRICS_HOST,
          metrics,
          checks: () => [
            { name: 'index', ready: () => rt.app.index.chunks.length > 0 },
            { name: 'store', ready: () => !closing },
            ...adapters.map((a) => ({ name: a.name, ready: () => a.ready() })),
          ],
          beforeMetrics: async () => {
            metrics.queueDepth.set((await rt.app.store.stats()).reviews.pending);
          },
        });
  if (health) ctx.logger.info({ port: health.port }, 'health and metrics listening');
  let closing = false;
  const shutdown = async (why: string) => {
    if (closing) return;
    closing = true;
    ctx.logger.info({ why }, 'shutting down');
    const finished = await assistant.drain(ctx.config.SHUTDOWN_TIMEOUT_MS);
    if (!finished) ctx.logger.warn({ pending: assistant.pending }, 'questions still in flight at shutdown');
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await health?.close();
    await rt.close();
    // Ends the terminal chat's pending read so the process can exit.
    (ctx.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  };
  const done = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      // Whatever state we are in (an adapter still starting, a Web API client retrying), the process ends in time.
      setTimeout(() => {
        ctx.logger.warn({ signal }, 'shutdown timed out; exiting');
        process.exit(0);
      }, ctx.config.SHUTDOWN_TIMEOUT_MS + SHUTDOWN_GRACE_MS).unref();
      void shutdown(signal).then(resolve);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  if (adapters.length === 0) {
    ctx.logger.info({}, 'no chat credentials configured: opening the terminal chat');
    await Promise.race([chatLoop(ctx, rt.app, assistant), done]);
  } else {
    const starting = (async () => {
      for (const a of adapters) if (!closing) await a.start();
    })();
    // A signal during start-up must not wait for it (Slack's client retries auth.test for minutes).
    starting.catch((err: unknown) => {
      if (closing)
        ctx.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'start-up ended by shutdown');
    });
    try {
      await Promise.race([starting, done]);
    } catch (err) {
      await shutdown('an adapter failed to start'); // stop what did start, close the store, then report
      throw err;
    }
    if (!closing) ctx.logger.info({ adapters: adapters.map((a) => a.name) }, 'serving');
    await done;
  }
  await shutdown('done');
  return 0;
}
