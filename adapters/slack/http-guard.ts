/**
 * Checks a Slack HTTP request before Bolt reads it: Bolt buffers the whole body before verifying the signature, so
 * an unsigned 300 MB POST used to be held in memory. Refused here without reading the body: bodies over
 * MAX_BODY_BYTES (413) or without Content-Length (411), content types Slack never sends (415), timestamps more than five minutes in the future (401; Bolt refuses
 * old ones).
 */
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';

/** Slack's payloads are a few KB; 256 KB leaves room for large block_actions/view payloads. */
export const MAX_BODY_BYTES = 256 * 1024;
/** How far a request's timestamp may be ahead of our clock. */
export const MAX_FUTURE_SKEW_SEC = 5 * 60;
const SLACK_TYPES = ['application/x-www-form-urlencoded', 'application/json'];

function refuse(res: ServerResponse, req: IncomingMessage, status: number, message: string): void {
  if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
  res.end(message, () => req.destroy());
}

/** The refusal for a request's headers, or null when it may go on to Bolt. */
export function checkHeaders(req: IncomingMessage, nowSec = Date.now() / 1000): [number, string] | null {
  if (req.method !== 'POST') return null;
  // Slack always sends Content-Length; Node's parser then never delivers more body than it announced.
  if (req.headers['content-length'] === undefined) return [411, 'content-length required'];
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return [413, 'request body too large'];
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  if (!SLACK_TYPES.includes(type ?? '')) return [415, 'unsupported content type'];
  const ts = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(ts) && ts > nowSec + MAX_FUTURE_SKEW_SEC) return [401, 'request timestamp is in the future'];
  return null;
}

/** Wraps Bolt's request listener: a refused request never reaches Bolt and its body is never read. */
export function guardListener(next: RequestListener): RequestListener {
  return (req, res) => {
    const refusal = checkHeaders(req);
    if (refusal) return refuse(res, req, ...refusal);
    next(req, res);
  };
}

/** Puts the guard in front of every request listener the server (Bolt's HTTPReceiver) already has. */
export function guardServer(server: Server): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  for (const listener of listeners)
    server.on(
      'request',
      guardListener((req, res) => listener.call(server, req, res)),
    );
}
