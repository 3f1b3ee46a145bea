import type { Profile } from '@spinekind/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, isConflict, NetworkError } from '../../lib/api';
import { basedOn, noteVersion } from '../../lib/documents';
import { keepCopy, readWithCopy } from '../../offline/cache';

/** Key of this device's copy of her profile (Dexie `cached`), as the server last answered it (cleared on sign-out). */
export const PROFILE_COPY = 'profile';

/** The empty profiles that stand in while neither the server nor a device copy could say. */
const standIns = new WeakSet<Profile>();

/** True when `profile` is one the server gave (now, or earlier and kept on the device), not the empty stand-in. */
export const isServerProfile = (profile: Profile | undefined): profile is Profile =>
  profile !== undefined && !standIns.has(profile);

/** The profile (for prefilling age and health background), cached for offline use. */
export const profileQuery = queryOptions({
  queryKey: ['profile'],
  networkMode: 'always',
  retry: false,
  queryFn: async (): Promise<Profile> => {
    try {
      // Only a missing network falls back to the device copy: a 401 means it is not hers to show.
      return await readWithCopy(PROFILE_COPY, async () => {
        const { profile } = noteVersion('/profile', await call('GET /profile'));
        return profile;
      });
    } catch (err) {
      if (!(err instanceof NetworkError)) throw err;
      const standIn = {} as Profile;
      standIns.add(standIn);
      return standIn;
    }
  },
});

export function useProfile() {
  return useQuery(profileQuery);
}

/**
 * Saves the whole profile (PUT, based on the version this device read) and refreshes every view of it; a
 * profile changed on another device meanwhile is refused (409) and read again.
 */
export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (profile: Profile) => {
      const answer = await call('PUT /profile', { body: profile, headers: await basedOn('/profile') });
      return noteVersion('/profile', answer).profile;
    },
    onError: (err) => (isConflict(err) ? client.invalidateQueries({ queryKey: ['profile'] }) : undefined),
    onSuccess: async (profile) => {
      await keepCopy(PROFILE_COPY, profile);
      client.setQueryData(['profile'], profile);
      // Her bone-health answer changes the routines the server gives her.
      await client.invalidateQueries({ queryKey: ['routines'] });
    },
  });
}
