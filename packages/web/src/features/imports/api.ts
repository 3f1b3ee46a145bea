import { useQuery } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Imported daily values in a range of local dates (inclusive). */
/** The notes she wrote in other apps on the days of a range, for History. */
export function useImportedNotes(from: string, to: string) {
  return useQuery({
    queryKey: ['imported-notes', from, to],
    queryFn: async () => (await call('GET /imported-notes', { query: `from=${from}&to=${to}` })).items,
    retry: false,
  });
}

export function useDailyMetrics(from: string | null, to: string | null) {
  return useQuery({
    queryKey: ['daily-metrics', from, to],
    enabled: from !== null && to !== null,
    queryFn: async () => (await call('GET /daily-metrics', { query: `from=${from}&to=${to}` })).items,
    retry: false,
  });
}
