// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { covers, namesToCover, tlsCredentials } from './tlsCertificate.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-tls-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('namesToCover', () => {
  it('covers localhost, the host name and its .local name, loopback and the given addresses', () => {
    expect(namesToCover(['192.168.1.20', '10.0.0.5'], 'meeting-laptop')).toEqual({
      dns: ['localhost', 'meeting-laptop', 'meeting-laptop.local'],
      ips: ['127.0.0.1', '192.168.1.20', '10.0.0.5'],
    });
  });

  it('leaves out a host name a certificate cannot carry', () => {
    expect(namesToCover([], 'my laptop').dns).toEqual(['localhost']);
  });
});

describe('tlsCredentials', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('makes a certificate for this computer’s addresses, then keeps it while it still covers them', async () => {
    const dir = tempDir();
    const made = await tlsCredentials(dir, {}, ['192.168.1.20'], now);
    expect(made.source).toBe('made');
    const cert = new X509Certificate(made.cert);
    expect(cert.subjectAltName).toContain('IP Address:192.168.1.20');
    expect(cert.subjectAltName).toContain('DNS:localhost');
    expect(cert.checkPrivateKey(await import('node:crypto').then((c) => c.createPrivateKey(made.key)))).toBe(true);

    const again = await tlsCredentials(dir, {}, ['192.168.1.20'], now);
    expect(again.source).toBe('kept');
    expect(again.cert).toBe(made.cert);
  });

  it('makes a new one when the laptop is on another network, or the old one is about to expire', async () => {
    const dir = tempDir();
    const first = await tlsCredentials(dir, {}, ['192.168.1.20'], now);
    const moved = await tlsCredentials(dir, {}, ['10.1.2.3'], now);
    expect(moved.source).toBe('made');
    expect(new X509Certificate(moved.cert).subjectAltName).toContain('IP Address:10.1.2.3');
    const later = new Date(now.getTime() + 362 * 24 * 3600 * 1000);
    expect(covers(moved.cert, namesToCover(['10.1.2.3']), later)).toBe(false);
    expect((await tlsCredentials(dir, {}, ['10.1.2.3'], later)).source).toBe('made');
    expect(first.cert).not.toBe(moved.cert);
  });

  it('uses the certificate it is given, and asks for both files', async () => {
    const dir = tempDir();
    const made = await tlsCredentials(dir, {}, [], now);
    writeFileSync(join(dir, 'given-cert.pem'), made.cert);
    writeFileSync(join(dir, 'given-key.pem'), made.key);
    const given = await tlsCredentials(tempDir(), { TLS_CERT: join(dir, 'given-cert.pem'), TLS_KEY: join(dir, 'given-key.pem') }, [], now);
    expect(given).toEqual({ cert: made.cert, key: made.key, source: 'given' });
    await expect(tlsCredentials(tempDir(), { TLS_CERT: join(dir, 'given-cert.pem') }, [], now)).rejects.toThrow('Set both TLS_CERT and TLS_KEY');
  });

  it('does not take a damaged stored certificate for a good one', () => {
    expect(covers('not a certificate', namesToCover([]), now)).toBe(false);
  });
});
