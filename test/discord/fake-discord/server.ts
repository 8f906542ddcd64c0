/**
 * A fake Discord on 127.0.0.1: the REST API under `/api/v10` and the gateway WebSocket on the same port.
 * Records every REST call; answers like Discord (message objects, 204s without a content type).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { APP_ID, BOT_USER, DM_CHANNEL, GENERAL, GUILD_ID, guildCreate, message, nextId } from './payloads.js';

/** One recorded REST call. */
export interface RestCall {
  method: string;
  /** Path after `/api/v10`, `%40` decoded (e.g. `/webhooks/<app>/<token>/messages/@original`). */
  path: string;
  body: Record<string, unknown> | null;
  auth: string | undefined;
  /** What the fake answered (e.g. the message object it created). */
  response?: unknown;
  /** When it arrived (`performance.now()`). */
  at: number;
}

type Reply = { status: number; body?: unknown };

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

/** The fake. `api` is the `rest.api` option; `dispatch` sends a gateway event to every identified session. */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly identifies: Array<Record<string, unknown>> = [];
  resumes = 0;
  /** Paths (regex) answered with an error status, for fault tests. */
  readonly failing: Array<{ pattern: RegExp; status: number }> = [];
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private readonly sessions = new Set<WebSocket>();
  private seq = 0;
  private port = 0;
  private waiters: Array<() => void> = [];

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.session(ws));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const ws of this.wss?.clients ?? []) ws.terminate();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()));
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Sends a dispatch (op 0) to every identified session. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, s: ++this.seq, t, d });
    for (const ws of this.sessions) ws.send(frame);
  }

  /** Asks every session to reconnect (op 7); the client resumes on a new socket. */
  reconnect(): void {
    for (const ws of this.sessions) ws.send(JSON.stringify({ op: 7, d: null }));
  }

  /** REST calls matching method and path. */
  find(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((c) => c.method === method && path.test(c.path));
  }

  /** Resolves once `predicate()` holds (checked after each REST call and gateway frame), or rejects after `ms`. */
  async waitFor<T>(predicate: () => T | undefined | false, ms = 5000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = predicate();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error('timed out waiting for the fake Discord');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private notify(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private session(ws: WebSocket): void {
    const send = (frame: object) => ws.send(JSON.stringify(frame));
    send({ op: 10, d: { heartbeat_interval: 41_250 } });
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (frame.op === 1) send({ op: 11 });
      if (frame.op === 2) {
        this.identifies.push(frame.d);
        this.sessions.add(ws);
        const resume = `ws://127.0.0.1:${this.port}`;
        const ready = {
          v: 10,
          user: BOT_USER,
          guilds: [{ id: guildCreate().id, unavailable: true }],
          session_id: 'sess-1',
          resume_gateway_url: resume,
          application: { id: APP_ID, flags: 0 },
        };
        send({ op: 0, s: ++this.seq, t: 'READY', d: ready });
        send({ op: 0, s: ++this.seq, t: 'GUILD_CREATE', d: guildCreate() });
      }
      if (frame.op === 6) {
        this.resumes += 1;
        this.sessions.add(ws);
        send({ op: 0, s: ++this.seq, t: 'RESUMED', d: null });
      }
      this.notify();
    });
    ws.on('close', () => this.sessions.delete(ws));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const body = await readJson(req);
    const call: RestCall = {
      method: req.method ?? 'GET',
      path,
      body,
      auth: req.headers.authorization,
      at: performance.now(),
    };
    this.calls.push(call);
    const fault = this.failing.find((f) => f.pattern.test(path));
    const reply = fault ? { status: fault.status, body: { message: 'fault injected', code: 0 } } : this.route(call);
    call.response = reply.body;
    if (reply.body === undefined)
      res.writeHead(reply.status); // a 204 must carry no content type
    else res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.notify();
  }

  private route({ method, path, body }: RestCall): Reply {
    const b = (body ?? {}) as Record<string, unknown>;
    const posted = (channelId: string) =>
      message({
        channelId,
        guildId: channelId === DM_CHANNEL ? null : undefined,
        author: BOT_USER,
        content: String(b.content ?? ''),
        embeds: (b.embeds as unknown[]) ?? [],
        components: (b.components as unknown[]) ?? [],
        messageReference: b.message_reference,
      });
    const routes: Array<[string, RegExp, (m: string[]) => Reply]> = [
      ['GET', /^\/gateway\/bot$/, () => ({ status: 200, body: this.gatewayBot() })],
      ['POST', /^\/channels\/(\d+)\/messages$/, ([, ch]) => ({ status: 200, body: posted(ch ?? '') })],
      [
        'PATCH',
        /^\/channels\/(\d+)\/messages\/(\d+)$/,
        ([, ch, id]) => ({ status: 200, body: { ...posted(ch ?? ''), id } }),
      ],
      ['POST', /^\/channels\/\d+\/typing$/, () => ({ status: 204 })],
      [
        'POST',
        /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/,
        ([, ch, id]) => ({ status: 201, body: thread(ch ?? '', id ?? '', String(b.name)) }),
      ],
      ['POST', /^\/interactions\/\d+\/[^/]+\/callback$/, () => ({ status: 204 })],
      ['PATCH', /^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/, () => ({ status: 200, body: posted(GENERAL) })],
      ['POST', /^\/webhooks\/\d+\/[^/]+$/, () => ({ status: 200, body: posted(GENERAL) })],
      ['PUT', /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/, () => ({ status: 200, body: commands(body) })],
    ];
    for (const [verb, pattern, handler] of routes) {
      const m = verb === method ? pattern.exec(path) : null;
      if (m) return handler([...m]);
    }
    return { status: 404, body: { message: 'Unknown route in the fake', code: 0 } };
  }

  private gatewayBot() {
    const limit = { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 };
    return { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: limit };
  }
}

/** A public thread started from message `id` (Discord gives it the message's id). */
function thread(parentId: string, id: string, name: string) {
  const meta = {
    archived: false,
    locked: false,
    auto_archive_duration: 1440,
    archive_timestamp: new Date().toISOString(),
  };
  return {
    id,
    type: 11,
    guild_id: GUILD_ID,
    parent_id: parentId,
    name,
    owner_id: BOT_USER.id,
    thread_metadata: meta,
    message_count: 0,
    member_count: 1,
  };
}

/** Registered commands echoed back with ids, as Discord does. */
function commands(body: unknown) {
  return (Array.isArray(body) ? body : []).map((c: object) => ({
    ...c,
    id: nextId(),
    application_id: APP_ID,
    version: nextId(),
  }));
}
