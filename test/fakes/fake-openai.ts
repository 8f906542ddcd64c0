/** A fake OpenAI-compatible chat server on 127.0.0.1 for the LLM path: replies are produced by the test. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake saw in a request. */
export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
}

/** A reply: message content, or an HTTP error status. */
export type FakeReply = { content: string } | { status: number; body?: unknown };

/** Starts the fake; `reply` decides each answer. Returns its base URL (…/v1) and the requests seen. */
export async function startFakeOpenAi(
  reply: (req: ChatRequest) => FakeReply,
  delayMs = 0,
): Promise<{ baseURL: string; requests: ChatRequest[]; close(): Promise<void> }> {
  const requests: ChatRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => {
      body += d;
    });
    req.on('end', async () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const parsed = JSON.parse(body) as ChatRequest;
      requests.push(parsed);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const r = reply(parsed);
      if ('status' in r) {
        res
          .writeHead(r.status, { 'content-type': 'application/json' })
          .end(JSON.stringify(r.body ?? { error: { message: 'fake failure', type: 'server_error' } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: parsed.model,
          choices: [{ index: 0, message: { role: 'assistant', content: r.content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The chunk ids listed in the prompt's sources (`[id] title`). */
export function promptChunkIds(req: ChatRequest): string[] {
  const user = req.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.matchAll(/^\[([^\]]+)\]/gm)].map((m) => m[1] ?? '');
}
