import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../offline/db';
import { pull } from '../../offline/pull';

/** Sessions of [from, to] from the device copy, refreshed from the server in the background. */
export function useSessions(from: string, to: string) {
  const refresh = useQuery({
    queryKey: ['sessions', from, to],
    queryFn: () => pull('sessions', `?from=${from}&to=${to}`, { from, to }),
    retry: false,
    networkMode: 'always',
  });
  const items = useLiveQuery(
    () => db.sessions.where('localDate').between(from, to, true, true).sortBy('startedAt'),
    [from, to],
  );
  return { items, loading: items === undefined, refresh };
}
