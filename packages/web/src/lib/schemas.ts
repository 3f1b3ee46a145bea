type FormSchemas = typeof import('./form-schemas');

let loading: Promise<FormSchemas> | undefined;

/**
 * The forms' schemas (lib/form-schemas.ts), loaded once. A form asks for them when it shows, so they are
 * on the device (and in the service worker's cache) long before she saves, offline or not; a failed load
 * is asked again by the next call.
 */
export function formSchemas(): Promise<FormSchemas> {
  loading ??= import('./form-schemas').catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}

/** Starts loading the forms' schemas without waiting (a form that just showed). */
export function preloadFormSchemas(): void {
  formSchemas().catch(() => undefined);
}
