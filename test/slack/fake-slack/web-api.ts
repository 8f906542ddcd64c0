/** A fake Slack Web API on 127.0.0.1: records every call, answers like Slack (HTTP 200, `{ok, …}`). */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One recorded Web API call (form fields decoded; JSON-valued fields such as `blocks` parsed). */
export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Record<string, unknown>;
  /** What the fake answered. */
  response?: Record<string, unknown>;
  /** True when the fake never answered it (see `stall`). */
  stalled?: boolean;
}

/** A POST to a `response_url` (slash commands, ephemeral interactions). */
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

type Handler = (params: Record<string, unknown>) => Record<string, unknown>;

export const BOT_USER_ID = 'UBOT';
export const BOT_ID = 'BBOT';
export const TEAM_ID = 'T1';

function parseValue(v: string): unknown {
  if (!/^[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The fake. `url` is the `slackApiUrl` to give the WebClient; `responseUrl(id)` a response_url. */
export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  usergroupMembers: string[] = [];
  private server: Server | null = null;
  private tsCounter = 0;
  private readonly overrides = new Map<string, Handler>();
  private readonly stalls = new Set<{ method: string; when: (params: Record<string, unknown>) => boolean }>();
  private waiters: Array<() => void> = [];

  /** Starts listening on an ephemeral loopback port. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void readBody(req).then((raw) => {
        const path = req.url ?? '/';
        const reply = (status: number, body?: object) => {
          res.writeHead(status, body ? { 'content-type': 'application/json' } : {});
          res.end(body ? JSON.stringify(body) : undefined);
          this.notify();
        };
        if (path.startsWith('/response/')) {
          this.responses.push({ id: path.slice('/response/'.length), body: JSON.parse(raw || '{}') });
          return reply(200, { ok: true });
        }
        const method = path.replace(/^\/api\//, '').split('?')[0] ?? '';
        const params: Record<string, unknown> = {};
        const type = req.headers['content-type'] ?? '';
        if (type.includes('json')) Object.assign(params, JSON.parse(raw || '{}'));
        else for (const [k, v] of new URLSearchParams(raw)) params[k] = parseValue(v);
        const auth = req.headers.authorization;
        const call: ApiCall = { method, token: auth?.replace(/^Bearer /, ''), params };
        this.calls.push(call);
        if ([...this.stalls].some((s) => s.method === method && s.when(params))) {
          call.stalled = true; // recorded, never answered: the caller waits until it gives up or the fake closes
          return this.notify();
        }
        call.response = (this.overrides.get(method) ?? ((p) => this.answer(method, p)))(params);
        reply(200, call.response);
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.server?.address() as AddressInfo | undefined)?.port ?? 0;
  }

  /** The base URL for `clientOptions.slackApiUrl`. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A response_url that records what is posted to it under `id`. */
  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** Replaces the answer for one method (e.g. to fail it with `{ok: false, error}`). */
  on(method: string, handler: Handler): void {
    this.overrides.set(method, handler);
  }

  /** Leaves matching calls of `method` unanswered (Slack slow or gone mid-request) until the returned function is called. */
  stall(method: string, when: (params: Record<string, unknown>) => boolean = () => true): () => void {
    const stall = { method, when };
    this.stalls.add(stall);
    return () => void this.stalls.delete(stall);
  }

  /** Calls of one method. */
  of(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves when `check()` is true (re-checked after every request), or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 3000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private answer(method: string, p: Record<string, unknown>): Record<string, unknown> {
    const ts = () => `1700000000.${String(++this.tsCounter).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'permabot', team: 'Studio' };
      case 'chat.postMessage': {
        const t = ts();
        return { ok: true, channel: p.channel, ts: t, message: { ts: t, text: p.text, bot_id: BOT_ID } };
      }
      case 'chat.update':
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'views.open':
        return { ok: true, view: { id: `V${this.tsCounter++}` } };
      case 'usergroups.users.list':
        return { ok: true, users: this.usergroupMembers };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
