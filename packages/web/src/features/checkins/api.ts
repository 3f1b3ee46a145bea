import {
  type Checkin,
  type CheckinInput,
  checkinFieldNames,
  checkinScreeningPrompt,
  localDateOf,
} from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { keepTheirs } from '../../offline/conflicts';
import { db, type LocalCheckin } from '../../offline/db';
import { pick } from '../../offline/merge';
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

export type CheckinField = (typeof checkinFieldNames)[number];

/**
 * A full local record from input, so the UI shows it at once, marked as waiting to sync; its screening
 * prompt by core's rule, as the server will answer it.
 */
function localRecord(id: string, input: CheckinInput, previous?: Checkin): LocalCheckin {
  const now = new Date().toISOString();
  const fields = Object.fromEntries(
    checkinFieldNames.map((k) => [k, input[k] ?? null]),
  ) as unknown as Checkin;
  return {
    ...fields,
    id,
    localDate: localDateOf(input.recordedAt),
    screeningPrompt: checkinScreeningPrompt(input),
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

/**
 * Saves an edit: only the fields she changed (`changed`), with the values they held in the copy she edited
 * (`seen`) as their base, so another device's change to other fields is never written over, and the same
 * field changed on both is found (offline/merge.ts). Nothing changed, nothing sent.
 */
export async function updateCheckin(
  seen: LocalCheckin,
  input: CheckinInput,
  changed: CheckinField[],
): Promise<void> {
  if (changed.length === 0) return;
  const payload = Object.fromEntries(changed.map((k) => [k, input[k] ?? null]));
  // The device's copy now (a pull may have brought another device's change meanwhile), hers on top.
  const current = (await db.checkins.get(seen.id)) ?? seen;
  const next = { ...current, ...payload };
  await enqueue(
    {
      resource: 'checkins',
      kind: 'update',
      id: seen.id,
      payload,
      base: pick(seen, changed),
      baseVersion: seen.version,
    },
    {
      ...next,
      screeningPrompt: checkinScreeningPrompt(next),
      localDate: localDateOf(input.recordedAt),
      updatedAt: new Date().toISOString(),
      pending: true,
    },
  );
}

/** Deletes now; returns what undo needs to bring it back with the same id. */
export async function deleteCheckin(checkin: Checkin): Promise<Checkin> {
  await enqueue({ resource: 'checkins', kind: 'delete', id: checkin.id }, null);
  return checkin;
}

/** Brings a check-in back with the same id (undo of a delete, or hers restored after it was deleted elsewhere). */
export async function restoreCheckin(checkin: Checkin): Promise<void> {
  const input = inputOf(checkin);
  await enqueue(
    { resource: 'checkins', kind: 'create', id: checkin.id, payload: { ...input, id: checkin.id } },
    localRecord(checkin.id, input, checkin),
  );
}

/** Her version as a check-in's input, without what only the server or this device keeps. */
function inputOf(c: Checkin): CheckinInput {
  return Object.fromEntries(checkinFieldNames.map((k) => [k, c[k] ?? null])) as unknown as CheckinInput;
}

/** "Keep both": theirs stays as it is, hers becomes a check-in of its own (a new id, sent like any other). */
export async function keepBothCheckins(mine: LocalCheckin): Promise<void> {
  const input = inputOf(mine);
  await keepTheirs('checkins', mine.id, true);
  await createCheckin(input);
}
