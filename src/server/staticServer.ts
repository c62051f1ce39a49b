// Serves the production build: static files with the right types and caching, and index.html
// for the app's own routes. Node only; the browser bundle never imports this.

import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { Server as TlsServer } from 'node:https';
import { createServer as createTlsServer } from 'node:https';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import type { Signaling } from './signaling.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Options for the static server. */
export interface StaticServerOptions {
  /** The folder of the build. */
  root: string;
  port: number;
  /** The address to listen on; 127.0.0.1 unless the LAN is wanted. */
  host: string;
  /** When given, WebSocket upgrades to {@link SIGNALING_PATH} go to it and every other upgrade is refused. */
  signaling?: Pick<Signaling, 'handleUpgrade' | 'close'>;
  /** A certificate and key (PEM): the server then speaks https, and its signaling wss. */
  tls?: { cert: string; key: string };
}

/** The path the signaling server answers on, on the same origin as the app. */
export const SIGNALING_PATH = '/signal';

/** A running server. */
export interface RunningServer {
  server: Server | TlsServer;
  url: string;
  close: () => Promise<void>;
}

/** Handles one request against the build folder. */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const base = resolve(root);
  const file = resolve(join(base, normalize(pathname)));
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403).end();
    return;
  }
  const isFile = existsSync(file) && statSync(file).isFile();
  // Paths with no file extension are the app's routes: the app itself says if one is unknown.
  const target = isFile ? file : extname(pathname) === '' ? join(base, 'index.html') : undefined;
  if (!target) {
    res.writeHead(404, { 'Content-Type': TYPES['.txt'] as string }).end(`Not found: ${pathname}`);
    return;
  }
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  const immutable = target.includes(`${sep}assets${sep}`) || /library-[0-9a-f]+\.json$/.test(target);
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(target).pipe(res);
}

/** Refuses an upgrade request: answers 404 and drops the connection. */
function refuseUpgrade(socket: Duplex): void {
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

function upgradePath(req: IncomingMessage): string | undefined {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

/** Starts a server for the build in `root`, with the signaling server on {@link SIGNALING_PATH} when one is given. */
export function startStaticServer({ root, port, host, signaling, tls }: StaticServerOptions): Promise<RunningServer> {
  const handle = (req: IncomingMessage, res: ServerResponse) => serveStatic(root, req, res);
  const server = tls ? createTlsServer({ cert: tls.cert, key: tls.key }, handle) : createServer(handle);
  if (signaling) {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (upgradePath(req) === SIGNALING_PATH) signaling.handleUpgrade(req, socket, head);
      else refuseUpgrade(socket);
    });
  }
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolveStart({
        server,
        url: `${tls ? 'https' : 'http'}://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`,
        close: async () => {
          const stopped = new Promise<void>((done) => server.close(() => done()));
          await signaling?.close();
          server.closeAllConnections();
          await stopped;
        },
      });
    });
  });
}
