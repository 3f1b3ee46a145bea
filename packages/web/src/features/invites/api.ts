import type { Invite } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export type InviteStatus = 'waiting' | 'used' | 'expired';

/** Used, past its expiry, or still waiting for someone to use it. */
export function inviteStatus(invite: Invite, now: Date): InviteStatus {
  if (invite.usedAt) return 'used';
  return new Date(invite.expiresAt) <= now ? 'expired' : 'waiting';
}

/** How long a new invite can stay valid (days), up to core's INVITE_DAYS_MAX. */
export const INVITE_DAYS = [1, 3, 7, 14, 30] as const;

/** The admin's invite links: create, list, revoke. */
export function useInvites() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['invites'] });
  const list = useQuery({
    queryKey: ['invites'],
    queryFn: async () => (await call('GET /admin/invites')).items,
  });
  const create = useMutation({
    mutationFn: (expiresInDays: number) => call('POST /admin/invites', { body: { expiresInDays } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call('DELETE /admin/invites/:id', { params: { id } }),
    onSuccess: refresh,
  });
  return { list, create, revoke };
}
