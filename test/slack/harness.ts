/** Starts the real Bolt app (HTTP mode, 127.0.0.1, port 0) against the fake Slack Web API, with port fakes. */

import type { SlackConfig } from '../../adapters/slack/config.js';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import type { EventJournal } from '../../src/core/ports.js';
import { FakeAssistant, type FakeAssistantOptions, FakeReviewActions } from '../fakes/chat-ports.js';
import { type LogLine, recordingLogger } from '../fakes/recording-logger.js';
import { SlackSigner } from './fake-slack/signer.js';
import { FakeSlackApi } from './fake-slack/web-api.js';

export { type LogLine, recordingLogger };

export const SIGNING_SECRET = 'test-signing-secret-123';
export const MODERATOR = 'UMOD';
export const REVIEW_CHANNEL = 'CREVIEW';

/** Everything a test needs. */
export interface Harness {
  api: FakeSlackApi;
  adapter: SlackAdapter;
  assistant: FakeAssistant;
  review: FakeReviewActions;
  signer: SlackSigner;
  logs: LogLine[];
  close(): Promise<void>;
}

/** The adapter in HTTP mode on loopback against a fake Slack API, with the harness's secret, review channel and moderator. */
export function testSlackConfig(apiUrl: string, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return {
    botToken: 'xoxb-test',
    signingSecret: SIGNING_SECRET,
    socketMode: false,
    reviewChannelId: REVIEW_CHANNEL,
    moderatorUserIds: [MODERATOR],
    port: 0,
    host: '127.0.0.1',
    apiUrl,
    ...overrides,
  };
}

/** Bolt's Web API client pointed at the fake, without retries. */
export const fakeApiOptions = (apiUrl: string) => ({
  clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
});

/**
 * Starts a harness; `mode` is the review mode of the fake review core. A restart is a second harness on the same
 * `eventJournal` file and the same `api` (which its caller then closes); without a journal the adapter's own
 * in-memory one is used.
 */
export async function startHarness(
  opts: {
    mode?: 'post' | 'hold';
    assistant?: Omit<FakeAssistantOptions, 'review'>;
    config?: Partial<SlackConfig>;
    api?: FakeSlackApi;
    eventJournal?: EventJournal;
  } = {},
): Promise<Harness> {
  const api = opts.api ?? (await new FakeSlackApi().start());
  const review = new FakeReviewActions(opts.mode ?? 'post');
  const assistant = new FakeAssistant({ ...opts.assistant, review });
  const logs: LogLine[] = [];
  const config = testSlackConfig(api.url, opts.config);
  const adapter = createSlackAdapter({
    config,
    assistant,
    review,
    logger: recordingLogger(logs),
    ...(opts.eventJournal ? { eventJournal: opts.eventJournal } : {}),
    appOptions: fakeApiOptions(api.url),
  });
  await adapter.start();
  const signer = new SlackSigner(adapter.port ?? 0, SIGNING_SECRET);
  return {
    api,
    adapter,
    assistant,
    review,
    signer,
    logs,
    async close() {
      await adapter.stop();
      if (!opts.api) await api.close();
    },
  };
}
