/**
 * zod's global configuration, set without loading zod. zod keeps it on `globalThis.__zod_globalConfig`
 * (zod/v4/core/core.js) and reads it from there whenever it runs, and a locale set before zod loads is kept
 * (zod sets English only when no locale is set). So the first page can turn the JIT off and pick the
 * language of zod's messages while zod itself stays out of the first download (it arrives with the first
 * form). `zod-config.test.ts` checks that zod reads what is set here.
 */
export interface ZodGlobalConfig {
  jitless?: boolean;
  localeError?: unknown;
}

export function zodConfig(change: ZodGlobalConfig): void {
  const global = globalThis as { __zod_globalConfig?: ZodGlobalConfig };
  global.__zod_globalConfig ??= {};
  Object.assign(global.__zod_globalConfig, change);
}
