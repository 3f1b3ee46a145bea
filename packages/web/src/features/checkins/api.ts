import { type Checkin, type CheckinInput, checkinFieldNames, localDateOf } from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db, type LocalCheckin } from '../../offline/db';
import { enqueue } from '../../offline/outbox';
import { pullRange } from '../../offline/pull';

/** The check-ins of [from, to] from the device copy, refreshed from the server in the background. */
export function useCheckins(from: string, to: string) {
  const refresh = useQuery({
    queryKey: ['checkins', from, to],
    queryFn: () => pullRange(from, to),
    retry: false,
    networkMode: 'always',
  });
  const items = useLiveQuery(
    () => db.checkins.where('localDate').between(from, to, true, true).sortBy('recordedAt'),
    [from, to],
  );
  // A device that holds none of these days yet waits for the server's answer (and for the days it
  // brought to be read back from the device) rather than showing "nothing logged" and then jumping when
  // her days arrive: a new phone, or after clearing the device. Once settled it never goes back.
  const [settled, setSettled] = useState(false);
  const ready =
    items !== undefined && (items.length > 0 || refresh.isError || (refresh.isSuccess && refresh.data === 0));
  if (ready && !settled) setSettled(true);
  return { items, loading: !(settled || ready), refresh };
}

/** A full local record from input, so the UI shows it at once, marked as waiting to sync. */
function localRecord(id: string, input: CheckinInput, previous?: Checkin): LocalCheckin {
  const now = new Date().toISOString();
  const fields = Object.fromEntries(
    checkinFieldNames.map((k) => [k, input[k] ?? null]),
  ) as unknown as Checkin;
  return {
    ...fields,
    id,
    localDate: localDateOf(input.recordedAt),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    pending: true,
  };
}

export async function createCheckin(input: CheckinInput): Promise<string> {
  const id = input.id ?? crypto.randomUUID();
  await enqueue(
    { resource: 'checkins', kind: 'create', id, payload: { ...input, id } },
    localRecord(id, input),
  );
  return id;
}

export async function updateCheckin(previous: Checkin, input: CheckinInput): Promise<void> {
  const { id: _id, ...patch } = input;
  await enqueue(
    { resource: 'checkins', kind: 'update', id: previous.id, payload: patch },
    localRecord(previous.id, input, previous),
  );
}

/** Deletes now; returns what undo needs to bring it back with the same id. */
export async function deleteCheckin(checkin: Checkin): Promise<Checkin> {
  await enqueue({ resource: 'checkins', kind: 'delete', id: checkin.id }, null);
  return checkin;
}

export async function restoreCheckin(checkin: Checkin): Promise<void> {
  const { localDate: _l, createdAt: _c, updatedAt: _u, ...rest } = checkin as LocalCheckin;
  const { pending: _p, syncError: _s, version: _v, conflict: _x, ...input } = rest as LocalCheckin;
  await enqueue(
    { resource: 'checkins', kind: 'create', id: checkin.id, payload: input as CheckinInput },
    localRecord(checkin.id, input as CheckinInput, checkin),
  );
}
