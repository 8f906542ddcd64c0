/** /metrics counts ask-backs (answers with suggestions) and taken suggestions, by platform. */
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../adapters/discord/discord-adapter.js';
import { type HealthServer, startHealthServer } from '../../src/app/health-server.js';
import { InstrumentedAssistant } from '../../src/app/instrumented-assistant.js';
import { Metrics } from '../../src/app/metrics.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Incoming } from '../../src/core/types.js';
import {
  APP_ID,
  BOT_ID,
  BOT_USER,
  buttonInteraction,
  GENERAL,
  message,
  REVIEW_CHANNEL,
} from '../discord/fake-discord/payloads.js';
import { FakeDiscord } from '../discord/fake-discord/server.js';
import { ana, TOKEN } from '../discord/harness.js';
import { FakeAssistant, FakeReviewActions } from '../fakes/chat-ports.js';

const incoming = (text: string, over: Partial<Incoming> = {}): Incoming => ({
  text,
  platform: 'slack',
  userId: 'U1',
  channelRef: 'slack:T1:C1:1.1',
  conversationKey: 'slack:C1:1.1',
  isPublic: true,
  ...over,
});

let server: HealthServer | undefined;
let discord: FakeDiscord | undefined;
let adapter: DiscordAdapter | undefined;
afterEach(async () => {
  await adapter?.stop();
  await discord?.close();
  await server?.close();
  server = discord = adapter = undefined;
});

async function scrape(metrics: Metrics): Promise<string> {
  server ??= await startHealthServer({ port: 0, metrics, checks: () => [] });
  return (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
}

describe('ask-back metrics', () => {
  it('shows both counters at 0 per platform before anything happens', async () => {
    const text = await scrape(new Metrics());
    for (const platform of ['discord', 'slack', 'cli', 'api']) {
      expect(text).toContain(`permabot_ask_back_total{platform="${platform}"} 0`);
      expect(text).toContain(`permabot_suggestion_taken_total{platform="${platform}"} 0`);
    }
  });

  it('counts answers that carried suggestions and questions picked from them', async () => {
    const metrics = new Metrics();
    const assistant = new InstrumentedAssistant(new FakeAssistant(), metrics, silentLogger);
    await assistant.ask(incoming('[suggest] wat about healing'));
    await assistant.ask(incoming('[suggest] hmm', { platform: 'cli' }));
    await assistant.ask(incoming('Does welding hurt?', { fromSuggestion: true }));
    await assistant.ask(incoming('plain question'));
    const text = await scrape(metrics);
    expect(text).toContain('permabot_ask_back_total{platform="slack"} 1');
    expect(text).toContain('permabot_ask_back_total{platform="cli"} 1');
    expect(text).toContain('permabot_suggestion_taken_total{platform="slack"} 1');
    expect(text).toContain('permabot_suggestion_taken_total{platform="cli"} 0');
  });

  it('counts a Discord ask-back and the click on one of its buttons', async () => {
    const metrics = new Metrics();
    const review = new FakeReviewActions();
    const assistant = new InstrumentedAssistant(new FakeAssistant({ review }), metrics, silentLogger);
    discord = await new FakeDiscord().start();
    adapter = createDiscordAdapter({
      config: {
        token: TOKEN,
        applicationId: APP_ID,
        reviewChannelId: REVIEW_CHANNEL,
        moderatorRoleIds: [],
        replyMode: 'reply',
        userQuestionsPerMin: 100,
        guildQuestionsPerMin: 1000,
        apiUrl: discord.api,
      },
      assistant,
      review,
    });
    await adapter.start();
    const d = discord;
    d.dispatch(
      'MESSAGE_CREATE',
      message({ channelId: GENERAL, author: ana, content: `<@${BOT_ID}> [suggest] hmm`, mentions: [BOT_USER] }),
    );
    const posted = await d.waitFor(() => d.find('POST', new RegExp(`^/channels/${GENERAL}/messages$`))[0]);
    d.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction(ana, 'pb:sg:0:ans-1', posted.response as ReturnType<typeof message>),
    );
    await d.waitFor(() => d.find('PATCH', /\/messages\/@original$/)[0]);
    const text = await scrape(metrics);
    expect(text).toContain('permabot_ask_back_total{platform="discord"} 1');
    expect(text).toContain('permabot_suggestion_taken_total{platform="discord"} 1');
  });
});
