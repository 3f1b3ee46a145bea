import type { AnswerOf, BodyOf } from '@spinekind/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { readWithCopy } from '../offline/cache';
import { call, ifMatch, isConflict } from './api';

/** The simple online resources by their path, each with its item as core's contract types it. */
interface Items {
  periods: AnswerOf<'GET /periods'>['items'][number];
  treatments: AnswerOf<'GET /treatments'>['items'][number];
  trackers: AnswerOf<'GET /trackers'>['items'][number];
}

/** Their paths: each resource's routes are core's contract's, picked by `plural` at run time. */
type Path = `/${keyof Items}`;

/**
 * List of a simple online resource (`/periods`, `/treatments`, `/trackers`…), with create, update,
 * delete and, for resources the server archives, restore (undo of an archive). With `keepOnDevice` the
 * list is also kept on the device (`resource:<plural>`) and answered from there offline.
 */
export function useResource<P extends keyof Items>(plural: P, { keepOnDevice = false } = {}) {
  const client = useQueryClient();
  // The answer is the list of `plural`'s items; TypeScript can't narrow the union of the three by `P`.
  const read = async () => (await call(`GET /${plural}` as `GET ${Path}`)).items as Items[P][];
  const list = useQuery({
    queryKey: [plural],
    queryFn: keepOnDevice ? () => readWithCopy(deviceKeyOf(plural), read) : read,
    ...(keepOnDevice ? { networkMode: 'always' as const, retry: false } : {}),
  });
  const refresh = () => client.invalidateQueries({ queryKey: [plural] });
  // An edit or delete is based on the version she sees; if another device changed it first, the server
  // refuses (409) and the list is fetched again so she sees the latest before trying again.
  const basedOn = (id: string) => ifMatch(list.data?.find((x) => x.id === id)?.version);
  const onError = (err: unknown) => (isConflict(err) ? refresh() : undefined);
  const path = `/${plural}` as Path;
  const create = useMutation({
    mutationFn: (body: BodyOf<`POST ${Path}`>) => call(`POST ${path}`, { body }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: BodyOf<`PATCH ${Path}/:id`> }) =>
      call(`PATCH ${path}/:id`, { params: { id }, body: patch, headers: basedOn(id) }),
    onSuccess: refresh,
    onError,
  });
  const remove = useMutation({
    mutationFn: (id: string) => call(`DELETE ${path}/:id`, { params: { id }, headers: basedOn(id) }),
    onSuccess: refresh,
    onError,
  });
  const restore = useMutation({
    mutationFn: (id: string) => call(`POST ${path}/:id/restore`, { params: { id } }),
    onSuccess: refresh,
  });
  return { list, create, update, remove, restore };
}

/** Where `useResource(plural, { keepOnDevice: true })` keeps its list on the device. */
export const deviceKeyOf = (plural: string) => `resource:${plural}`;
