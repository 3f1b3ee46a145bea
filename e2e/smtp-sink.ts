import { createServer, type Server } from 'node:net';

/** A mail the sink received: its envelope recipients and its raw message (headers and body). */
export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * The smallest SMTP server nodemailer can deliver to (no TLS, no auth): it keeps every message, so a test
 * can read a reset mail the way she would, from her inbox. Only for tests, on 127.0.0.1.
 */
export async function startSmtpSink(
  port: number,
): Promise<{ mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server: Server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let to: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mails.push({ to, raw: buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          inData = false;
          to = [];
          reply('250 queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') reply('250 sink');
        else if (verb === 'HELO' || verb === 'MAIL' || verb === 'RSET' || verb === 'NOOP') reply('250 ok');
        else if (verb === 'RCPT') {
          to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 go ahead');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('502 not here');
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The first link to `path` in a mail, with quoted-printable soft breaks and `=3D` undone. */
export function linkIn(mail: ReceivedMail, path: string): string | undefined {
  const text = mail.raw.replace(/=\r\n/g, '').replace(/=3D/gi, '=');
  return new RegExp(`https?://[^\\s"<>]*${path}[^\\s"<>]+`).exec(text)?.[0];
}
