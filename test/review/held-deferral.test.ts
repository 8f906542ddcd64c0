/** Hold mode never withholds safety wording: the real app (SQLite, default knowledge) and both adapters' renderers. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer as renderDiscord } from '../../adapters/discord/render.js';
import { renderAnswer as renderSlack } from '../../adapters/slack/render.js';
import { loadConfig } from '../../src/app/config.js';
import { createApp, type PermabotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logger.js';
import { deferText, urgentText } from '../../src/core/safety/templates.js';
import type { Incoming } from '../../src/core/types.js';

const dataDir = mkdtempSync(join(tmpdir(), 'permabot-hold-'));
let app: PermabotApp;
const inPublic = (text: string, n: number): Incoming => ({
  text,
  platform: 'slack',
  userId: 'U1',
  channelRef: `slack:T:C1:${n}`,
  conversationKey: `slack:T:C1:${n}`,
  isPublic: true,
});
/** The first words of the deferral wording, as plain text (renderers escape markup). */
const deferStart = deferText('implant', true).slice(0, 40);

beforeAll(async () => {
  app = await createApp(loadConfig({ PERMABOT_DATA_DIR: dataDir, REVIEW_MODE: 'hold' }), { logger: silentLogger });
}, 60_000);
afterAll(async () => {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('hold mode and safety wording', () => {
  it('posts the deferral wording at once for a held medical answer; only the rest waits for a moderator', async () => {
    const a = await app.assistant.ask(inPublic('my microdermal is oozing yellow pus, is it infected?', 1));
    expect(a.deferred).toBe(true);
    expect(a.held).toBe(true);
    expect(a.text.startsWith(deferText('implant', true))).toBe(true);
    expect(a.text).toMatch(/moderator will review/);
    expect(JSON.stringify(renderSlack(a))).toContain(deferStart);
    expect(
      renderDiscord(a)
        .map((m) => m.content)
        .join('\n'),
    ).toContain(deferStart);
    const item = await app.review.get(a.reviewId ?? '');
    expect(item?.held).toBe(true);
    expect(item?.answerText.startsWith(deferText('implant', true))).toBe(true);
  });

  it('never holds urgent guidance', async () => {
    const a = await app.assistant.ask(
      inPublic('my arm is swelling fast, red streaks and a fever after my microdermal', 2),
    );
    expect(a.urgent).toBe(true);
    expect(a.held).toBeFalsy();
    expect(a.text).toBe(urgentText('implant'));
  });
});
