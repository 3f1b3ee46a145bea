import type { Query, QueryClient } from '@tanstack/react-query';

/** Every query but who is signed in (`['me']`): what a sign-out forgets. */
export const herData = (query: Query): boolean => query.queryKey[0] !== 'me';

/**
 * Called as the signed-in layout goes: after a sign-out (`['me']` is `null`), what its screens showed is
 * forgotten too. `forgetDevice` leaves those queries while a screen still shows them, because a query taken
 * away under a mounted screen is fetched again (a 401 now) the next time that screen renders, and a
 * navigation to the sign-in page keeps the old screen on show until the new one is ready.
 */
export function forgetShownData(client: QueryClient): void {
  if (client.getQueryData(['me']) === null) client.removeQueries({ predicate: herData });
}
