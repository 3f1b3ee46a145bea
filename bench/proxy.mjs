// A small round-robin reverse proxy for the scale-out bench (what nginx would be in front of two
// instances): each request goes to the next upstream in turn, over kept-alive connections, with the
// client's address appended to X-Forwarded-For as nginx's `proxy_add_x_forwarded_for` does.
// `GET /__proxy/counts` answers how many requests each upstream got. Run as a child process:
// `PORT=… UPSTREAMS=http://127.0.0.1:a,http://127.0.0.1:b node bench/proxy.mjs`.
import { Agent, createServer, request } from 'node:http';

const upstreams = process.env.UPSTREAMS.split(',').map((u) => new URL(u));
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const counts = upstreams.map(() => 0);
// Hop-by-hop headers belong to one connection, never forwarded (RFC 9110 §7.6.1).
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);
let next = 0;

const server = createServer((req, res) => {
  if (req.url === '/__proxy/counts') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(counts));
    return;
  }
  const i = next++ % upstreams.length;
  counts[i] += 1;
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !hopByHop.has(k)));
  const client = req.socket.remoteAddress?.replace(/^::ffff:/, '');
  headers['x-forwarded-for'] = req.headers['x-forwarded-for']
    ? `${req.headers['x-forwarded-for']}, ${client}`
    : client;
  const target = upstreams[i];
  const upstream = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent },
    (answer) => {
      const kept = Object.entries(answer.headers).filter(([k]) => !hopByHop.has(k));
      res.writeHead(answer.statusCode ?? 502, Object.fromEntries(kept));
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(upstream);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('proxy is running'));
