import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

export interface ChecklistItem {
  id: string;
  checklist: 'sleep' | 'travel';
  text: string;
  why: string;
  routineId?: string | null;
  /** The lesson that explains the tip, where one fits. */
  lessonId?: string | null;
  ticked: boolean;
  tickedAt: string | null;
}

const key = ['checklists'] as const;

export function useChecklists() {
  return useQuery({
    queryKey: key,
    queryFn: async () => (await call('GET /checklists')).items,
  });
}

/** Ticks or unticks at once on screen; puts the old list back if the server says no. */
export function useTick() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ticked }: { id: string; ticked: boolean }) =>
      call('PUT /checklists/:itemId', { params: { itemId: id }, body: { ticked } }),
    onMutate: async ({ id, ticked }) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<ChecklistItem[]>(key);
      const tickedAt = ticked ? new Date().toISOString() : null;
      client.setQueryData<ChecklistItem[]>(key, (items) =>
        items?.map((i) => (i.id === id ? { ...i, ticked, tickedAt } : i)),
      );
      return { before };
    },
    onError: (_err, _vars, context) => {
      if (context?.before) client.setQueryData(key, context.before);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
