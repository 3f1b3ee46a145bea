import { dueInstruments, type Instrument, type InstrumentId, instruments } from '@spinekind/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { todayLocal } from '../../lib/dates';
import { useProfile } from '../profile/api';

export type InstrumentDefinition = Omit<Instrument, 'score' | 'band'>;

export function useInstruments() {
  return useQuery({
    queryKey: ['instruments'],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => (await call('GET /instruments')).items,
  });
}

export function useResponses(id: string) {
  return useQuery({
    queryKey: ['responses', id],
    queryFn: async () => (await call('GET /instruments/:id/responses', { params: { id } })).items,
  });
}

export function useSubmitResponse(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { answers: number[]; completedAt: string }) =>
      (
        await call('POST /instruments/:id/responses', {
          params: { id },
          body: { id: crypto.randomUUID(), ...body },
        })
      ).response,
    onSuccess: () => client.invalidateQueries({ queryKey: ['responses', id] }),
  });
}

/** Questionnaires due today (PEG weekly, MRS monthly, PHQ-2/GAD-2 fortnightly when opted in). */
export function useDueQuestionnaires(): InstrumentId[] {
  const { data: profile } = useProfile();
  const instrumentIds = instruments.map((i) => i.id);
  const results = useQueries({
    queries: instrumentIds.map((id) => ({
      queryKey: ['responses', id],
      queryFn: async () => (await call('GET /instruments/:id/responses', { params: { id } })).items,
    })),
  });
  if (results.some((r) => !r.data)) return [];
  const lastCompleted = Object.fromEntries(
    instrumentIds.map((id, i) => [id, results[i]?.data?.at(-1)?.localDate]),
  );
  return dueInstruments({
    lastCompleted,
    optedIn: profile?.moodQuestionnaires === true,
    today: todayLocal(),
  });
}
