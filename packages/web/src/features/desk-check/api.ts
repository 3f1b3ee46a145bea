import type { ErgonomicArea, ErgonomicAreaId } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api';

export interface DeskQuestion {
  id: string;
  area: ErgonomicAreaId;
  text: string;
  why: string;
  options: { value: string; label: string }[];
}

export interface DeskCheck {
  id: string;
  answers: Record<string, string>;
  score: number;
  areas: { area: ErgonomicAreaId; score: number; fixes: string[] }[];
  topFixes: string[];
  createdAt: string;
}

export function useDeskQuestions() {
  return useQuery({
    queryKey: ['ergonomics', 'questions'],
    queryFn: () => api<{ items: DeskQuestion[]; areas: ErgonomicArea[] }>('GET', '/ergonomics/questions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The user's checks, oldest first. */
export function useDeskChecks() {
  return useQuery({
    queryKey: ['ergonomics', 'checks'],
    queryFn: async () => (await api<{ items: DeskCheck[] }>('GET', '/ergonomics')).items,
  });
}

export function useSubmitDeskCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (answers: Record<string, string>) =>
      (await api<{ check: DeskCheck }>('POST', '/ergonomics', { answers })).check,
    onSuccess: () => client.invalidateQueries({ queryKey: ['ergonomics', 'checks'] }),
  });
}
