import type {
  InsightsReport,
  InsightsReportInput,
  Period,
  Profile,
  Tracker,
  Treatment,
} from '@spinekind/core';
import { addLocalDays } from '@spinekind/core';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, NetworkError } from '../../lib/api';
import { deviceCopy } from '../../offline/cache';
import { db } from '../../offline/db';
import { pullRange } from '../../offline/pull';
import { TRACKERS_COPY } from '../checkins/trackers-api';
import { PROFILE_COPY } from '../profile/api';
import { computeReport } from './compute';

export interface InsightsAnswer {
  report: InsightsReport;
  /** `device`: the server could not be reached, so the report was computed here from the device's check-ins. */
  source: 'server' | 'device';
  /** For `device`: whether the device had no network or the server did not answer. */
  serverDown?: boolean;
}

/** What the device already knows besides check-ins: lists loaded in this session, trackers and profile kept offline. */
async function cachedExtras(
  client: QueryClient,
): Promise<Omit<InsightsReportInput, 'checkins' | 'from' | 'to'>> {
  const trackers =
    client.getQueryData<Tracker[]>(['trackers']) ?? (await deviceCopy<Tracker[]>(TRACKERS_COPY)) ?? [];
  return {
    periods: client.getQueryData<Period[]>(['periods']),
    treatments: client.getQueryData<Treatment[]>(['treatments']),
    profile: client.getQueryData<Profile>(['profile']) ?? (await deviceCopy<Profile>(PROFILE_COPY)),
    names: Object.fromEntries(trackers.map((t) => [`custom:${t.id}`, t.name])),
  };
}

/** The insights of [from, to]: from the server, or, when it cannot be reached, computed on this device. */
export function useInsights(from: string, to: string) {
  const client = useQueryClient();
  return useQuery<InsightsAnswer>({
    queryKey: ['insights', from, to],
    queryFn: async () => {
      try {
        const report = await call('GET /insights', { query: `from=${from}&to=${to}` });
        // Keep the device copy of these check-ins current, so the page still works offline next time.
        void pullRange(addLocalDays(report.from, -1), to).catch((err: unknown) =>
          // The report is shown already; only the device copy stays as it was.
          console.warn('Could not refresh the device copy of check-ins', (err as Error).name),
        );
        return { report, source: 'server' };
      } catch (err) {
        if (!(err instanceof NetworkError)) throw err;
        const checkins = await db.checkins
          .where('localDate')
          .between(addLocalDays(from, -1), to, true, true)
          .toArray();
        const report = await computeReport({ checkins, from, to, ...(await cachedExtras(client)) });
        return { report, source: 'device', serverDown: err.deviceOnline };
      }
    },
    retry: false,
    networkMode: 'always',
    staleTime: 60_000,
  });
}
