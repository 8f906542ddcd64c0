/** `chat`: the interactive terminal conversation (also what `npm start` opens without chat credentials). */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { PermabotApp } from '../../src/app/create-app.js';
import type { AssistantPort } from '../../src/core/ports.js';
import type { Incoming } from '../../src/core/types.js';
import { type CliContext, EXIT } from './context.js';
import { renderAnswer } from './render.js';
import { openRuntime } from './runtime.js';
import { numberChoices, offeredChoices, outOfRangeHint, readPick } from './suggestions.js';

/** Runs the chat loop until `exit`, `quit` or end of input. */
export async function runChat(ctx: CliContext): Promise<number> {
  // Unknown flags are bad usage (exit 2), as for every other command.
  const { values } = parseArgs({ args: ctx.argv, options: { knowledge: { type: 'string' } }, allowPositionals: false });
  const rt = await openRuntime(ctx, values.knowledge ? { knowledgeDir: values.knowledge } : {});
  try {
    await chatLoop(ctx, rt.app, rt.app.assistant);
  } finally {
    await rt.close();
  }
  return EXIT.ok;
}

/** The conversation loop over any assistant (serve passes its instrumented one). */
export async function chatLoop(ctx: CliContext, app: PermabotApp, assistant: AssistantPort): Promise<void> {
  const color = Boolean(ctx.out.isTTY);
  const session = `cli:${process.pid}:${Date.now()}`;
  ctx.out.write(
    `permabot — ask about permanent jewelry (pain, healing, cleaning, removal, materials, work, styles).\n` +
      `Mode: ${app.config.llm ? 'LLM' : 'local (offline)'} · ${app.indexStats.chunks} passages indexed. Type "exit" to quit.\n\n`,
  );
  const rl = createInterface({
    input: ctx.stdin,
    output: ctx.out,
    terminal: Boolean(ctx.stdin.isTTY),
    prompt: 'you> ',
  });
  rl.on('SIGINT', () => rl.close()); // Ctrl-C ends the chat
  try {
    rl.prompt();
    let offered: string[] = []; // the last answer's ask-back choices, picked by typing their number
    for await (const line of rl) {
      const q = line.trim();
      if (/^(exit|quit|bye|:q)$/i.test(q)) break;
      const pick = q ? readPick(q, offered) : null;
      if (pick?.kind === 'out-of-range') ctx.out.write(`\n${outOfRangeHint(offered)}\n\n`);
      else if (pick) {
        const incoming: Incoming = {
          text: pick.text,
          platform: 'cli',
          userId: 'local',
          channelRef: session,
          conversationKey: session,
          isPublic: false,
          ...(pick.kind === 'picked' ? { fromSuggestion: true } : {}),
        };
        if (pick.kind === 'picked') ctx.out.write(`(asking: ${pick.text})\n`);
        const answer = await assistant.ask(incoming);
        offered = offeredChoices(answer);
        const shown = { ...answer, text: numberChoices(answer.text, offered) };
        ctx.out.write(`\npermabot> ${renderAnswer(shown, { color })}\n\n`);
      }
      rl.prompt();
    }
  } finally {
    rl.close();
  }
}
