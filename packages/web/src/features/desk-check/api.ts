import { type ErgonomicAreaId, ergonomicRecheckDays } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';

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

/** When her last check is due for another look (core's re-check interval after it). */
export const recheckDate = (check: DeskCheck) =>
  new Date(Date.parse(check.createdAt) + ergonomicRecheckDays * 86_400_000);

export function useDeskQuestions() {
  return useQuery({
    queryKey: ['ergonomics', 'questions'],
    queryFn: () => call('GET /ergonomics/questions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The user's checks, oldest first. */
export function useDeskChecks() {
  return useQuery({
    queryKey: ['ergonomics', 'checks'],
    queryFn: async () => (await call('GET /ergonomics')).items,
  });
}

export function useSubmitDeskCheck() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (answers: Record<string, string>) =>
      (await call('POST /ergonomics', { body: { answers } })).check,
    onSuccess: () => client.invalidateQueries({ queryKey: ['ergonomics', 'checks'] }),
  });
}
