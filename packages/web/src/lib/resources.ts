import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api';

/**
 * List of a simple online resource (`/periods`, `/treatments`, `/trackers`…), with create, update,
 * delete and, for resources the server archives, restore (undo of an archive).
 */
export function useResource<T extends { id: string }>(plural: string) {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: [plural],
    queryFn: async () => (await api<{ items: T[] }>('GET', `/${plural}`)).items,
  });
  const refresh = () => client.invalidateQueries({ queryKey: [plural] });
  const create = useMutation({
    mutationFn: (body: object) => api('POST', `/${plural}`, body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: object }) => api('PATCH', `/${plural}/${id}`, patch),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api('DELETE', `/${plural}/${id}`),
    onSuccess: refresh,
  });
  const restore = useMutation({
    mutationFn: (id: string) => api('POST', `/${plural}/${id}/restore`),
    onSuccess: refresh,
  });
  return { list, create, update, remove, restore };
}
