import type { ScreeningInput, ScreeningPatch } from '@spinekind/core';
import { screeningOutcome } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { nowWithOffset } from '../../lib/dates';
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

/** Runs the rules on the device (works offline), keeps the result and queues it for the server. */
export async function saveScreening(input: ScreeningInput['input']): Promise<string> {
  const id = crypto.randomUUID();
  const recordedAt = nowWithOffset();
  const now = new Date().toISOString();
  const local: LocalScreening = {
    id,
    recordedAt,
    localDate: recordedAt.slice(0, 10),
    input: { age: input.age, answers: input.answers ?? {} },
    ...screeningOutcome(input),
    acknowledgedAt: null,
    bookingReminder: false,
    bookedAt: null,
    followUp: null,
    followUpAt: null,
    createdAt: now,
    updatedAt: now,
    pending: true,
  };
  await enqueue({ resource: 'screenings', kind: 'create', id, payload: { id, recordedAt, input } }, local);
  return id;
}

export async function updateScreening(current: LocalScreening, patch: ScreeningPatch): Promise<void> {
  await enqueue(
    { resource: 'screenings', kind: 'update', id: current.id, payload: patch },
    { ...current, ...patch, pending: true },
  );
}

export { useProfile } from '../profile/api';
