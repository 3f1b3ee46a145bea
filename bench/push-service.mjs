// A local HTTPS push service for the scale-out bench: it counts the pushes each device's endpoint gets
// (answering 201, as FCM or Mozilla would), so two instances sending the same reminder show up as two.
// The certificate is made with the system's `openssl` and trusted by the servers via PUSH_CA_FILE.
import { execFileSync } from 'node:child_process';
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts the service; answers its URL, the certificate file, counts by path, and `close()`. */
export async function startPushService() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-push-'));
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
    ].concat([
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ]),
    { stdio: 'ignore' },
  );
  const received = new Map();
  const server = createServer({ key: readFileSync(keyFile), cert: readFileSync(certFile) }, (req, res) => {
    req.resume();
    req.on('end', () => {
      received.set(req.url, (received.get(req.url) ?? 0) + 1);
      res.statusCode = 201;
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${server.address().port}`;
  return {
    url,
    host: `127.0.0.1:${server.address().port}`,
    certFile,
    received,
    close() {
      server.closeAllConnections();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A browser's subscription to `serviceUrl`: a P-256 key and an auth secret (web-push encrypts for them). */
export function deviceSubscription(serviceUrl) {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const path = `/push/${randomUUID()}`;
  return {
    path,
    subscription: {
      endpoint: `${serviceUrl}${path}`,
      expirationTime: null,
      keys: {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
    },
  };
}
