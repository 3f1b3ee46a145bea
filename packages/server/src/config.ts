import { resolve } from 'node:path';
import { type SignupMode, signupModes } from '@spinekind/core';
import { z } from 'zod';
import { parseTrustProxy, type TrustProxy } from './config-proxy.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUSH_SUBJECT: z
    .string()
    .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'Use a mailto: address or an https: URL.')
    .optional(),
  PUSH_JOB_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  PUSH_ENDPOINT_HOSTS: z.string().optional(),
  PUSH_CA_FILE: z.string().min(1).optional(),
  SEARCH_INDEXING: z.enum(['public', 'none'], { error: 'Use public or none.' }).default('public'),
  SIGNUP: z.enum(signupModes, { error: 'Use open, invite or closed.' }).default('open'),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'Use smtp://user:password@host:587 or smtps://…:465.' })
    .optional(),
  SMTP_FROM: z.string().min(3).max(320).optional(),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

/** Push services of the major browsers; a subscription elsewhere is refused (the server would POST there). */
export const defaultPushEndpointHosts = [
  'fcm.googleapis.com',
  'android.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.push.apple.com',
  '*.notify.windows.com',
];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** The origin users reach the app at; decides the `Secure` cookie flag and the allowed `Origin`. */
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Behind a reverse proxy: whose X-Forwarded-* to believe for client IP and protocol (hops or addresses). */
  trustProxy: TrustProxy;
  push: PushConfig;
  /** What `/robots.txt` lets search engines crawl: the public pages, or nothing. */
  searchIndexing: SearchIndexing;
  /** No database statement keeps a request waiting longer than this (0: no limit); then 503. */
  statementTimeoutMs: number;
  /** Who may create an account (the first account on an empty server always may, and is the admin). */
  signup: SignupMode;
  /** Outgoing mail for "Forgot password" links; undefined without `SMTP_URL`. */
  mail: MailConfig | undefined;
}

export interface MailConfig {
  smtpUrl: string;
  /** The sender address; default `Spinekind <no-reply@PUBLIC_URL's host>`. */
  from: string;
}

export type SearchIndexing = 'public' | 'none';

export interface PushConfig {
  /** VAPID `sub`: who push services contact about our traffic (`mailto:` or an https URL). */
  subject: string;
  /** How often the reminder job runs in this instance; 0 turns it off. */
  jobIntervalMs: number;
  /** Hosts a subscription's endpoint may point at; `*.example.com` matches any subdomain. */
  endpointHosts: string[];
  /** An extra CA certificate (PEM file) trusted for push services, besides the usual ones. */
  caFile: string | undefined;
}

/** Reads and validates the environment once; the only place that touches `process.env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const e = parsed.data;
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.TRUST_PROXY);
  } catch (err) {
    throw new Error(`Invalid configuration:\n  ${(err as Error).message}`);
  }
  if (e.SMTP_URL && !e.PUBLIC_URL)
    throw new Error(
      'Invalid configuration:\n  SMTP_URL: set PUBLIC_URL too, so reset links in mails point at this server (never at a Host a request names).',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    trustProxy,
    searchIndexing: e.SEARCH_INDEXING,
    signup: e.SIGNUP,
    mail:
      e.SMTP_URL && e.PUBLIC_URL
        ? {
            smtpUrl: e.SMTP_URL,
            from: e.SMTP_FROM ?? `Spinekind <no-reply@${new URL(e.PUBLIC_URL).hostname}>`,
          }
        : undefined,
    statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    push: {
      subject: e.PUSH_SUBJECT ?? pushSubjectFrom(e.PUBLIC_URL),
      jobIntervalMs: e.PUSH_JOB_INTERVAL_MS,
      endpointHosts: e.PUSH_ENDPOINT_HOSTS
        ? e.PUSH_ENDPOINT_HOSTS.split(',')
            .map((h) => h.trim().toLowerCase())
            .filter(Boolean)
        : defaultPushEndpointHosts,
      caFile: e.PUSH_CA_FILE,
    },
  };
}

/** The public https URL when there is one; otherwise a placeholder address (set PUSH_SUBJECT in production). */
export function pushSubjectFrom(publicUrl: string | undefined): string {
  return publicUrl?.startsWith('https://') ? publicUrl.replace(/\/+$/, '') : 'mailto:push@spinekind.invalid';
}
