import { z } from 'zod';
import { breakReminderSchema, breakSettingsSchema } from '../breaks/schema.js';
import { breakStateSchema } from '../breaks/state-schema.js';
import { doseSchema } from '../exercises/custom.js';
import { weeklyPlanSchema } from '../exercises/plan.js';
import { exerciseSchema, routineEvidenceSchema } from '../exercises/schema.js';
import { exerciseTags } from '../exercises/types.js';
import { exerciseAdviceSchema } from '../programmes/api.js';
import { pushSubscriptionSchema } from '../push/subscription.js';
import { documentVersion, listOf, noContent } from './common.js';

/** `GET /breaks/settings`: her settings and today's snooze/skip/pause, so every device shows the same. */
export const breakSettingsAnswer = z.strictObject({
  settings: breakSettingsSchema,
  state: breakStateSchema,
  version: documentVersion,
});
export const breakSettingsSaved = z.strictObject({ settings: breakSettingsSchema, version: documentVersion });
export const breakNextAnswer = listOf(breakReminderSchema);
export const breakActionAnswer = z.strictObject({
  state: breakStateSchema,
  next: z.array(breakReminderSchema),
});
export const breakLogAnswer = z.strictObject({
  entry: z.strictObject({
    id: z.uuid(),
    at: z.string(),
    action: z.enum(['taken', 'snoozed', 'skipped']),
    routineId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
});
const minutes = z.number().nullable();
export const breakStatsAnswer = z.strictObject({
  from: z.string(),
  to: z.string(),
  taken: z.int(),
  snoozed: z.int(),
  skipped: z.int(),
  takenByDay: z.array(z.strictObject({ day: z.string(), taken: z.int() })),
  timeZone: z.string(),
  standingDesk: z.boolean(),
  longestSittingMinutes: minutes,
  sitMinutes: z.number(),
  standMinutes: z.number(),
  days: z.array(
    z.strictObject({
      date: z.string(),
      taken: z.int(),
      snoozed: z.int(),
      skipped: z.int(),
      longestSittingMinutes: minutes,
      standMinutes: z.number(),
      sitMinutes: z.number(),
    }),
  ),
});

/** `GET /push/key`: the server's VAPID public key. */
export const pushKeyAnswer = z.strictObject({ publicKey: z.string() });
export const pushRemoved = noContent('The device no longer gets reminders.');
/** `POST /push/test`: how many of her devices were tried, reached, and removed as gone. */
export const pushTestAnswer = z.strictObject({ devices: z.int(), delivered: z.int(), removed: z.int() });

/** `GET /calendar`: whether her calendar link exists. */
export const calendarAnswer = z.strictObject({
  feed: z.strictObject({ createdAt: z.string(), weeks: z.int() }).nullable(),
});
export const calendarLinkAnswer = z.strictObject({ url: z.string().describe('The secret .ics address.') });
export const calendarLinkRemoved = noContent('The calendar link no longer works.');

/** `GET /exercises`: the catalogue. */
export const exercisesAnswer = listOf(exerciseSchema);

const boneSwap = z.strictObject({ from: z.string(), to: z.string().nullable() });
/** One routine as `GET /routines` serves it: catalogue or her own (`custom:<id>`), bone-safe where needed. */
export const routineViewSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  tags: z.array(z.enum(exerciseTags)),
  exercises: z.array(z.string()),
  items: z.array(z.strictObject({ exerciseId: z.string(), dose: doseSchema.nullable() })),
  totalSeconds: z.number(),
  transitionSeconds: z.number(),
  custom: z.boolean(),
  boneNote: z.string().nullable(),
  boneSwaps: z.array(boneSwap),
  /** The lesson that explains the routine (null for her own), and the evidence behind the relaxation sessions. */
  lessonId: z.string().nullable(),
  evidence: routineEvidenceSchema.nullable(),
});
export const routinesViewAnswer = z.strictObject({
  items: z.array(routineViewSchema),
  bones: z.strictObject({ condition: z.enum(['osteoporosis', 'osteopenia']), note: z.string() }).nullable(),
});

/**
 * `GET /progression`: advice per routine from recent sessions and next-morning pain (`items`), and per
 * exercise from the sets she logged with loads and effort (`exercises`, the bone programme's progression).
 */
export const progressionAnswer = z.strictObject({
  items: z.array(
    z.strictObject({
      routineId: z.string(),
      advice: z.enum(['step_back', 'keep', 'progress']),
      reason: z.string(),
      suggestions: z.array(
        z.strictObject({
          exerciseId: z.string(),
          toExerciseId: z.string().optional(),
          reps: z.number().optional(),
          seconds: z.number().optional(),
        }),
      ),
      lastSessionDate: z.string(),
      sessions: z.int(),
    }),
  ),
  exercises: z.array(exerciseAdviceSchema),
});

/** `GET`/`PUT /plan`: her plan or a suggestion, and what fragile bones changed in it. */
export const planAnswer = z.strictObject({
  plan: weeklyPlanSchema,
  suggested: z.boolean(),
  bones: z
    .strictObject({
      note: z.string(),
      routines: z.array(z.strictObject({ routineId: z.string(), swaps: z.array(boneSwap) })),
    })
    .nullable(),
  version: documentVersion,
});

/** `GET /plan/today`: today's planned items, each done or not, and the streak. */
export const planTodayAnswer = z.strictObject({
  date: z.string(),
  suggested: z.boolean(),
  items: z.array(
    z.strictObject({
      entryId: z.string().describe('The plan entry, or `walking`.'),
      routineId: z.string(),
      time: z.string(),
      minutes: z.number().optional(),
      week: z.int().nullable().optional(),
      done: z.boolean(),
      sessionId: z.string().nullable(),
    }),
  ),
  streak: z.strictObject({ days: z.int(), todayMet: z.boolean(), daysMovedThisWeek: z.int() }),
});
export const pushSubscriptionAnswer = z.strictObject({ subscription: pushSubscriptionSchema });
export const pushSubscriptionsAnswer = listOf(pushSubscriptionSchema);
