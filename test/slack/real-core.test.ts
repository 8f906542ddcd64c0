/** The Slack adapter around the real assistant and review service: a two-turn thread and a medical question. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import type { PermabotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logger.js';
import { makeApp } from '../assistant/harness.js';
import { channelMessage, mention, nextTs } from './fake-slack/payloads.js';
import { SlackSigner } from './fake-slack/signer.js';
import { FakeSlackApi } from './fake-slack/web-api.js';

const SECRET = 'real-core-secret';
let app: PermabotApp;
let api: FakeSlackApi;
let adapter: SlackAdapter;
let signer: SlackSigner;

beforeAll(async () => {
  app = await makeApp();
  api = await new FakeSlackApi().start();
  adapter = createSlackAdapter({
    config: {
      botToken: 'xoxb-test',
      signingSecret: SECRET,
      socketMode: false,
      reviewChannelId: 'CREVIEW',
      moderatorUserIds: ['UMOD'],
      port: 0,
      host: '127.0.0.1',
      apiUrl: api.url,
    },
    assistant: app.assistant,
    review: app.review,
    logger: silentLogger,
    appOptions: { clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } } },
  });
  await adapter.start();
  signer = new SlackSigner(adapter.port ?? 0, SECRET);
});
afterAll(async () => {
  await adapter.stop();
  await api.close();
  await app.close();
});

const posted = (channel: string) => api.of('chat.postMessage').filter((c) => c.params.channel === channel);
const text = (c: { params: Record<string, unknown> }) =>
  `${String(c.params.text)} ${JSON.stringify(c.params.blocks ?? '')}`;

describe('Slack with the real core', () => {
  it('answers a follow-up in the same thread with the kind from the first turn', async () => {
    const root = nextTs();
    await signer.send(
      JSON.stringify(mention("I'm getting a microdermal next week, does it hurt?", { channel: 'CT', ts: root })),
      'application/json',
    );
    await api.waitFor(() => posted('CT').length >= 1, 5000, 'first answer');
    expect(posted('CT')[0]?.params.thread_ts).toBe(root);
    expect(text(posted('CT')[0] ?? { params: {} })).toMatch(/discomfort|manageable/);
    await signer.send(
      JSON.stringify(channelMessage('and how long till it heals?', { channel: 'CT', thread_ts: root })),
      'application/json',
    );
    await api.waitFor(() => posted('CT').length >= 2, 5000, 'follow-up answer');
    const followUp = posted('CT')[1];
    expect(followUp?.params.thread_ts).toBe(root);
    expect(text(followUp ?? { params: {} })).toMatch(/6-8 weeks/);
  });

  it('defers a medical question, queues it in the real review store and posts a card to the review channel', async () => {
    await signer.send(
      JSON.stringify(mention('my dermal is oozing pus, is it infected?', { channel: 'CM' })),
      'application/json',
    );
    await api.waitFor(() => posted('CM').length >= 1 && posted('CREVIEW').length >= 1, 5000, 'answer and card');
    expect(text(posted('CM')[0] ?? { params: {} })).toMatch(/medical professional/);
    expect(text(posted('CREVIEW')[0] ?? { params: {} })).toMatch(/oozing/);
    const pending = await app.store.listReviews({ status: 'pending' });
    expect(pending.some((p) => p.reasons.includes('medical') && p.platform === 'slack')).toBe(true);
  });
});
