import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** What a listener is told. */
export interface ListenHandlers {
  /** One notification's payload, in commit order. */
  notify(payload: string): void;
  /**
   * Listening started, stopped or started again: notifications may have been missed, so whatever they keep
   * true must be forgotten.
   */
  reset(): void;
}

/** A channel listened to (`Database.listen`). */
export interface Listening {
  /**
   * Resolves true once every notification committed before this call has been handed to `notify`; false
   * when that cannot be known now (not listening: never started, the connection lost or being made again).
   */
  caughtUp(): Promise<boolean>;
  close(): Promise<void>;
}

const noop = () => {};

/**
 * PGlite is this process's alone, and it hands a commit's notifications to the listener (as microtasks)
 * before the statement that committed returns: whoever asks after a commit already sees its effect.
 */
export function listenPglite(client: PGlite, channel: string, handlers: ListenHandlers): Listening {
  let live = false;
  let closed = false;
  const started = client.listen(channel, handlers.notify).then(
    (unlisten) => {
      if (!closed) {
        handlers.reset();
        live = true;
      }
      return unlisten;
    },
    () => undefined,
  );
  return {
    caughtUp: () => Promise.resolve(live),
    async close() {
      closed = true;
      live = false;
      handlers.reset();
      // Not waited for: UNLISTEN queues behind whatever statement still runs, and a shutdown must not.
      void started.then((unlisten) => unlisten?.().catch(noop));
    },
  };
}

export interface PostgresListenOptions {
  /** How long a catch-up round trip may take before the connection counts as lost (default 2 s). */
  roundTripMs?: number;
  /** Waits before each new attempt to listen after a failure (the last one repeats). */
  retryMs?: readonly number[];
  /** Told when listening fails or the connection is lost (the error is never a secret). */
  onError?: (err: unknown) => void;
  /** How the connection shows in `pg_stat_activity`. */
  applicationName?: string;
}

/**
 * A dedicated connection LISTENing on `channel`. PostgreSQL delivers a commit's notifications to every
 * listener soon after the commit, but not before the committer hears back (measured: up to 48 ms later on a
 * busy machine), so "soon" is not enough for a revoked session. `caughtUp` closes that gap with a round
 * trip on the listening connection: PostgreSQL sends a listener every notification already committed
 * before it answers the next command (postgres.c, before ReadyForQuery), and `pg` hands them over in
 * order, so when the round trip's answer arrives every notification committed before it was sent has
 * been handled. Callers arriving while a round trip is under way share the next one.
 */
export function listenPostgres(
  url: string,
  channel: string,
  handlers: ListenHandlers,
  {
    roundTripMs = 2_000,
    retryMs = [250, 1_000, 5_000],
    onError = noop,
    applicationName = `spinekind: listening on ${channel}`,
  }: PostgresListenOptions = {},
): Listening {
  let client: pg.Client | undefined; // the listening connection, once LISTEN has succeeded
  let connecting: pg.Client | undefined; // one being made
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let inFlight: Promise<boolean> | undefined;
  let queued: Promise<boolean> | undefined;

  const lose = (lost: pg.Client, err?: unknown) => {
    if (client !== lost) return;
    client = undefined;
    handlers.reset();
    if (err !== undefined) onError(err);
    lost.end().catch(noop);
    if (!closed) schedule();
  };

  const schedule = () => {
    const wait = retryMs[Math.min(failures, retryMs.length - 1)] ?? 1_000;
    failures += 1;
    retry = setTimeout(start, wait);
    retry.unref();
  };

  async function start(): Promise<void> {
    retry = undefined;
    const next = new pg.Client({
      connectionString: url,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
      application_name: applicationName,
    });
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.notify(message.payload ?? '');
    });
    next.on('error', (err) => lose(next, err));
    next.on('end', () => lose(next));
    connecting = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      connecting = undefined;
      next.removeAllListeners('end');
      next.end().catch(noop);
      // Said once per outage: the first attempt, or the first after the connection was lost (`lose`).
      if (failures === 0) onError(err);
      if (!closed) schedule();
      return;
    }
    connecting = undefined;
    if (closed) {
      await next.end().catch(noop);
      return;
    }
    failures = 0;
    handlers.reset();
    client = next;
  }

  /** One round trip on the listening connection; false (and the connection dropped) when it fails or stalls. */
  const roundTrip = async (): Promise<boolean> => {
    const on = client;
    if (!on) return false;
    let timer: NodeJS.Timeout | undefined;
    const stalled = new Promise<'stalled'>((resolve) => {
      timer = setTimeout(() => resolve('stalled'), roundTripMs);
    });
    try {
      const answer = await Promise.race([on.query('select 1'), stalled]);
      if (answer === 'stalled') {
        lose(on, new Error(`LISTEN connection silent for ${roundTripMs} ms`));
        return false;
      }
      return client === on;
    } catch (err) {
      lose(on, err);
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const begin = (): Promise<boolean> => {
    const trip = roundTrip();
    inFlight = trip;
    void trip.then(() => {
      if (inFlight === trip) inFlight = undefined;
    });
    return trip;
  };

  void start();
  return {
    caughtUp() {
      if (!client) return Promise.resolve(false);
      // A round trip already under way was sent before this call: it proves nothing about what came since.
      if (!inFlight) return begin();
      queued ??= inFlight.then(() => {
        queued = undefined;
        return begin();
      });
      return queued;
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client ?? connecting;
      client = undefined;
      connecting = undefined;
      handlers.reset();
      // `pg` never settles the connect() of a client ended while connecting, so wait for the end itself, and
      // at most a second: a shutdown must not wait on a server that does not answer.
      if (last)
        await Promise.race([
          last.end().catch(noop),
          new Promise((resolve) => setTimeout(resolve, 1_000).unref()),
        ]);
    },
  };
}
