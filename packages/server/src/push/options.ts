import type { Agent } from 'node:https';
import { defaultPushEndpointHosts, pushSubjectFrom } from '../config.js';

/** How this app sends Web Push; main.ts builds it from config, tests pass their own. */
export interface PushOptions {
  subject: string;
  /** Hosts a subscription endpoint may use; `*.example.com` matches any subdomain. */
  endpointHosts: string[];
  /** HTTPS agent for push services (e.g. one trusting a test CA). */
  agent?: Agent | undefined;
  /** Start the reminder job in this app, every `intervalMs`; omitted (as in tests) → not started. */
  job?: { intervalMs: number } | undefined;
}

export function defaultPushOptions(publicUrl: string | undefined): PushOptions {
  return { subject: pushSubjectFrom(publicUrl), endpointHosts: defaultPushEndpointHosts };
}

/** Whether an endpoint's host is one we send to (no requests to arbitrary or internal hosts). */
export function endpointAllowed(endpoint: string, hosts: string[]): boolean {
  const host = new URL(endpoint).hostname.toLowerCase();
  return hosts.some((h) => (h.startsWith('*.') ? host.endsWith(h.slice(1)) : host === h));
}
