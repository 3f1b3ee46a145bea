import {
  adaptBoneProgramme,
  addLocalDays,
  BONE_PROGRAMME_ID,
  boneProgrammeNoteIn,
  boneProgrammeToday,
  DomainError,
  exerciseProgression,
  isTimeZone,
  localTimeOf,
  PAUSE_DAYS,
  type ProgrammeLoad,
  programmePause,
  programmeStartedAnswer,
  programmeStartSchema,
  programmeStopped,
  programmesAnswer,
  programmesFor,
  programmeTodayAnswer,
} from '@spinekind/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { progressionInputs } from '../exercise/store.js';
import { loadProfile } from '../profile/store.js';
import { screeningsBetween } from '../screenings/store.js';
import { deleteEnrolment, loadEnrolments, saveEnrolment } from './store.js';

const tags = ['programmes'];
const DEFAULT_ZONE = 'Europe/London';
const zoneQuery = z.strictObject({
  timeZone: z
    .string()
    .max(100)
    .refine(isTimeZone, 'Unknown time zone; use an IANA name like Europe/London.')
    .optional(),
});
const programmeParams = z.strictObject({ id: z.string().max(100) });

function knownProgramme(id: string): void {
  if (id !== BONE_PROGRAMME_ID) throw new DomainError('not_found', 'There is no programme with this id.');
}

/**
 * The built-in programmes adapted to her profile (`GET /programmes`), today's bone-health blocks with
 * why, and following or stopping a programme (stored per user, in the backup).
 */
export const programmeRoutes: FastifyPluginAsyncZod<{ clock: () => Date }> = async (app, { clock }) => {
  app.get(
    '/programmes',
    {
      schema: {
        tags,
        summary:
          'The built-in programmes adapted to her profile (with the reason for each change), and which she follows.',
        response: { 200: programmesAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const [profile, enrolments] = await Promise.all([loadProfile(scope), loadEnrolments(scope)]);
      return {
        items: programmesFor(profile, request.locale).map((p) => {
          const e = enrolments.find((x) => x.programmeId === p.id);
          return { ...p, started: e ? { startDate: e.startDate, startedAt: e.startedAt } : null };
        }),
      };
    },
  );

  app.get(
    '/programmes/bone-health/today',
    {
      schema: {
        tags,
        querystring: zoneQuery,
        summary:
          "Today's bone-health blocks (strength, impact or walking, balance, posture) with why, the week and her adaptations; paused after a red-flag safety check.",
        response: { 200: programmeTodayAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      const now = clock();
      const [profile, enrolments] = await Promise.all([loadProfile(scope), loadEnrolments(scope)]);
      const enrolment = enrolments.find((e) => e.programmeId === BONE_PROGRAMME_ID);
      const zone = enrolment?.timeZone ?? request.query.timeZone ?? DEFAULT_ZONE;
      const date = localTimeOf(now.getTime(), zone).date;
      const adapted = adaptBoneProgramme(profile, request.locale);
      const base = { date, adaptations: adapted.adaptations, note: boneProgrammeNoteIn(request.locale) };
      if (!enrolment)
        return { ...base, started: false, startDate: null, week: null, items: [], paused: null };
      const [{ sessions, checkins }, recent] = await Promise.all([
        progressionInputs(scope, now),
        screeningsBetween(scope, addLocalDays(date, -PAUSE_DAYS)),
      ]);
      const paused = programmePause(recent, date, request.locale);
      const loads = new Map<string, ProgrammeLoad>(
        exerciseProgression(sessions, checkins).flatMap((a) =>
          a.next.load ? [[a.exerciseId, a.next.load]] : [],
        ),
      );
      const today = boneProgrammeToday(profile, enrolment.startDate, date, loads, request.locale);
      return {
        ...base,
        started: true,
        startDate: enrolment.startDate,
        week: today.week,
        items: paused ? [] : today.blocks,
        paused,
      };
    },
  );

  app.post(
    '/programmes/:id/start',
    {
      schema: {
        tags,
        params: programmeParams,
        body: programmeStartSchema,
        summary: 'Follow a programme from a day (default today in her zone); starting again restarts it.',
        response: { 200: programmeStartedAnswer },
      },
    },
    async (request) => {
      const { scope } = request.requireUser();
      knownProgramme(request.params.id);
      const { timeZone = DEFAULT_ZONE, startDate } = request.body;
      if (!isTimeZone(timeZone))
        throw new DomainError('validation_failed', 'Some values are not valid.', [
          { path: 'timeZone', message: 'Unknown time zone; use an IANA name like Europe/London.' },
        ]);
      const now = clock();
      const enrolment = {
        programmeId: request.params.id,
        startDate: startDate ?? localTimeOf(now.getTime(), timeZone).date,
        timeZone,
        startedAt: now.toISOString(),
      };
      await saveEnrolment(scope, enrolment);
      return {
        programme: {
          id: enrolment.programmeId,
          startDate: enrolment.startDate,
          startedAt: enrolment.startedAt,
        },
      };
    },
  );

  app.delete(
    '/programmes/:id/start',
    {
      schema: {
        tags,
        params: programmeParams,
        summary: 'Stop following a programme; her logged sessions stay.',
        response: { 204: programmeStopped },
      },
    },
    async (request, reply) => {
      const { scope } = request.requireUser();
      knownProgramme(request.params.id);
      if (!(await deleteEnrolment(scope, request.params.id)))
        throw new DomainError('not_found', 'You are not following this programme.');
      return reply.code(204).send(null);
    },
  );
};
