import type { ChangePassword } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** Her password and her signed-in devices. Ending sessions also ends her access tokens on the server. */
export function useSecurity() {
  const client = useQueryClient();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['devices'] }),
      client.invalidateQueries({ queryKey: ['tokens'] }),
    ]);
  const devices = useQuery({
    queryKey: ['devices'],
    queryFn: async () => (await call('GET /me/sessions')).items,
  });
  const changePassword = useMutation({
    mutationFn: (input: ChangePassword) => call('POST /me/password', { body: input }),
    // The flag "choose a longer password" is gone now: ask /me again.
    onSuccess: () => Promise.all([refresh(), client.invalidateQueries({ queryKey: ['me'] })]),
  });
  const signOutDevice = useMutation({
    mutationFn: (id: string) => call('DELETE /me/sessions/:id', { params: { id } }),
    onSuccess: refresh,
  });
  const signOutOthers = useMutation({
    mutationFn: () => call('POST /me/sessions/revoke-others'),
    onSuccess: refresh,
  });
  return { devices, changePassword, signOutDevice, signOutOthers };
}
