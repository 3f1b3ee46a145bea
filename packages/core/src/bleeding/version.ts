// Apart from the check's schemas (schema.ts), so the browser's bleeding check does not load zod.

/** Bleeding-check spec version this code implements (clinical/bleeding-check-spec.md). */
export const BLEEDING_CHECK_VERSION = '1.0';
