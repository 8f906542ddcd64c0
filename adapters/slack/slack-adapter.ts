/** The Slack adapter: a Bolt App (Socket Mode with SLACK_APP_TOKEN, else HTTP with signature checks) around the ports. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type AppOptions, SocketModeReceiver } from '@slack/bolt';
import { MemoryEventJournal } from '../../src/core/event-journal.js';
import { type Logger, silentLogger } from '../../src/core/logger.js';
import type { AssistantPort, EventJournal, ReviewActions } from '../../src/core/ports.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { installErrorHandler } from './error-handler.js';
import { registerAsking } from './handlers/ask.js';
import { registerCommand } from './handlers/command.js';
import { createDeps, errMessage } from './handlers/deps.js';
import { registerFeedback } from './handlers/feedback.js';
import { registerModeration } from './handlers/moderation.js';
import { subscribeReviewEvents } from './handlers/review-events.js';
import { registerSuggestions } from './handlers/suggestions.js';
import { guardServer } from './http-guard.js';
import { finishBacklog, recordBeforeAck, unfinishedEvents } from './journal.js';
import { ModeratorCheck } from './moderator-check.js';

/**
 * How long stop() waits for answers being computed or posted: long enough for a post to finish and its event to be
 * marked done (else the next start would post it again), short enough to fit serve's shutdown grace. An answer
 * still unfinished then is answered on the next start.
 */
export const STOP_WAIT_MS = 1500;

/** Resolves when every promise has settled or after `ms`; true when all settled. */
async function settledWithin(promises: Iterable<Promise<unknown>>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([Promise.allSettled(promises).then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What the adapter is built from. `appOptions` is merged last (tests point `clientOptions` at a fake API). */
export interface SlackAdapterOptions {
  config: SlackConfig;
  assistant: AssistantPort;
  review: ReviewActions;
  logger?: Logger;
  /** Where acknowledged events are recorded (SQLite: exactly once across restarts); default in memory. */
  eventJournal?: EventJournal;
  appOptions?: Partial<AppOptions>;
}

/** A running (or startable) Slack adapter. `port` is the bound HTTP port once started in HTTP mode. */
export interface SlackAdapter {
  readonly name: 'slack';
  readonly app: App;
  start(): Promise<void>;
  stop(): Promise<void>;
  ready(): boolean;
  readonly port?: number;
}

/** Builds the Bolt App and registers every handler; nothing connects until `start()`. */
export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  const { config } = opts;
  const log = (opts.logger ?? silentLogger).child({ adapter: 'slack' });
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    ...opts.appOptions?.clientOptions,
  };
  const logger = boltLogger(log);
  // Built here (not by App) so `ready()` can follow the socket's connection state.
  const socket =
    config.socketMode && config.appToken
      ? new SocketModeReceiver({ appToken: config.appToken, logger, installerOptions: { clientOptions } })
      : null;
  const app = new App({
    token: config.botToken,
    ...(socket ? { receiver: socket } : { signingSecret: config.signingSecret ?? '', port: config.port }),
    logger,
    extendedErrorHandler: true,
    deferInitialization: true,
    ...opts.appOptions,
    clientOptions,
  });
  const journal = opts.eventJournal ?? new MemoryEventJournal();
  const deps = createDeps({ config, assistant: opts.assistant, review: opts.review, log, journal });
  recordBeforeAck(app, deps);
  registerAsking(app, deps);
  registerCommand(app, deps);
  registerFeedback(app, deps);
  registerModeration(app, deps, new ModeratorCheck(config, log));
  registerSuggestions(app, deps);
  installErrorHandler(app, log);

  let started = false;
  let stopped = false;
  let connected = false;
  let port: number | undefined;
  let unsubscribe: (() => void) | null = null;

  return {
    name: 'slack',
    app,
    get port() {
      return port;
    },
    async start() {
      stopped = false;
      await app.init();
      // Read before any event of this run can be recorded: these are an earlier run's, acknowledged, unanswered.
      const backlog = await unfinishedEvents(deps);
      if (socket) {
        socket.client.on('connected', () => {
          connected = true;
        });
        socket.client.on('disconnected', () => {
          connected = false;
        });
        await app.start();
        connected = true;
      } else {
        const server = (await app.start({ port: config.port, host: config.host })) as Server;
        guardServer(server);
        port = (server.address() as AddressInfo | null)?.port;
      }
      unsubscribe = subscribeReviewEvents(deps, app.client);
      started = true;
      log.info({ mode: config.socketMode ? 'socket' : 'http', port }, 'slack adapter started');
      if (backlog.length > 0) {
        log.info({ events: backlog.length }, 'finishing events acknowledged before a restart');
        void finishBacklog(deps, app.client, backlog, () => !stopped);
      }
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      if (!started) return;
      started = false;
      stopped = true;
      connected = false;
      await app.stop().catch((err: unknown) => log.warn({ err: errMessage(err) }, 'slack stop failed'));
      if (!(await settledWithin([...deps.inFlight], STOP_WAIT_MS)))
        log.warn({ pending: deps.inFlight.size }, 'answers still in flight at stop: answered on the next start');
    },
    ready() {
      return started && (!socket || connected);
    },
  };
}
