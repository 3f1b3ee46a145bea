import { isIP } from 'node:net';

/** Fastify's `trustProxy` in the forms we accept: off, a hop count, or the proxies' addresses/CIDRs. */
export type TrustProxy = false | number | string[];

const isAddressOrCidr = (entry: string) => {
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
};

/**
 * Reads `TRUST_PROXY`: `false`/`0` (default), a hop count (`1` = one proxy in front), or a comma list of
 * the proxies' addresses or CIDRs. `true` is refused: it would believe any client's `X-Forwarded-For`,
 * so anyone could pick the address that rate limits and logs see. Throws with what to write instead.
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true')
    throw new Error(
      'TRUST_PROXY=true would trust every X-Forwarded-For header, so any client could choose the address that ' +
        'rate limits and logs use. Name your proxy instead: TRUST_PROXY=127.0.0.1 (a proxy on this machine), ' +
        'a comma list of addresses or CIDRs (TRUST_PROXY=10.0.0.0/8,192.168.1.5), or the number of proxies ' +
        'in front of the app (TRUST_PROXY=1).',
    );
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUST_PROXY=${value}: a hop count above 10 is not a real set-up.`);
    return hops;
  }
  const list = value
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const wrong = list.filter((x) => !isAddressOrCidr(x));
  if (wrong.length)
    throw new Error(
      `TRUST_PROXY: ${wrong.join(', ')} is not an IP address or CIDR. Use false, a hop count (1) or a comma list ` +
        "of the proxies' addresses or CIDRs (127.0.0.1,10.0.0.0/8).",
    );
  return list;
}

/** In the form Fastify's types take: a hop count becomes "trust the first n hops", as Fastify does itself. */
export function fastifyTrustProxy(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
}
