import type { TokenInput } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

/** The user's access tokens (never their secrets), create and revoke. */
export function useTokens() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['tokens'] });
  const list = useQuery({
    queryKey: ['tokens'],
    queryFn: async () => (await call('GET /tokens')).items,
  });
  const create = useMutation({
    mutationFn: async (input: TokenInput) => (await call('POST /tokens', { body: input })).token,
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call('DELETE /tokens/:id', { params: { id } }),
    onSuccess: refresh,
  });
  return { list, create, revoke };
}
