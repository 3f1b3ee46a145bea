import type { z } from 'zod';
import {
  deviceSessionListSchema,
  inviteListSchema,
  meSchema,
  newInviteSchema,
  signupInfoSchema,
} from '../auth/account.js';
import { signedInSchema } from '../auth/schema.js';
import { bleedingCheckResultSchema } from '../bleeding/schema.js';
import {
  experimentAnswerSchema,
  experimentListAnswerSchema,
  experimentResultAnswerSchema,
  experimentTemplatesAnswerSchema,
  experimentTodayAnswerSchema,
} from '../experiments/api.js';
import { appImportAnswer } from '../imports/app-sources.js';
import {
  lessonAnswerSchema,
  lessonListAnswerSchema,
  lessonReadAnswerSchema,
  todayLessonAnswerSchema,
} from '../lessons/api.js';
import {
  exerciseHistoryAnswer,
  programmeStartedAnswer,
  programmeStopped,
  programmesAnswer,
  programmeTodayAnswer,
} from '../programmes/api.js';
import {
  reminderLaterAnswerSchema,
  reminderSettingsAnswerSchema,
  remindersNextAnswerSchema,
} from '../reminders/api.js';
import { newShareAnswer, sharedReportAnswer, shareRevoked, sharesAnswer } from '../shares/schema.js';
import { triageResultSchema } from '../triage/schema.js';
import * as accounts from './accounts.js';
import { recordDeleted } from './common.js';
import * as diary from './diary.js';
import * as moving from './moving.js';
import * as records from './records.js';

/** A resource's five JSON answers (create, list, get, patch, and restore when it archives). */
const resource = <P extends string, A extends { one: z.ZodType; list: z.ZodType }>(path: P, answers: A) =>
  ({
    [`POST ${path}`]: answers.one,
    [`GET ${path}`]: answers.list,
    [`GET ${path}/:id`]: answers.one,
    [`PATCH ${path}/:id`]: answers.one,
    [`POST ${path}/:id/restore`]: answers.one,
    [`DELETE ${path}/:id`]: recordDeleted,
  }) as {
    [K in `POST ${P}` | `GET ${P}/:id` | `PATCH ${P}/:id` | `POST ${P}/:id/restore`]: A['one'];
  } & { [K in `GET ${P}`]: A['list'] } & { [K in `DELETE ${P}/:id`]: typeof recordDeleted };

/**
 * The API's one contract: every JSON route under `/api/v1`, by `METHOD /path` (Fastify's `:param`
 * syntax), with the schema of its 2xx answer. The server's routes declare these very schema objects
 * (`http/openapi.int.test.ts` checks each route's answer against this map), and the web's typed client
 * (`web/src/lib/api.ts`, `call`) takes its answer types from it, types only. Answers without a body are
 * `noContent` (`z.null()`); files (report.pdf, calendar .ics, /export) are downloads and not listed.
 * A resource that deletes for good has no restore route; its `restore` entry is never called.
 */
export const contract = {
  'POST /auth/register': accounts.registeredAnswer,
  'POST /auth/login': signedInSchema,
  'POST /auth/logout': accounts.signedOut,
  'GET /auth/signup': signupInfoSchema,
  'POST /auth/reset': accounts.passwordReset,
  'POST /auth/forgot': accounts.resetRequested,
  'GET /me': meSchema,
  'DELETE /me': accounts.accountDeleted,
  'POST /me/password': accounts.passwordChanged,
  'GET /me/sessions': deviceSessionListSchema,
  'DELETE /me/sessions/:id': accounts.deviceSignedOut,
  'POST /me/sessions/revoke-others': accounts.otherDevicesSignedOut,
  'POST /admin/invites': newInviteSchema,
  'GET /admin/invites': inviteListSchema,
  'DELETE /admin/invites/:id': accounts.inviteRevoked,
  'POST /tokens': accounts.newTokenAnswer,
  'GET /tokens': accounts.tokensAnswer,
  'DELETE /tokens/:id': accounts.tokenRevoked,
  'GET /profile': accounts.profileAnswer,
  'PUT /profile': accounts.profileAnswer,
  ...resource('/checkins', records.checkinAnswers),
  ...resource('/trackers', records.trackerAnswers),
  ...resource('/treatments', records.treatmentAnswers),
  ...resource('/periods', records.periodAnswers),
  ...resource('/screenings', records.screeningAnswers),
  ...resource('/custom-exercises', records.customExerciseAnswers),
  ...resource('/custom-routines', records.customRoutineAnswers),
  ...resource('/sessions', records.sessionAnswers),
  'POST /triage': triageResultSchema,
  'GET /cycle': diary.cycleAnswer,
  'POST /bleeding-check': bleedingCheckResultSchema,
  'POST /bleeding-answers': diary.bleedingAnswerAnswer,
  'GET /bleeding-answers': diary.bleedingAnswersAnswer,
  'DELETE /bleeding-answers/:id': recordDeleted,
  'GET /history/span': diary.spanAnswer,
  'GET /instruments': diary.instrumentsAnswer,
  'POST /instruments/:id/responses': diary.instrumentResponseAnswer,
  'GET /instruments/:id/responses': diary.instrumentResponsesAnswer,
  'GET /ergonomics/questions': diary.ergonomicQuestionsAnswer,
  'POST /ergonomics': diary.ergonomicCheckAnswer,
  'GET /ergonomics': diary.ergonomicChecksAnswer,
  'GET /checklists': diary.checklistsAnswer,
  'PUT /checklists/:itemId': diary.checklistTickAnswer,
  'GET /insights': diary.insightsAnswer,
  'GET /daily-metrics': diary.dailyMetricsAnswer,
  'GET /imported-notes': diary.importedNotesAnswer,
  'POST /import': diary.backupRestoredAnswer,
  'POST /import/csv': diary.csvImportAnswer,
  'POST /import/apple-health': diary.appleImportAnswer,
  'POST /import/bearable': appImportAnswer,
  'POST /import/drip': appImportAnswer,
  'POST /import/clue': appImportAnswer,
  'POST /import/flo': appImportAnswer,
  'POST /import/fhir': appImportAnswer,
  'POST /import/fitbit': appImportAnswer,
  'POST /import/health-connect': appImportAnswer,
  'GET /breaks/settings': moving.breakSettingsAnswer,
  'PUT /breaks/settings': moving.breakSettingsSaved,
  'GET /breaks/next': moving.breakNextAnswer,
  'POST /breaks/actions': moving.breakActionAnswer,
  'POST /breaks/log': moving.breakLogAnswer,
  'GET /breaks/stats': moving.breakStatsAnswer,
  'GET /push/key': moving.pushKeyAnswer,
  'GET /push/subscriptions': moving.pushSubscriptionsAnswer,
  'POST /push/subscriptions': moving.pushSubscriptionAnswer,
  'DELETE /push/subscriptions': moving.pushRemoved,
  'DELETE /push/subscriptions/:id': moving.pushRemoved,
  'POST /push/test': moving.pushTestAnswer,
  'GET /calendar': moving.calendarAnswer,
  'POST /calendar/token': moving.calendarLinkAnswer,
  'DELETE /calendar/token': moving.calendarLinkRemoved,
  'GET /exercises': moving.exercisesAnswer,
  'GET /routines': moving.routinesViewAnswer,
  'GET /exercises/:id/history': exerciseHistoryAnswer,
  'GET /progression': moving.progressionAnswer,
  'GET /programmes': programmesAnswer,
  'GET /programmes/bone-health/today': programmeTodayAnswer,
  'POST /programmes/:id/start': programmeStartedAnswer,
  'DELETE /programmes/:id/start': programmeStopped,
  'GET /plan': moving.planAnswer,
  'PUT /plan': moving.planAnswer,
  'GET /plan/today': moving.planTodayAnswer,
  'GET /lessons': lessonListAnswerSchema,
  'GET /lessons/today': todayLessonAnswerSchema,
  'GET /lessons/:id': lessonAnswerSchema,
  'PUT /lessons/:id/read': lessonReadAnswerSchema,
  'GET /reminders': reminderSettingsAnswerSchema,
  'PUT /reminders': reminderSettingsAnswerSchema,
  'GET /reminders/next': remindersNextAnswerSchema,
  'POST /reminders/later': reminderLaterAnswerSchema,
  'POST /shares': newShareAnswer,
  'GET /shares': sharesAnswer,
  'DELETE /shares/:id': shareRevoked,
  'GET /shared/:token': sharedReportAnswer,
  'GET /experiments/templates': experimentTemplatesAnswerSchema,
  'POST /experiments': experimentAnswerSchema,
  'GET /experiments': experimentListAnswerSchema,
  'GET /experiments/:id': experimentAnswerSchema,
  'GET /experiments/:id/today': experimentTodayAnswerSchema,
  'PUT /experiments/:id/adherence/:date': experimentAnswerSchema,
  'POST /experiments/:id/stop': experimentAnswerSchema,
  'GET /experiments/:id/result': experimentResultAnswerSchema,
} as const;

export type Contract = typeof contract;
/** A route of the contract, e.g. `GET /checkins/:id`. */
export type ApiRoute = keyof Contract;
/** What a route answers on success (`undefined` for an answer without a body). */
export type AnswerOf<R extends ApiRoute> = Contract[R] extends z.ZodNull ? undefined : z.output<Contract[R]>;
