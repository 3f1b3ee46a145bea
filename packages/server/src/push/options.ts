import type { Agent } from 'node:https';
import { defaultPushEndpointHosts, pushSubjectFrom } from '../config.js';

/** How this app sends Web Push; main.ts builds it from config, tests pass their own. */
export interface PushOptions {
  subject: string;
  /**
   * Hosts a subscription endpoint may use; `*.example.com` matches any subdomain. Only the default https
   * port is allowed, unless an entry names another (`127.0.0.1:8443`, for a test push service).
   */
  endpointHosts: string[];
  /** HTTPS agent for push services (e.g. one trusting a test CA). */
  agent?: Agent | undefined;
  /** Start the reminder job in this app, every `intervalMs`; omitted (as in tests) → not started. */
  job?: { intervalMs: number } | undefined;
}

export function defaultPushOptions(publicUrl: string | undefined): PushOptions {
  return { subject: pushSubjectFrom(publicUrl), endpointHosts: defaultPushEndpointHosts };
}

/**
 * Why we would not send to this endpoint, or undefined when we would: only listed hosts (no requests to
 * arbitrary or internal hosts), and only on port 443 (push services use it; another port is a way to
 * reach something else on that host).
 */
export function endpointProblem(endpoint: string, hosts: string[]): string | undefined {
  const url = new URL(endpoint);
  const host = url.hostname.toLowerCase();
  const port = url.port; // '' for https on 443
  const hostMatches = (h: string) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h);
  const entries = hosts.map((entry) => {
    const at = entry.lastIndexOf(':');
    return at > 0 && /^\d+$/.test(entry.slice(at + 1))
      ? { host: entry.slice(0, at), port: entry.slice(at + 1) }
      : { host: entry, port: '' };
  });
  const known = entries.filter((e) => hostMatches(e.host));
  if (known.length === 0) return 'This push service is not supported.';
  if (!known.some((e) => e.port === port)) return 'The endpoint must use the default https port (443).';
  return undefined;
}
