import type { z } from 'zod';
import {
  changePasswordSchema,
  forgotPasswordSchema,
  inviteInputSchema,
  resetPasswordSchema,
} from '../auth/account.js';
import { deleteAccountSchema, loginSchema, registerSchema } from '../auth/schema.js';
import { bleedingAnswerInputSchema } from '../bleeding/answer-schemas.js';
import { bleedingCheckInputSchema } from '../bleeding/schema.js';
import { breakLogInputSchema, breakSettingsSchema } from '../breaks/schema.js';
import { breakActionSchema } from '../breaks/state-schema.js';
import { checkinInputSchema, checkinPatchSchema } from '../checkins/schema.js';
import { periodInputSchema, periodPatchSchema } from '../cycle/schema.js';
import { ergonomicAnswersSchema } from '../ergonomics/schema.js';
import { customExerciseInputSchema, customExercisePatchSchema } from '../exercises/custom.js';
import { weeklyPlanSchema } from '../exercises/plan.js';
import { customRoutineInputSchema, customRoutinePatchSchema } from '../exercises/refs.js';
import { sessionInputSchema, sessionPatchSchema } from '../exercises/session.js';
import { adherenceInputSchema } from '../experiments/api.js';
import { experimentInputSchema } from '../experiments/schema.js';
import { csvImportBodySchema } from '../exports/csv-import-body.js';
import { responseBodySchema } from '../instruments/responses.js';
import { lessonReadInputSchema } from '../lessons/api.js';
import { profileSchema } from '../profile/schema.js';
import { programmeStartSchema } from '../programmes/api.js';
import { pushEndpointSchema, pushSubscriptionInputSchema } from '../push/subscription.js';
import { reminderLaterSchema, reminderSettingsInputSchema } from '../reminders/api.js';
import { checklistTickSchema } from '../setup/checklists.js';
import { shareInputSchema } from '../shares/schema.js';
import { tokenInputSchema } from '../tokens/schema.js';
import { trackerInputSchema, trackerPatchSchema } from '../trackers/schema.js';
import { treatmentInputSchema, treatmentPatchSchema } from '../treatments/schema.js';
import { triageInputSchema } from '../triage/schema.js';
import { screeningInputSchema, screeningPatchSchema } from '../triage/screening.js';

/** A resource's two request bodies: create and patch. */
const resourceBodies = <P extends string, I extends z.ZodType, U extends z.ZodType>(
  path: P,
  input: I,
  patch: U,
) =>
  ({ [`POST ${path}`]: input, [`PATCH ${path}/:id`]: patch }) as { [K in `POST ${P}`]: I } & {
    [K in `PATCH ${P}/:id`]: U;
  };

/**
 * The request body of every JSON route that takes one, by `METHOD /path` as in `contract`: the very schema
 * objects the server's routes validate with (`http/openapi.int.test.ts` checks each), so the web's typed
 * client (`call`) is checked against what the server accepts. Not listed: routes without a body, file
 * uploads (`/import/<app>`, Apple Health), and the backup (`POST /import`), which the server checks section
 * by section with its own registry of resources.
 */
export const requests = {
  'POST /auth/register': registerSchema,
  'POST /auth/login': loginSchema,
  'POST /auth/reset': resetPasswordSchema,
  'POST /auth/forgot': forgotPasswordSchema,
  'POST /me/password': changePasswordSchema,
  'DELETE /me': deleteAccountSchema,
  'POST /admin/invites': inviteInputSchema,
  'POST /tokens': tokenInputSchema,
  'PUT /profile': profileSchema,
  ...resourceBodies('/checkins', checkinInputSchema, checkinPatchSchema),
  ...resourceBodies('/trackers', trackerInputSchema, trackerPatchSchema),
  ...resourceBodies('/treatments', treatmentInputSchema, treatmentPatchSchema),
  ...resourceBodies('/periods', periodInputSchema, periodPatchSchema),
  ...resourceBodies('/screenings', screeningInputSchema, screeningPatchSchema),
  ...resourceBodies('/custom-exercises', customExerciseInputSchema, customExercisePatchSchema),
  ...resourceBodies('/custom-routines', customRoutineInputSchema, customRoutinePatchSchema),
  ...resourceBodies('/sessions', sessionInputSchema, sessionPatchSchema),
  'POST /triage': triageInputSchema,
  'POST /bleeding-check': bleedingCheckInputSchema,
  'POST /bleeding-answers': bleedingAnswerInputSchema,
  'POST /instruments/:id/responses': responseBodySchema,
  'POST /ergonomics': ergonomicAnswersSchema,
  'PUT /checklists/:itemId': checklistTickSchema,
  'POST /import/csv': csvImportBodySchema,
  'PUT /breaks/settings': breakSettingsSchema,
  'POST /breaks/actions': breakActionSchema,
  'POST /breaks/log': breakLogInputSchema,
  'POST /push/subscriptions': pushSubscriptionInputSchema,
  'DELETE /push/subscriptions': pushEndpointSchema,
  'POST /programmes/:id/start': programmeStartSchema,
  'PUT /plan': weeklyPlanSchema,
  'PUT /lessons/:id/read': lessonReadInputSchema,
  'PUT /reminders': reminderSettingsInputSchema,
  'POST /reminders/later': reminderLaterSchema,
  'POST /shares': shareInputSchema,
  'POST /experiments': experimentInputSchema,
  'PUT /experiments/:id/adherence/:date': adherenceInputSchema,
} as const;

export type Requests = typeof requests;
/** What a route's body may be, as the sender writes it (defaults filled in by the server may be left out). */
export type BodyOf<R extends string> = R extends keyof Requests ? z.input<Requests[R]> : unknown;
