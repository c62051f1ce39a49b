// The certificate behind `npm start -- --lan`. Browsers give a page from another computer's
// plain http:// address no Web Crypto and no service worker, and a session needs both, so the
// room's laptops are served over https: with the company's own certificate (TLS_CERT, TLS_KEY),
// or with one made here once, for this computer's names and addresses, and kept for next time.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { generate } from 'selfsigned';

/** A certificate and its private key, in PEM. */
export interface TlsCredentials {
  cert: string;
  key: string;
  /** Where they came from, for the start-up message. */
  source: 'given' | 'made' | 'kept';
}

/** This computer's IPv4 addresses on its networks, loopback excluded. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

/** The names and addresses a certificate for this computer must cover. */
export function namesToCover(addresses: readonly string[], host = hostname()): { dns: string[]; ips: string[] } {
  const dns = [...new Set(['localhost', host, `${host}.local`].filter((name) => /^[a-z0-9.-]+$/i.test(name)))];
  return { dns, ips: [...new Set(['127.0.0.1', ...addresses])] };
}

/** Whether a PEM certificate covers every one of these names and addresses and is valid a while longer. */
export function covers(certPem: string, names: { dns: string[]; ips: string[] }, now: Date): boolean {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return false;
  }
  const aWeek = 7 * 24 * 3600 * 1000;
  if (new Date(cert.validTo).getTime() - now.getTime() < aWeek) return false;
  const alt = cert.subjectAltName ?? '';
  return names.dns.every((name) => alt.includes(`DNS:${name}`)) && names.ips.every((ip) => alt.includes(`IP Address:${ip}`));
}

/**
 * The credentials to serve https with: TLS_CERT and TLS_KEY (PEM files) when both are set;
 * otherwise a self-made certificate kept in `dir`, made anew when it no longer covers this
 * computer's addresses or is about to expire.
 */
export async function tlsCredentials(dir: string, env: NodeJS.ProcessEnv, addresses: readonly string[], now = new Date()): Promise<TlsCredentials> {
  if (env.TLS_CERT || env.TLS_KEY) {
    if (!env.TLS_CERT || !env.TLS_KEY) throw new Error('Set both TLS_CERT and TLS_KEY (PEM files), or neither to use a certificate made here.');
    return { cert: readFileSync(env.TLS_CERT, 'utf8'), key: readFileSync(env.TLS_KEY, 'utf8'), source: 'given' };
  }
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  const names = namesToCover(addresses);
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    if (covers(cert, names, now)) return { cert, key: readFileSync(keyFile, 'utf8'), source: 'kept' };
  }
  const made = await generate([{ name: 'commonName', value: 'Roundtable on this computer' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate: new Date(now.getTime() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(certFile, made.cert);
  writeFileSync(keyFile, made.private, { mode: 0o600 });
  return { cert: made.cert, key: made.private, source: 'made' };
}
