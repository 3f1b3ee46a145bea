/**
 * A stand-in for the network edge in the outbox's unit tests: `fetch` answers like the API does for the
 * offline resources (create by client id, a replay answers the first; PATCH and DELETE with `If-Match`,
 * 409 `conflict` with the current record). The device side (Dexie on fake-indexeddb) is the real one.
 */
type Row = Record<string, unknown> & { id: string; version: number };
/** What a request meets before the API handles it, one per request for that record. */
type Fault = number | 'unreachable' | 'timeout' | 'answer lost';

export interface Call {
  method: string;
  path: string;
  /** The record id the request is about (the body's for a create, the path's otherwise). */
  id: string;
  ifMatch?: string;
}

const singular: Record<string, string> = {
  checkins: 'checkin',
  screenings: 'screening',
  sessions: 'session',
  'bleeding-answers': 'answer',
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, message: string, extra: object = {}) =>
  json(
    status,
    { error: { code, message, details: [], ...extra } },
    status === 429 ? { 'retry-after': '120' } : {},
  );

export class FakeServer {
  readonly rows = new Map<string, Row>();
  readonly calls: Call[] = [];
  readonly faults = new Map<string, Fault[]>();
  /** Nothing answers at all (as with no network or a refused connection). */
  unreachable = false;
  /** Resolves when `release()` is called; requests wait for it while set (to overlap two tabs). */
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  failNext(id: string, ...faults: Fault[]): void {
    this.faults.set(id, [...(this.faults.get(id) ?? []), ...faults]);
  }

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    if (this.unreachable) throw new TypeError('Failed to fetch');
    const method = init.method ?? 'GET';
    const [, resource = '', pathId] = url.replace('/api/v1/', '').match(/^([a-z-]+)(?:\/([^/?]+))?/) ?? [];
    const body = init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    const id = pathId ?? String(body.id);
    const ifMatch = (init.headers as Record<string, string> | undefined)?.['if-match'];
    this.calls.push({ method, path: url, id, ifMatch });
    await this.gate;
    const fault = this.faults.get(id)?.shift();
    if (fault === 'unreachable') throw new TypeError('Failed to fetch');
    if (fault === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
    if (typeof fault === 'number') return problem(fault, `status_${fault}`, `Refused with ${fault}.`);
    const answer = this.handle(method, resource, id, body, ifMatch);
    // The server did the work, but its answer never reached the device.
    if (fault === 'answer lost') throw new TypeError('Failed to fetch');
    return answer;
  };

  private handle(method: string, resource: string, id: string, body: object, ifMatch?: string): Response {
    const key = singular[resource] ?? 'entry';
    const row = this.rows.get(id);
    if (method === 'POST') {
      // A replay of a create answers the record it made the first time.
      if (row) return json(200, { [key]: row });
      const made = { ...body, id, version: 1 };
      this.rows.set(id, made);
      return json(201, { [key]: made });
    }
    if (!row) return problem(404, 'not_found', 'Not found.');
    if (ifMatch && ifMatch !== `"${row.version}"`) {
      return problem(409, 'conflict', 'Changed on another device.', { current: row });
    }
    if (method === 'DELETE') {
      this.rows.delete(id);
      return new Response(null, { status: 204 });
    }
    const changed = { ...row, ...body, id, version: row.version + 1 };
    this.rows.set(id, changed);
    return json(200, { [key]: changed });
  }
}
