import {
  type AnswerOf,
  type BodyOf,
  type CustomExercise,
  type CustomRoutine,
  type RoutinesAnswer,
  routinesAnswerSchema,
  type WeeklyPlan,
} from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { call, ifMatch, isConflict } from '../../lib/api';
import { basedOn, noteVersion } from '../../lib/documents';
import { deviceTimeZone } from '../../lib/time-zone';
import { deviceCopy, readWithCopy } from '../../offline/cache';
import { db } from '../../offline/db';
import { isServerProfile, useProfile } from '../profile/api';
import { type BoneCondition, type BoneStatus, boneStatusOf } from './bone-status';
import { cachedQuery } from './own';

/**
 * Create / edit / archive / undo-archive for `custom-exercises` or `custom-routines`. An edit or
 * undo puts the server's answer into the list and the device copy at once (so the player and the
 * plan see it offline too), then refreshes the list.
 */
type Custom = 'custom-exercises' | 'custom-routines';

export function useCustomWrite(plural: Custom) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: [plural] });
  const apply = async (item: Owned) => {
    const list = client.getQueryData<Owned[]>([plural]) ?? [];
    const next = list.some((x) => x.id === item.id)
      ? list.map((x) => (x.id === item.id ? item : x))
      : [...list, item];
    client.setQueryData([plural], next);
    await db.cached.put({ key: plural, value: next });
    await refresh();
  };
  const one = (answer: { exercise: CustomExercise } | { routine: CustomRoutine }): Owned =>
    'exercise' in answer ? answer.exercise : answer.routine;
  // Based on the version she sees: another device's change first is refused (409) and the list refreshed.
  const basedOn = (id: string) =>
    ifMatch(
      (client.getQueryData<(Owned & { version?: number })[]>([plural]) ?? []).find((x) => x.id === id)
        ?.version,
    );
  const onError = (err: unknown) => (isConflict(err) ? refresh() : undefined);
  // Offline, a write fails at once with "you're offline" instead of waiting unseen for the network.
  const networkMode = 'always';
  const create = useMutation({
    mutationFn: (body: BodyOf<`POST /${Custom}`>) => call(`POST /${plural}`, { body }),
    onSuccess: refresh,
    networkMode,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: BodyOf<`PATCH /${Custom}/:id`> }) =>
      call(`PATCH /${plural}/:id`, { params: { id }, body: patch, headers: basedOn(id) }).then(one),
    onSuccess: apply,
    onError,
    networkMode,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(`DELETE /${plural}/:id`, { params: { id }, headers: basedOn(id) }),
    onSuccess: refresh,
    onError,
    networkMode,
  });
  const restore = useMutation({
    mutationFn: (id: string) => call(`POST /${plural}/:id/restore`, { params: { id } }).then(one),
    onSuccess: apply,
    networkMode,
  });
  return { create, update, remove, restore };
}
type Owned = CustomExercise | CustomRoutine;

/** Her saved plan (`plan`), or the server's suggestion while she has not saved one (`suggestion`). */
export interface PlanState {
  plan: WeeklyPlan | null;
  suggestion: WeeklyPlan | null;
}
const planState = (b: AnswerOf<'GET /plan'>): PlanState =>
  b.suggested ? { plan: null, suggestion: b.plan } : { plan: b.plan, suggestion: null };

export function usePlan() {
  const timeZone = deviceTimeZone();
  return useQuery({
    queryKey: ['plan'],
    queryFn: cachedQuery('plan', async () =>
      planState(
        noteVersion('/plan', await call('GET /plan', { query: `timeZone=${encodeURIComponent(timeZone)}` })),
      ),
    ),
    networkMode: 'always',
    retry: false,
  });
}

export function useSavePlan() {
  const client = useQueryClient();
  return useMutation({
    // Based on the version this device read: a plan changed on another device meanwhile is refused (409).
    mutationFn: async (plan: WeeklyPlan) =>
      planState(
        noteVersion('/plan', await call('PUT /plan', { body: plan, headers: await basedOn('/plan') })),
      ),
    onError: (err) => (isConflict(err) ? client.invalidateQueries({ queryKey: ['plan'] }) : undefined),
    onSuccess: async (state) => {
      await db.cached.put({ key: 'plan', value: state });
      client.setQueryData(['plan'], state);
    },
  });
}

const ROUTINES = 'routines';
const ROUTINES_RETRY_MS = 5_000;
const parseAnswer = (value: unknown): RoutinesAnswer | undefined => {
  const parsed = routinesAnswerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The server's routines for her (`GET /routines`: bone-safe when her profile says so, and the
 * bone-health answer behind them, `answer`), and this device's copy of the last one (`copy`).
 */
export function useRoutinesAnswer() {
  const fresh = useQuery({
    queryKey: [ROUTINES],
    queryFn: () =>
      readWithCopy(ROUTINES, async () => {
        const answer = parseAnswer(await call('GET /routines'));
        if (!answer) throw new Error('The routines answer was not in the expected shape.');
        return answer;
      }).then((value) => parseAnswer(value) ?? null),
    networkMode: 'always',
    retry: false,
    // Until the server has answered once, ask again every few seconds: a slow or restarting server
    // must not leave her on the bone-safe fallback until she reloads.
    refetchInterval: (query) => (query.state.status === 'error' ? ROUTINES_RETRY_MS : false),
  });
  const copy = useQuery({
    queryKey: [ROUTINES, 'device'],
    queryFn: async () => parseAnswer(await deviceCopy(ROUTINES)) ?? null,
    networkMode: 'always',
  });
  return {
    answer: fresh.data ?? undefined,
    copy: copy.data ?? undefined,
    pending: fresh.isPending || copy.isPending,
  };
}

/**
 * What the app knows of her bone health (see `boneStatusOf`): from the routines answer and the
 * profile, failing closed while neither is known.
 */
export function useBoneStatus(): { status: BoneStatus; answer: RoutinesAnswer | undefined } {
  const routines = useRoutinesAnswer();
  const profile = useProfile();
  const pending = routines.pending || profile.isPending;
  const answer = routines.answer ?? routines.copy;
  const status = boneStatusOf({
    answer: routines.answer,
    copy: routines.copy,
    profile: profile.data,
    profileFromServer: isServerProfile(profile.data),
    pending,
  });
  const key = JSON.stringify(status);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the status is compared by value
  return useMemo(() => ({ status, answer }), [key, answer]);
}

/** Osteoporosis or osteopenia, once known: Move then offers bone-safe exercises only. */
export function useBoneCondition(): BoneCondition | null {
  const { status } = useBoneStatus();
  return status.state === 'known' ? status.condition : null;
}
