import type { BodyOf, Requests } from '@spinekind/core';
import { call } from '../lib/api';
import type { Resource } from './db';

type Headers = Record<string, string>;
/** A record as the server answers it: the device copy keeps its id and version. */
type Answered = { id: string; version?: number };

/** One resource's calls through the typed client, each answering the record (or list) the server sent. */
interface ResourceCalls {
  create?(body: object): Promise<Answered>;
  update?(id: string, body: object, headers: Headers): Promise<Answered>;
  remove?(id: string, headers: Headers): Promise<unknown>;
  list?(query: string): Promise<Answered[]>;
  /** An experiment's "did you follow today's plan?" for one day. */
  adherence?(id: string, answer: { date: string; followed: boolean; timeZone: string }): Promise<Answered>;
}

const params = (id: string) => ({ id });

/**
 * A new record read back from the outbox. The feature's typed write built it from core's input type
 * (`saveCheckin`, `saveScreening`, …) and IndexedDB kept it without its type; the server checks it again.
 */
const fromOutbox = <R extends keyof Requests>(body: object) => body as BodyOf<R>;

/** The routes the outbox sends to and pulls from, per resource, typed by core's contract. */
export const callsOf: Record<Resource, ResourceCalls> = {
  checkins: {
    create: async (body) =>
      (await call('POST /checkins', { body: fromOutbox<'POST /checkins'>(body) })).checkin,
    update: async (id, body, headers) =>
      (await call('PATCH /checkins/:id', { params: params(id), body, headers })).checkin,
    remove: (id, headers) => call('DELETE /checkins/:id', { params: params(id), headers }),
    list: async (query) => (await call('GET /checkins', { query })).items,
  },
  screenings: {
    create: async (body) =>
      (await call('POST /screenings', { body: fromOutbox<'POST /screenings'>(body) })).screening,
    update: async (id, body, headers) =>
      (await call('PATCH /screenings/:id', { params: params(id), body, headers })).screening,
    remove: (id, headers) => call('DELETE /screenings/:id', { params: params(id), headers }),
    list: async (query) => (await call('GET /screenings', { query })).items,
  },
  sessions: {
    create: async (body) =>
      (await call('POST /sessions', { body: fromOutbox<'POST /sessions'>(body) })).session,
    update: async (id, body, headers) =>
      (await call('PATCH /sessions/:id', { params: params(id), body, headers })).session,
    remove: (id, headers) => call('DELETE /sessions/:id', { params: params(id), headers }),
    list: async (query) => (await call('GET /sessions', { query })).items,
  },
  breakLog: {
    create: async (body) =>
      (await call('POST /breaks/log', { body: fromOutbox<'POST /breaks/log'>(body) })).entry,
  },
  bleedingAnswers: {
    create: async (body) =>
      (await call('POST /bleeding-answers', { body: fromOutbox<'POST /bleeding-answers'>(body) })).answer,
    remove: (id, headers) => call('DELETE /bleeding-answers/:id', { params: params(id), headers }),
    list: async () => (await call('GET /bleeding-answers')).items,
  },
  experiments: {
    adherence: async (id, { date, followed, timeZone }) =>
      (
        await call('PUT /experiments/:id/adherence/:date', {
          params: { id, date },
          query: `timeZone=${encodeURIComponent(timeZone)}`,
          body: { followed },
        })
      ).experiment,
  },
};
