import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api';

/**
 * The one cache of server answers of the signed-in app. It is not in the first load: the pages of someone
 * not signed in (sign-in, sign-up, a forgotten password, help) read without it (lib/public-read.ts), so
 * TanStack Query's ~14 KB arrive with the signed-in shell, a share link's page, or once she starts on the
 * sign-in form (features/auth/api.ts puts her account here). One client for all of them, so what the
 * sign-in wrote is what the shell reads.
 */
export const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: true } },
  queryCache: new QueryCache({
    // A 401 on any read means the session ended: re-ask /me, whose null answer leads to sign-in.
    onError: (error, query) => {
      if (error instanceof ApiError && error.status === 401 && query.queryKey[0] !== 'me')
        void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  }),
});

/** Around each screen that reads through queries: the signed-in shell and a share link's page. */
export function WithQueries({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
