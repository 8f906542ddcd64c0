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
