import {
  type BoneSwap,
  boneCaution,
  type Locale,
  type Profile,
  type RoutinesAnswer,
  routineForBones,
} from '@spinekind/core';
import type { MoveRoutine } from './library';

export type BoneCondition = 'osteoporosis' | 'osteopenia';

/**
 * What the app knows of her bone health, which changes what some routines play.
 * `known`: from the server's routines answer (fresh or this device's copy) or her profile;
 * `checking`: the first answer is on its way and this device has none;
 * `unknown`: no answer (offline, server unreachable) and nothing on this device.
 */
export type BoneStatus =
  | { state: 'known'; condition: BoneCondition | null }
  | { state: 'checking' }
  | { state: 'unknown' };

const fragile = (value: Profile['boneHealth']): BoneCondition | null =>
  value === 'osteoporosis' || value === 'osteopenia' ? value : null;

/**
 * Her bone status from the routines answer and the profile. Fails closed: any source that says
 * osteoporosis or osteopenia wins; "not fragile" is believed from the server's answer this time
 * (`answer`), and from this device's copy (`copy`, or a profile the server gave,
 * `profileFromServer`) only once the server could not answer, never while it is on its way.
 */
export function boneStatusOf(input: {
  answer: RoutinesAnswer | undefined;
  copy: RoutinesAnswer | undefined;
  profile: Profile | undefined;
  profileFromServer: boolean;
  pending: boolean;
}): BoneStatus {
  const fromProfile = fragile(input.profile?.boneHealth);
  if (input.answer) return { state: 'known', condition: input.answer.bones?.condition ?? fromProfile };
  const condition = input.copy?.bones?.condition ?? fromProfile;
  if (condition) return { state: 'known', condition };
  if (input.pending) return { state: 'checking' };
  if (input.copy || (input.profile && input.profileFromServer)) return { state: 'known', condition: null };
  return { state: 'unknown' };
}

/** A routine as she may see and play it now. */
export interface SafeRoutine {
  routine: MoveRoutine;
  swaps: BoneSwap[];
  /** For her own routines: the exercises in it usually avoided with fragile bones. */
  caution: string | null;
  /** Her bone status is being checked and this routine changes for fragile bones: Start waits. */
  waiting: boolean;
  /** Her bone status can't be checked: this is the bone-safe version, and the page says why. */
  assumedSafe: boolean;
}

/** Whichever fragile-bone condition to plan for while her answer is not known: the stricter one. */
const ASSUMED: BoneCondition = 'osteoporosis';

/**
 * The routine for her bone status. Built-in routines with fragile bones play the server's answer
 * when it has them (the source of truth), else core's `routineForBones`; while her status is not
 * known they are shown bone-safe, and wait for it (`checking`) or play bone-safe (`unknown`).
 * Her own routines play as built, with a caution whenever fragile bones are possible.
 */
export function safeRoutine(
  base: MoveRoutine,
  status: BoneStatus,
  answer: RoutinesAnswer | undefined,
  doseOf: (exerciseId: string) => MoveRoutine['items'][number]['dose'] | undefined,
  /** The caution's language and the exercises' names in it (English by default). */
  language?: { locale: Locale; nameOf: (exerciseId: string) => string | undefined },
): SafeRoutine {
  const plain = { routine: base, swaps: [], caution: null, waiting: false, assumedSafe: false };
  const condition = status.state === 'known' ? status.condition : ASSUMED;
  if (!condition) return plain;
  if (base.custom) return { ...plain, caution: boneCaution(base, { boneHealth: condition }, language) };
  const fromServer = answer?.bones ? answer.items.find((r) => r.id === base.id && !r.custom) : undefined;
  const made = fromServer
    ? { items: fromServer.items, swaps: fromServer.boneSwaps }
    : (({ routine, swaps }) => ({ items: routine.items, swaps }))(
        routineForBones(base, { boneHealth: condition }),
      );
  const items = made.items.flatMap((item) => {
    const dose = item.dose ?? doseOf(item.exerciseId);
    return dose ? [{ exerciseId: item.exerciseId, dose }] : [];
  });
  const changes = made.swaps.length > 0;
  return {
    routine: { ...base, items },
    swaps: made.swaps,
    caution: null,
    waiting: status.state === 'checking' && changes,
    assumedSafe: status.state === 'unknown' && changes,
  };
}
