/** Signs and sends Slack requests (Events API, slash commands, interactivity) the way Slack does. */
import { createHmac } from 'node:crypto';
import { request } from 'node:http';

/** What a signed request got back, and how long the ack took. */
export interface SentResult {
  status: number;
  body: string;
  ms: number;
}

/** Options for one request. */
export interface SendOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sign with this secret instead (a wrong secret). */
  secret?: string;
  /** Sends `x-slack-retry-num` (and a retry reason). */
  retryNum?: number;
  /** Replaces the computed signature. */
  signature?: string;
}

/** `v0=` + HMAC-SHA256(secret, `v0:${ts}:${body}`). */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Sends signed requests to one Bolt HTTP endpoint on loopback. */
export class SlackSigner {
  constructor(
    private readonly port: number,
    private readonly secret: string,
    private readonly path = '/slack/events',
  ) {}

  /** POSTs a raw body with Slack's signature headers. Bounded by a 5 s timeout. */
  send(body: string, contentType: string, opts: SendOptions = {}): Promise<SentResult> {
    const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string | number> = {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body),
      'x-slack-request-timestamp': ts,
      'x-slack-signature': opts.signature ?? sign(opts.secret ?? this.secret, ts, body),
    };
    if (opts.retryNum !== undefined) {
      headers['x-slack-retry-num'] = opts.retryNum;
      headers['x-slack-retry-reason'] = 'http_timeout';
    }
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.port, path: this.path, method: 'POST', headers, timeout: 5000 },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      req.end(body);
    });
  }

  /** An Events API `event_callback` (JSON). */
  event(envelope: object, opts?: SendOptions): Promise<SentResult> {
    return this.send(JSON.stringify(envelope), 'application/json', opts);
  }

  /** A slash command (form body). */
  command(fields: Record<string, string>, opts?: SendOptions): Promise<SentResult> {
    return this.send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', opts);
  }

  /** An interactivity payload (`payload=<json>` form body): block_actions, view_submission, view_closed. */
  interaction(payload: object, opts?: SendOptions): Promise<SentResult> {
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    return this.send(body, 'application/x-www-form-urlencoded', opts);
  }
}
