import type { Profile } from './schema.js';
import { type CheckinGroup, checkinGroups } from './values.js';

/**
 * The check-in groups that open by themselves: the ones she pinned; before she ever pinned one, the ones
 * she had not folded away when every group started open (so an earlier choice carries over). Weight and
 * waist were part of "body" then, so they follow it.
 */
export function pinnedGroupsOf(profile: Profile | undefined): CheckinGroup[] {
  if (profile?.pinnedCheckinGroups) return [...profile.pinnedCheckinGroups];
  const hidden = profile?.hiddenCheckinGroups;
  if (!hidden) return [];
  const folded = (g: CheckinGroup) => hidden.includes(g === 'measures' ? 'body' : g);
  return checkinGroups.filter((g) => !folded(g));
}

/** Her pinned groups after pinning or unpinning one, in the form's order. */
export function togglePinned(pinned: readonly CheckinGroup[], group: CheckinGroup): CheckinGroup[] {
  const next = pinned.includes(group) ? pinned.filter((g) => g !== group) : [...pinned, group];
  return checkinGroups.filter((g) => next.includes(g));
}

/**
 * Whether to greet her with the first-day welcome: a new account (no check-ins yet, none of its three
 * questions answered) that has not answered or skipped it.
 */
export function offerWelcome(profile: Profile, hasCheckins: boolean): boolean {
  if (profile.welcomeDone || hasCheckins) return false;
  return profile.birthYear == null && profile.boneHealth == null && profile.menopausalSelfReport == null;
}
