/** `permabot discord register|invite` as processes: commands registered through the REST API of the fake Discord. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../discord/fake-discord/server.js';
import { APP_ID, GUILD_ID, TOKEN } from '../discord/harness.js';
import { ROOT } from './run-cli.js';

let discord: FakeDiscord;
beforeAll(async () => {
  discord = await new FakeDiscord().start();
});
afterAll(async () => {
  await discord.close();
});

/** Runs the CLI without blocking this process (the fake answers from here). */
function cli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/permabot.mjs'), ...args], {
    env: { ...process.env, PERMABOT_FROM_SOURCE: '1', PERMABOT_ENV_FILE: '', DISCORD_API_URL: discord.api, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

const creds = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID };

describe('permabot discord', () => {
  it('registers /ask in one server through PUT /applications/:id/guilds/:guild/commands', async () => {
    const r = await cli(['discord', 'register', '--guild', GUILD_ID], creds);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Registered /ask in server ${GUILD_ID}`);
    const put = discord.find('PUT', new RegExp(`^/applications/${APP_ID}/guilds/${GUILD_ID}/commands$`))[0];
    expect(put?.auth).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual([
      expect.objectContaining({
        name: 'ask',
        options: [expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 1000 })],
        contexts: [0, 1],
      }),
    ]);
  });

  it('registers globally without --guild', async () => {
    const r = await cli(['discord', 'register'], creds);
    expect(r.code).toBe(0);
    expect(discord.find('PUT', new RegExp(`^/applications/${APP_ID}/commands$`))).toHaveLength(1);
  });

  it('prints the invite URL with exactly the bot and commands scopes and the needed permissions', async () => {
    const r = await cli(['discord', 'invite'], creds);
    expect(r.code).toBe(0);
    const url = new URL(r.stdout.trim());
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Read Message History 65536 + Send in Threads 2^38
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 2 ** 38));
    const thread = await cli(['discord', 'invite'], { ...creds, DISCORD_REPLY_MODE: 'thread' });
    expect(new URL(thread.stdout.trim()).searchParams.get('permissions')).toBe(
      String(1024 + 2048 + 16384 + 65536 + 2 ** 38 + 2 ** 35),
    );
  });

  it('prints the invite URL from DISCORD_APPLICATION_ID alone (no bot token needed yet)', async () => {
    const r = await cli(['discord', 'invite'], { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: APP_ID });
    expect(r.stderr).not.toMatch(/DISCORD_TOKEN/);
    expect(r.code).toBe(0);
    expect(new URL(r.stdout.trim()).searchParams.get('client_id')).toBe(APP_ID);
    const junkToken = await cli(['discord', 'invite'], {
      DISCORD_TOKEN: 'not-a-token',
      DISCORD_APPLICATION_ID: APP_ID,
    });
    expect(junkToken.code).toBe(0);
    const badId = await cli(['discord', 'invite'], { DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: 'my-app' });
    expect(badId.code).toBe(2);
    expect(badId.stderr).toContain('DISCORD_APPLICATION_ID: must be a Discord application id (digits)');
  });

  it('names the missing variable, and refuses a malformed guild id', async () => {
    const noApp = await cli(['discord', 'invite'], { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '' });
    expect(noApp.code).toBe(2);
    expect(noApp.stderr).toContain('DISCORD_APPLICATION_ID: required');
    const badGuild = await cli(['discord', 'register', '--guild', 'my-server'], creds);
    expect(badGuild.code).toBe(2);
    expect(badGuild.stderr).toContain('--guild must be a server id');
    const noToken = await cli(['discord', 'register'], { DISCORD_TOKEN: '' });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('DISCORD_TOKEN');
  });
});
