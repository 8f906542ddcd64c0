/** Socket Mode: the real Bolt app connects through a fake apps.connections.open and WebSocket, and answers. */
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../adapters/slack/slack-adapter.js';
import { FakeAssistant, FakeReviewActions } from '../fakes/chat-ports.js';
import { mention, nextTs } from './fake-slack/payloads.js';
import { FakeSocketServer } from './fake-slack/socket-server.js';
import { FakeSlackApi } from './fake-slack/web-api.js';

let api: FakeSlackApi;
let ws: FakeSocketServer;
let adapter: SlackAdapter | null = null;
afterEach(async () => {
  await adapter?.stop();
  await ws.close();
  await api.close();
});

describe('slack socket mode', () => {
  it('connects with the app token, acks an app_mention envelope and answers in its thread', async () => {
    api = await new FakeSlackApi().start();
    ws = await new FakeSocketServer().start();
    api.on('apps.connections.open', () => ({ ok: true, url: ws.url }));
    const review = new FakeReviewActions();
    adapter = createSlackAdapter({
      config: {
        botToken: 'xoxb-test',
        appToken: 'xapp-test',
        socketMode: true,
        moderatorUserIds: [],
        port: 0,
        host: '127.0.0.1',
      },
      assistant: new FakeAssistant({ review }),
      review,
      appOptions: { clientOptions: { slackApiUrl: api.url, retryConfig: { retries: 0 } } },
    });
    await adapter.start();
    await ws.connected;
    expect(adapter.ready()).toBe(true);
    expect(api.of('apps.connections.open')[0]?.token).toBe('xapp-test');

    const ts = nextTs();
    ws.send('env-1', 'events_api', mention('does welding hurt?', { ts }));
    const [post] = await api.waitFor(() => api.of('chat.postMessage').length === 1 && api.of('chat.postMessage'));
    expect(post?.params).toMatchObject({ channel: 'C1', thread_ts: ts });
    expect(post?.token).toBe('xoxb-test');
    expect(JSON.stringify(post?.params.blocks)).toContain('You asked: does welding hurt?');
    expect(ws.acks.map((a) => a.envelope_id)).toEqual(['env-1']);

    await adapter.stop();
    expect(adapter.ready()).toBe(false);
    adapter = null;
  });
});
