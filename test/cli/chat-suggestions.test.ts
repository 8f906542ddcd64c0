/** Ask-back in the terminal chat: the suggestions as a numbered list, and typing a number asks that question. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chatLoop } from '../../adapters/cli/chat.js';
import type { CliContext } from '../../adapters/cli/context.js';
import type { PermabotApp } from '../../src/app/create-app.js';
import { silentLogger } from '../../src/core/logger.js';
import { FAKE_SUGGESTIONS, FakeAssistant } from '../fakes/chat-ports.js';

/** Runs the chat over typed lines with the fake assistant; returns what it printed and what it asked. */
async function chat(lines: string[]) {
  const stdin = new PassThrough();
  const out = new PassThrough();
  let screen = '';
  out.on('data', (d: Buffer) => {
    screen += d.toString();
  });
  const ctx = { argv: [], env: {}, stdin, out, err: new PassThrough(), logger: silentLogger } as unknown as CliContext;
  const app = { config: { llm: null }, indexStats: { chunks: 3 } } as unknown as PermabotApp;
  const assistant = new FakeAssistant();
  stdin.end(`${lines.join('\n')}\n`);
  await chatLoop(ctx, app, assistant);
  return { screen, asked: assistant.asked };
}

describe('terminal chat ask-back', () => {
  it('numbers the suggested questions in the answer and says how to pick one', async () => {
    const { screen } = await chat(['[suggest] wat about healing', 'exit']);
    expect(screen).toContain(`  1. ${FAKE_SUGGESTIONS[0]}\n  2. ${FAKE_SUGGESTIONS[1]}\n  3. ${FAKE_SUGGESTIONS[2]}`);
    expect(screen).toContain('(type 1–3 to ask one of these)');
    expect(screen).not.toContain(`- ${FAKE_SUGGESTIONS[0]}`); // the plain list became the numbered one
  });

  it('asks the second question when "2" is typed, in the same session, marked as a pick', async () => {
    const { screen, asked } = await chat(['[suggest] wat about healing', '2', 'exit']);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({
      text: 'Does welding hurt?',
      platform: 'cli',
      conversationKey: asked[0]?.conversationKey,
      fromSuggestion: true,
    });
    expect(asked[0]?.fromSuggestion).toBeUndefined();
    expect(screen).toContain('You asked: Does welding hurt?');
  });

  it('answers a number that names no choice with a hint, and a number with nothing offered as a question', async () => {
    const { screen, asked } = await chat(['[suggest] hmm', '7', '2', 'exit']);
    expect(screen).toContain('There is no choice with that number: type 1–3');
    expect(asked.map((a) => a.text)).toEqual(['[suggest] hmm', 'Does welding hurt?']);
    const plain = await chat(['2', 'exit']);
    expect(plain.asked).toEqual([expect.objectContaining({ text: '2' })]);
    expect(plain.asked[0]?.fromSuggestion).toBeUndefined();
  });
});
