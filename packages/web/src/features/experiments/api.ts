import type { AnswerOf, Experiment } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api';
import { deviceTimeZone as timeZone } from '../../lib/time-zone';
import { readWithCopy } from '../../offline/cache';
import { db } from '../../offline/db';
import { enqueue } from '../../offline/outbox';

/**
 * Experiments' data. Her list is kept on the device (read offline); setting one up and stopping need
 * the network; the daily "did you follow today's plan?" goes through the outbox, so it works offline.
 */

const LIST = ['experiments', 'list'] as const;
const LIST_COPY = 'experiments';
const zoneQuery = () => `timeZone=${encodeURIComponent(timeZone())}`;

/** What the set-up form sends (the id is made here, once per tap). */
export interface NewExperiment {
  templateId?: string;
  custom?: { title: string; intervention: string; control: string };
  startDate: string;
  periodDays?: number;
  pairs?: number;
  washoutDays?: number;
}

export function useTemplates() {
  return useQuery({
    queryKey: ['experiments', 'templates'],
    queryFn: () => readWithCopy('experiment-templates', () => call('GET /experiments/templates')),
    networkMode: 'always',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Her experiments, with answers still waiting in the outbox laid over the server's copy. */
export function useExperiments() {
  return useQuery({
    queryKey: LIST,
    queryFn: async () => {
      const { items } = await readWithCopy(LIST_COPY, () => call('GET /experiments', { query: zoneQuery() }));
      const waiting = await db.outbox
        .where('id')
        .anyOf(items.map((e) => e.id))
        .toArray();
      return items.map((e) => waiting.reduce(withAnswer, e));
    },
    networkMode: 'always',
    retry: false,
  });
}

function withAnswer(e: Experiment, op: { kind: string; payload?: unknown }): Experiment {
  if (op.kind !== 'adherence') return e;
  const { date, followed } = op.payload as { date: string; followed: boolean };
  const adherence = [...e.adherence.filter((a) => a.date !== date), { date, followed }];
  return { ...e, adherence: adherence.sort((a, b) => a.date.localeCompare(b.date)) };
}

export function useCreateExperiment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewExperiment) =>
      call('POST /experiments', { query: zoneQuery(), body: { id: crypto.randomUUID(), ...input } }),
    onSuccess: () => client.invalidateQueries({ queryKey: LIST }),
    networkMode: 'always',
  });
}

export function useStopExperiment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('POST /experiments/:id/stop', { params: { id }, query: zoneQuery() }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['experiments'] }),
    networkMode: 'always',
  });
}

/** One tap, saved on the device first and sent when the server can be reached. */
export function useLogAdherence() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      experiment,
      date,
      followed,
    }: {
      experiment: Experiment;
      date: string;
      followed: boolean;
    }) => {
      const local = withAnswer(experiment, { kind: 'adherence', payload: { date, followed } });
      client.setQueryData<Experiment[]>(LIST, (list) => list?.map((e) => (e.id === local.id ? local : e)));
      await enqueue(
        {
          resource: 'experiments',
          kind: 'adherence',
          id: experiment.id,
          payload: { date, followed, timeZone: timeZone() },
        },
        { ...local, pending: true },
      );
    },
    networkMode: 'always',
  });
}

export function useResult(id: string, enabled: boolean) {
  return useQuery<AnswerOf<'GET /experiments/:id/result'> | null>({
    queryKey: ['experiments', 'result', id],
    queryFn: () =>
      readWithCopy(`experiment-result:${id}`, () =>
        call('GET /experiments/:id/result', { params: { id }, query: zoneQuery() }),
      ),
    enabled,
    networkMode: 'always',
    retry: false,
  });
}
