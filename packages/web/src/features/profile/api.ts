import type { Profile } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, NetworkError } from '../../lib/api';

const PROFILE = 'spinekind.profile';

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
    onSuccess: (profile) => {
      localStorage.setItem(PROFILE, JSON.stringify(profile));
      client.setQueryData(['profile'], profile);
    },
  });
}
