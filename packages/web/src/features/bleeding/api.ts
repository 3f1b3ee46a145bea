import {
  addLocalDays,
  type BleedingAnswerKind,
  type BleedingCheckResult,
  bleedingCheck,
  bleedingCheckInputFor,
  bleedingRuns,
  type Episode,
  type Period,
  type Profile,
} from '@spinekind/core';
import { useQuery } from '@tanstack/react-query';
import { useLiveQuery } from 'dexie-react-hooks';
import { call } from '../../lib/api';
import { nowWithOffset } from '../../lib/dates';
import { deviceKeyOf } from '../../lib/resources';
import { deviceTimeZone } from '../../lib/time-zone';
import { deviceCopy, keepCopy, readWithCopy } from '../../offline/cache';
import { db, type LocalBleedingAnswer } from '../../offline/db';
import { enqueue } from '../../offline/outbox';
import { pull, pullRange } from '../../offline/pull';
import { useProfile } from '../profile/api';
import { olderBleedingDays } from './older-days';

/** Where the device keeps the last `GET /cycle` answer (its episodes reach back before the device's check-ins). */
export const CYCLE_COPY = 'cycle';
const INFO_SHOWN = 'bleeding:infoShown';
/** Days of check-ins kept fresh on the device for the judged run and the period before it. */
const RECENT_DAYS = 60;

/** The check as the device sees it: core's §4 answer and the judged run's last day. */
export interface DeviceBleedingCheck {
  result: BleedingCheckResult;
  runEnd: string | null;
}

/**
 * Runs core's bleeding check on the device (offline too) from her profile, the check-ins on the device,
 * the periods copy, and the older bleeding days the server last reported (so a period older than the
 * device's check-ins still counts).
 */
export async function bleedingCheckOnDevice(profile: Profile, today: string): Promise<DeviceBleedingCheck> {
  const [checkins, periods, cycle] = await Promise.all([
    db.checkins.filter((c) => c.bleeding != null && c.bleeding !== 'none').toArray(),
    deviceCopy<Period[]>(deviceKeyOf('periods')),
    deviceCopy<{ episodes?: Episode[] }>(CYCLE_COPY),
  ]);
  const older = olderBleedingDays(cycle?.episodes ?? [], addLocalDays(today, -RECENT_DAYS));
  const input = bleedingCheckInputFor(profile, checkins, [...(periods ?? []), ...older], today);
  return {
    result: bleedingCheck(input),
    runEnd: bleedingRuns(input.bleeding, today).at(-1)?.last ?? null,
  };
}

/** The query of `GET /cycle` for her today in the device's time zone. */
export const cycleQuery = () => `timeZone=${encodeURIComponent(deviceTimeZone())}`;

/** The check for today, recomputed whenever the device's check-ins, copies or her profile change. */
export function useBleedingCheck(today: string): DeviceBleedingCheck | undefined {
  const { data: profile } = useProfile();
  return useLiveQuery(() => (profile ? bleedingCheckOnDevice(profile, today) : undefined), [profile, today]);
}

/** Refreshes what the device check reads (periods, the cycle answer, recent check-ins, her answers). */
async function refreshSources(today: string): Promise<true> {
  await Promise.allSettled([
    readWithCopy(deviceKeyOf('periods'), async () => (await call('GET /periods')).items),
    readWithCopy(CYCLE_COPY, () => call('GET /cycle', { query: cycleQuery() })),
    pullRange(addLocalDays(today, -RECENT_DAYS), today),
    pull('bleedingAnswers'),
  ]);
  return true;
}

/** Keeps the device check's sources fresh while a screen that shows it is open (quietly, offline too). */
export function useBleedingSources(today: string) {
  useQuery({
    queryKey: ['bleeding-sources', today],
    queryFn: () => refreshSources(today),
    retry: false,
    networkMode: 'always',
    staleTime: 60_000,
  });
}

/** Her answers to the Today card, from the device (the server's are pulled in by `useBleedingSources`). */
export function useBleedingAnswers(): LocalBleedingAnswer[] | undefined {
  return useLiveQuery(() => db.bleedingAnswers.toArray(), []);
}

/** Stores "I have booked" or "Remind me tomorrow" on the device and queues it (idempotent client id). */
export async function answerBleeding(runStart: string, answer: BleedingAnswerKind): Promise<string> {
  const id = crypto.randomUUID();
  const answeredAt = nowWithOffset();
  const now = new Date().toISOString();
  await enqueue(
    { resource: 'bleedingAnswers', kind: 'create', id, payload: { id, runStart, answer, answeredAt } },
    { id, runStart, answer, answeredAt, createdAt: now, updatedAt: now, pending: true },
  );
  return id;
}

/** Takes an answer back (Undo after a mistaken tap): the card shows again. */
export async function undoBleedingAnswer(id: string): Promise<void> {
  await enqueue({ resource: 'bleedingAnswers', kind: 'delete', id }, null);
}

/** What to show after saving bleeding: the check, whether its `info` is new, whether to ask the HRT regimen. */
export interface SavedBleedingNote {
  check: DeviceBleedingCheck;
  showInfo: boolean;
  askRegimen: boolean;
  /** Spec §2: an unknown HRT start counts as settled (fail-safe), and the app asks her for the date. */
  askStartDate: boolean;
}

/**
 * The note after a save with bleeding. An `info` answer shows once per run on this device (spec §6.3);
 * on HRT without a regimen we ask for it (spec §7.5).
 */
export async function noteAfterSave(profile: Profile, today: string): Promise<SavedBleedingNote> {
  const check = await bleedingCheckOnDevice(profile, today);
  const runStart = check.result.runStart;
  let showInfo = false;
  if (check.result.level === 'info' && runStart) {
    const shown = (await deviceCopy<string[]>(INFO_SHOWN)) ?? [];
    showInfo = !shown.includes(runStart);
    if (showInfo) await keepCopy(INFO_SHOWN, [...shown, runStart]);
  }
  return {
    check,
    showInfo,
    askRegimen: profile.hrt === true && !profile.hrtRegimen,
    askStartDate: profile.hrt === true && !profile.hrtStartDate,
  };
}
