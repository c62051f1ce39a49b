// `npm start`: builds if needed, then serves the production build on http://localhost:4173.
// PORT changes the port; HOST=0.0.0.0 (or --lan) listens on the local network too. The y-webrtc
// signaling server answers on ws://…/signal on the same origin.

import { resolve } from 'node:path';
import { buildApp, needsBuild } from './build.ts';
import { createSignaling } from './signaling.ts';
import { SIGNALING_PATH, startStaticServer } from './staticServer.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 4173);
const host = process.argv.includes('--lan') ? '0.0.0.0' : (process.env.HOST ?? '127.0.0.1');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number from 0 to 65535, not '${process.env.PORT}'`);
  process.exit(1);
}

if (needsBuild(projectRoot)) {
  console.log('Building Roundtable…');
  await buildApp(projectRoot);
}
const signaling = createSignaling();
const running = await startStaticServer({ root: resolve(projectRoot, 'dist'), port, host, signaling }).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one, e.g. PORT=4174 npm start` : error.message);
  process.exit(1);
});
const localUrl = running.url.replace('127.0.0.1', 'localhost');
console.log(`Roundtable is running at ${localUrl}`);
console.log(`Signaling at ${localUrl.replace(/^http/, 'ws')}${SIGNALING_PATH}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}
