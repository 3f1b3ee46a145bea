import type { FastifyServerOptions } from 'fastify';

type Logger = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

interface DatabaseFields {
  code?: unknown;
  severity?: unknown;
  table?: unknown;
  column?: unknown;
  constraint?: unknown;
  routine?: unknown;
}

/** The driver's error inside `err` (Drizzle wraps it in `cause`): a PostgreSQL SQLSTATE and severity. */
function databaseErrorIn(err: unknown): DatabaseFields | undefined {
  for (
    let e = err, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const fields = e as DatabaseFields;
    if (typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && 'severity' in fields)
      return fields;
  }
  return undefined;
}

interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

const framesOf = (err: Error) =>
  (err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .join('\n');

/**
 * What the log keeps of an error. A failed statement's error holds the SQL, its parameters (her values)
 * and the server's message and detail ("Key (…)=(…)"): only the SQLSTATE and the names of the table,
 * column and constraint are kept. Any other error keeps its type, code and stack frames, never its message:
 * even our own ("Not a YYYY-MM-DD date: …") and JSON.parse's quote the input.
 */
export function safeError(err: unknown): SafeError {
  if (!(err instanceof Error)) return { type: typeof err, message: '(not an Error)', stack: '' };
  const db = databaseErrorIn(err);
  const wrapped = err.name === 'DrizzleQueryError' || 'params' in err || 'query' in err;
  if (db || wrapped)
    return {
      type: 'DatabaseError',
      message: 'A database statement failed (its text, values and detail are not logged).',
      sqlState: db?.code,
      table: db?.table,
      column: db?.column,
      constraint: db?.constraint,
      routine: db?.routine,
      stack: framesOf(err),
    };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: '(not logged: messages may quote her input)',
    stack: framesOf(err),
  };
}

/**
 * A request's URL as the log keeps it: the secret of a share link (`/shared/…`) or a calendar feed
 * (`/calendar/….ics`) is the credential, so it is replaced.
 */
export function loggableUrl(url: string): string {
  return url
    .replace(/\/shared\/[^/?#]+/g, '/shared/[redacted]')
    .replace(/\/calendar\/[^/?#]+\.ics/g, '/calendar/[redacted].ics');
}

interface RequestLike {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Pino settings for the app: JSON, credentials redacted, errors through `safeError`, never a body. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): Logger {
  return {
    level,
    // Never log credentials, tokens or the health data in bodies.
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'req.headers["x-share-passcode"]',
      'res.headers["set-cookie"]',
    ],
    serializers: {
      err: safeError,
      error: safeError,
      // Fastify's own request fields, with the URL's secrets taken out.
      req: (req: RequestLike) => ({
        method: req.method,
        url: loggableUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    ...(stream ? { stream } : {}),
  };
}
