import type { Profile } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, NetworkError } from '../../lib/api';

/** This device's copy of her profile, as the server last answered it (cleared on sign-out). */
export const PROFILE = 'spinekind.profile';

/** True when this device holds a profile the server gave (not just the empty stand-in). */
export const hasProfileCopy = () => localStorage.getItem(PROFILE) !== null;

/** The profile (for prefilling age and health background), cached for offline use. */
export function useProfile() {
  return useQuery({
    queryKey: ['profile'],
    networkMode: 'always',
    retry: false,
    queryFn: async (): Promise<Profile> => {
      try {
        const { profile } = await api<{ profile: Profile }>('GET', '/profile');
        localStorage.setItem(PROFILE, JSON.stringify(profile));
        return profile;
      } catch (err) {
        // Only a missing network falls back to the device copy: a 401 means it is not hers to show.
        if (!(err instanceof NetworkError)) throw err;
        return JSON.parse(localStorage.getItem(PROFILE) ?? '{}') as Profile;
      }
    },
  });
}

/** Saves the whole profile (PUT) and refreshes every view of it. */
export function useSaveProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (profile: Profile) =>
      (await api<{ profile: Profile }>('PUT', '/profile', profile)).profile,
    onSuccess: async (profile) => {
      localStorage.setItem(PROFILE, JSON.stringify(profile));
      client.setQueryData(['profile'], profile);
      // Her bone-health answer changes the routines the server gives her.
      await client.invalidateQueries({ queryKey: ['routines'] });
    },
  });
}
