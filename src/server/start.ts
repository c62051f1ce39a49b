// `npm start`: builds if needed, then serves the production build on http://localhost:4173.
// PORT changes the port. `--lan` (or HOST=0.0.0.0) listens on the local network too, over
// https, since browsers give a page from another computer's http:// address no Web Crypto. The
// y-webrtc signaling server answers on ws://…/signal (wss:// with --lan) on the same origin.

import { resolve } from 'node:path';
import { buildApp, needsBuild } from './build.ts';
import { createSignaling } from './signaling.ts';
import { SIGNALING_PATH, startStaticServer } from './staticServer.ts';
import { lanAddresses, tlsCredentials } from './tlsCertificate.ts';

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
const lan = host !== '127.0.0.1' && host !== 'localhost';
// Listening on every interface, the room reaches this laptop at any of its addresses.
const addresses = lan ? (host === '0.0.0.0' ? lanAddresses() : [host]) : [];
const tls = lan
  ? await tlsCredentials(resolve(projectRoot, '.roundtable-tls'), process.env, addresses).catch((error: Error) => {
      console.error(`Cannot serve https for the local network: ${error.message}`);
      process.exit(1);
    })
  : undefined;
const signaling = createSignaling();
const running = await startStaticServer({ root: resolve(projectRoot, 'dist'), port, host, signaling, tls }).catch((error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one, e.g. PORT=4174 npm start` : error.message);
  process.exit(1);
});
const localUrl = running.url.replace('127.0.0.1', 'localhost');
console.log(`Roundtable is running at ${localUrl}`);
console.log(`Signaling at ${localUrl.replace(/^http/, 'ws')}${SIGNALING_PATH}`);
if (tls) {
  const actualPort = new URL(running.url).port;
  if (addresses.length === 0) console.log('No local network was found on this computer: only this computer can join.');
  for (const address of addresses) console.log(`Other laptops in the room open https://${address}:${actualPort} (open it here too, so that join links carry it)`);
  if (tls.source !== 'given') {
    console.log('The certificate was made on this computer, so each browser warns once: choose to continue to the address.');
    console.log('Set TLS_CERT and TLS_KEY (PEM files) to use a certificate the laptops already trust.');
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}
