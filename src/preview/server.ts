// The preview's HTTP server: bound to 127.0.0.1 only, GET only, and only for a Host header that
// names this machine (a web page elsewhere cannot reach it through a rebound DNS name). It serves
// the page, the API the page calls, the font, and the server-sent events that say "changed".

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const HOST = '127.0.0.1';

/** What the server serves; the routes are fixed, the content is the app's. */
export interface PreviewRoutes {
  page(): string;
  sops(): unknown;
  sop(file: string, view: string): Promise<unknown | undefined>;
  pdf(file: string): Promise<Uint8Array | undefined>;
  font(weight: string): Buffer | undefined;
}

const LOCAL_HOSTS = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;
const HEARTBEAT_MS = 15_000;

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...extra });
  response.end(body);
}

function sendJson(response: ServerResponse, body: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(body));
}

export class PreviewServer {
  private readonly server: Server;
  private readonly streams = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(private readonly routes: PreviewRoutes) {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
        else response.end();
      });
    });
    this.heartbeat = setInterval(() => {
      for (const stream of this.streams) stream.write(': heartbeat\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Listens on 127.0.0.1 (port 0: a free one); resolves to the page's URL. */
  listen(port: number): Promise<string> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, HOST, () => {
        this.server.off('error', reject);
        resolve(`http://${HOST}:${(this.server.address() as AddressInfo).port}/`);
      });
    });
  }

  /** Tells every open page that something changed. */
  broadcast(event: string, data: unknown): void {
    const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of this.streams) stream.write(message);
  }

  /** Ends the event streams and the connections, and stops listening. */
  close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!LOCAL_HOSTS.test(request.headers.host ?? '')) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method Not Allowed', { Allow: 'GET' });
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = url.searchParams.get('file') ?? '';
    switch (url.pathname) {
      case '/':
        // The page loads nothing from elsewhere; the policy says so to the browser too.
        return send(response, 200, 'text/html; charset=utf-8', this.routes.page(), {
          'Content-Security-Policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-src 'self'",
        });
      case '/events':
        return this.openStream(request, response);
      case '/api/sops':
        return sendJson(response, this.routes.sops());
      case '/api/sop': {
        const body = await this.routes.sop(file, url.searchParams.get('view') ?? 'chart');
        return body === undefined ? send(response, 404, 'text/plain; charset=utf-8', 'No such SOP') : sendJson(response, body);
      }
      case '/api/pdf': {
        const pdf = await this.routes.pdf(file);
        return pdf ? send(response, 200, 'application/pdf', pdf) : send(response, 404, 'text/plain; charset=utf-8', 'No such SOP');
      }
      default: {
        const font = url.pathname.startsWith('/font/') ? this.routes.font(url.pathname.slice('/font/'.length)) : undefined;
        if (font) return send(response, 200, 'font/ttf', font, { 'Cache-Control': 'max-age=3600' });
        return send(response, 404, 'text/plain; charset=utf-8', 'Not Found');
      }
    }
  }

  private openStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write('retry: 1000\n\n');
    this.streams.add(response);
    request.on('close', () => this.streams.delete(response));
  }
}
