import type { ScreeningPatch } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, type LocalScreening } from '../../offline/db';
import { enqueue } from '../../offline/outbox';
import { pull } from '../../offline/pull';

/** All the user's screenings, oldest first, from the device; refreshed from the server in the background. */
export function useScreenings() {
  useQuery({
    queryKey: ['screenings'],
    queryFn: () => pull('screenings'),
    retry: false,
    networkMode: 'always',
  });
  return useLiveQuery(() => db.screenings.orderBy('recordedAt').toArray(), []);
}

export function useScreening(id: string) {
  return useLiveQuery(() => db.screenings.get(id), [id], null);
}

export async function updateScreening(current: LocalScreening, patch: ScreeningPatch): Promise<void> {
  await enqueue(
    { resource: 'screenings', kind: 'update', id: current.id, payload: patch },
    { ...current, ...patch, pending: true },
  );
}

export { useProfile } from '../profile/api';
