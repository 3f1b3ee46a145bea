/** A routine's page and its player, by routine id (built-in or `custom:` one of hers). */
export const routinePath = (id: string) => `/move/routines/${encodeURIComponent(id)}`;
export const playPath = (id: string) => `/move/play/${encodeURIComponent(id)}`;
