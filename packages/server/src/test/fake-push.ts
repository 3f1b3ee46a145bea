import { execFileSync } from 'node:child_process';
import { createDecipheriv, createECDH, hkdfSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tmpRoot } from './tmp-root.js';

/** A self-signed certificate for 127.0.0.1, made with the system's `openssl`; removed by `cleanup`. */
export function makeTestCertificate() {
  const dir = join(tmpRoot, `push-tls-${randomUUID()}`);
  mkdirSync(dir, { recursive: true });
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const cert = readFileSync(certFile, 'utf8');
  return {
    certFile,
    key: readFileSync(keyFile, 'utf8'),
    cert,
    /** An agent that trusts exactly this certificate (verification stays on). */
    agent: new Agent({ ca: cert, keepAlive: true }),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A browser's side of a subscription: its key pair and auth secret, able to decrypt what arrives. */
export function makeDevice(pushUrl: string, path = `push/${randomUUID()}`) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const endpoint = `${pushUrl}/${path}`;
  return {
    endpoint,
    path: `/${path}`,
    subscription: {
      endpoint,
      expirationTime: null,
      keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    },
    /** Decrypts an `aes128gcm` Web Push body (RFC 8188 + RFC 8291), single record. */
    decrypt(body: Buffer): string {
      const salt = body.subarray(0, 16);
      const idLength = body.readUInt8(20);
      const serverKey = body.subarray(21, 21 + idLength);
      const sealed = body.subarray(21 + idLength);
      const shared = ecdh.computeSecret(serverKey);
      const info = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverKey]);
      const ikm = Buffer.from(hkdfSync('sha256', shared, auth, info, 32));
      const cek = Buffer.from(
        hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
      );
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      const plain = Buffer.concat([
        decipher.update(sealed.subarray(0, sealed.length - 16)),
        decipher.final(),
      ]);
      // The last record ends with the delimiter 0x02, then zero padding.
      return plain.subarray(0, plain.lastIndexOf(2)).toString('utf8');
    },
  };
}
export type TestDevice = ReturnType<typeof makeDevice>;

export interface ReceivedPush {
  path: string;
  body: Buffer;
  ttl: number;
  urgency: string | undefined;
  authorization: string | undefined;
}

/**
 * A local HTTPS push service: records every push and answers 201, or the status set for a path
 * (`respond('/push/x', 410)`); `delayMs` slows every answer, like a real service over the network.
 */
export async function startFakePushService(tls: { key: string; cert: string }, delayMs = 0) {
  const received: ReceivedPush[] = [];
  const statuses = new Map<string, number>();
  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({
        path,
        body: Buffer.concat(chunks),
        ttl: Number(req.headers.ttl),
        urgency: req.headers.urgency as string | undefined,
        authorization: req.headers.authorization,
      });
      setTimeout(() => {
        res.statusCode = statuses.get(path) ?? 201;
        res.end();
      }, delayMs);
    });
  });
  // Keep idle connections open longer than any pause in a test, so a reused keep-alive socket is
  // never closed under a request (a reset would make the job retry a push that may have arrived).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    received,
    respond: (path: string, status: number) => statuses.set(path, status),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type FakePushService = Awaited<ReturnType<typeof startFakePushService>>;

/** The decrypted notifications a device received, in arrival order. */
export function notificationsOf(service: FakePushService, device: TestDevice): Record<string, unknown>[] {
  return service.received
    .filter((r) => r.path === device.path)
    .map((r) => JSON.parse(device.decrypt(r.body)) as Record<string, unknown>);
}
