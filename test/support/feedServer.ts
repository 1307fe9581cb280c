/**
 * A loopback HTTP server for the feed network tests. It binds 127.0.0.1 on a free port,
 * records every request (so a test can prove a header never reached a host), tracks sockets
 * (so a test can prove the client closed its connection), and stops itself after `lifetimeMs`
 * even if a test forgets to close it.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, server: FeedServer) => void;

export class FeedServer {
  readonly requests: RecordedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  /** Sockets that carried a request and are still open. */
  private readonly busySockets = new Set<Socket>();
  private readonly routes = new Map<string, Route>();
  private readonly server: http.Server;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private timers = new Set<ReturnType<typeof setTimeout> | ReturnType<typeof setInterval>>();
  port = 0;

  constructor() {
    this.server = http.createServer((req, res) => {
      this.requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
      if (!req.socket.destroyed) this.busySockets.add(req.socket);
      const route = this.routes.get((req.url ?? '/').split('?')[0]);
      if (route) route(req, res, this);
      else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<html><body>Not found</body></html>');
      }
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => {
        this.sockets.delete(socket);
        this.busySockets.delete(socket);
      });
    });
  }

  static async start(lifetimeMs = 30_000): Promise<FeedServer> {
    const server = new FeedServer();
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    server.port = (server.server.address() as AddressInfo).port;
    server.stopTimer = setTimeout(() => void server.close(), lifetimeMs);
    server.stopTimer.unref();
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(path: string): string {
    return `${this.origin}${path}`;
  }

  route(path: string, handler: Route): this {
    this.routes.set(path, handler);
    return this;
  }

  /** Serves a fixed body with headers. */
  serve(
    path: string,
    body: string | Buffer,
    headers: http.OutgoingHttpHeaders = { 'content-type': 'application/rss+xml; charset=utf-8' },
    status = 200
  ): this {
    return this.route(path, (_req, res) => {
      res.writeHead(status, headers);
      res.end(body);
    });
  }

  /** A timer owned by the server, cleared on close. */
  track<T extends ReturnType<typeof setTimeout>>(timer: T): T {
    this.timers.add(timer);
    return timer;
  }

  openSockets(): number {
    return this.sockets.size;
  }

  /**
   * Resolves once every connection that carried a request is closed, or rejects after
   * `timeoutMs`. (After an abort, Node's fetch may open one spare idle connection that never
   * carries a request; its own keep-alive timeout closes it, so it is not counted here.)
   */
  async waitForRequestSocketsClosed(timeoutMs = 2_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.busySockets.size > 0) {
      if (Date.now() > deadline) {
        throw new Error(`${this.busySockets.size} socket(s) that carried a request still open after ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  async close(): Promise<void> {
    if (this.stopTimer) clearTimeout(this.stopTimer);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
