import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('runs offline in local mode with nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      llm: false,
      REVIEW_MODE: 'post',
      PERMABOT_DATA_DIR: 'data',
      REDACT_PII: true,
      CURATED_SIMILARITY: 0.92,
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('switches to LLM mode when a key or a base URL is set, and treats blanks as unset', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).llm).toBe(true);
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' }).llm).toBe(true);
    expect(loadConfig({ OPENAI_API_KEY: '  ', OPENAI_BASE_URL: '' }).llm).toBe(false);
  });

  it('names every invalid variable and what is wrong with it', () => {
    let message = '';
    try {
      loadConfig({
        REVIEW_MODE: 'sometimes',
        CURATED_SIMILARITY: '2',
        REDACT_PII: 'maybe',
        OPENAI_BASE_URL: 'localhost',
        METRICS_PORT: '99999',
        DISCORD_MODERATOR_ROLE_IDS: 'admins',
        SLACK_MODERATOR_USER_IDS: 'bob',
      });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const name of [
      'REVIEW_MODE',
      'CURATED_SIMILARITY',
      'REDACT_PII',
      'OPENAI_BASE_URL',
      'METRICS_PORT',
      'DISCORD_MODERATOR_ROLE_IDS',
      'SLACK_MODERATOR_USER_IDS',
    ]) {
      expect(message).toContain(name);
    }
    expect(message).toMatch(/comma-separated Discord role ids/);
  });
});

describe('numeric and Slack variables', () => {
  const message = (env: Record<string, string>) => {
    try {
      loadConfig(env);
      return '';
    } catch (err) {
      return (err as Error).message;
    }
  };

  it('says "must be a whole number" with the range for junk in a numeric variable, never zod wording', () => {
    const m = message({
      MAX_QUESTION_CHARS: 'abc',
      OPENAI_TIMEOUT_MS: '1.5',
      METRICS_PORT: '99999',
      CURATED_SIMILARITY: 'x',
    });
    expect(m).toContain('MAX_QUESTION_CHARS: must be a whole number from 50 to 20000');
    expect(m).toContain('OPENAI_TIMEOUT_MS: must be a whole number from 100 to 600000');
    expect(m).toContain('METRICS_PORT: must be a whole number from 0 to 65535');
    expect(m).toContain('CURATED_SIMILARITY: must be a number from 0.5 to 1');
    expect(m).not.toMatch(/expected number|received NaN|Too (big|small)/);
  });

  it('reads numbers with surrounding spaces and decimals written ".95"', () => {
    expect(loadConfig({ MAX_QUESTION_CHARS: ' 300 ', CURATED_SIMILARITY: '.95', METRICS_PORT: '0' })).toMatchObject({
      MAX_QUESTION_CHARS: 300,
      CURATED_SIMILARITY: 0.95,
      METRICS_PORT: 0,
    });
  });

  it('refuses any Slack adapter variable without SLACK_BOT_TOKEN, naming it', () => {
    for (const name of ['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_REVIEW_CHANNEL_ID', 'SLACK_API_URL']) {
      const m = message({ [name]: 'something' });
      expect(m).toContain(`${name}: set, but SLACK_BOT_TOKEN is not`);
    }
    expect(message({ SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' })).toBe('');
    expect(message({ SLACK_APP_TOKEN: '  ' })).toBe('');
  });
});

describe('.env.example', () => {
  const example = parseEnv(readFileSync(join(import.meta.dirname, '../../.env.example'), 'utf8'));

  it('is a valid configuration as it stands, offline, in local mode', () => {
    expect(loadConfig(example)).toMatchObject({ llm: false, REVIEW_MODE: 'post' });
  });

  it('opens no metrics port when copied to .env unchanged', () => {
    expect(example.METRICS_PORT).toBeUndefined();
    expect(loadConfig(example).METRICS_PORT).toBeUndefined();
  });
});
