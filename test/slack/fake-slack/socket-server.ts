/** A fake Socket Mode endpoint: a WebSocket server that says hello, sends envelopes and records the client's acks. */
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** The server; `url` is what the fake `apps.connections.open` returns. */
export class FakeSocketServer {
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private connectedResolve: (() => void) | null = null;
  readonly connected = new Promise<void>((resolve) => {
    this.connectedResolve = resolve;
  });

  async start(): Promise<this> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss?.once('listening', () => resolve()));
    this.wss.on('connection', (ws) => {
      this.socket = ws;
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.push({ envelope_id: msg.envelope_id, payload: msg.payload });
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
      this.connectedResolve?.();
    });
    return this;
  }

  get url(): string {
    const port = (this.wss?.address() as AddressInfo | undefined)?.port ?? 0;
    return `ws://127.0.0.1:${port}/link/?ticket=fake-ticket`;
  }

  /** Sends one envelope (`events_api`, `slash_commands`, `interactive`). */
  send(envelopeId: string, type: string, payload: object): void {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: false }));
  }

  async close(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.close(1000);
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.wss = null;
  }
}
