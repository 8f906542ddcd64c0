/** A small HTTP listener for operators: /healthz, /readyz and /metrics (loopback by default). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

/** A named readiness check (index loaded, store open, adapter connected). */
export type ReadinessCheck = { name: string; ready: () => boolean };

/** The running listener. */
export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/** Starts the listener; `/readyz` is 200 only when every check passes, and says which fail. */
export async function startHealthServer(opts: {
  port: number;
  host?: string;
  metrics: Metrics;
  checks: () => ReadinessCheck[];
  beforeMetrics?: () => Promise<void>;
}): Promise<HealthServer> {
  const server: Server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/healthz') {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      } else if (path === '/readyz') {
        const checks = opts.checks().map((c) => ({ name: c.name, ready: c.ready() }));
        const ready = checks.every((c) => c.ready);
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify({ ready, checks }));
      } else if (path === '/metrics') {
        await opts.beforeMetrics?.();
        res
          .writeHead(200, { 'content-type': opts.metrics.registry.contentType })
          .end(await opts.metrics.registry.metrics());
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      }
    } catch {
      res.writeHead(500, { 'content-type': 'text/plain' }).end('error\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
