import { type ScreeningInput, screeningOutcome } from '@spinekind/core';
import { nowWithOffset } from '../../lib/dates';
import type { LocalScreening } from '../../offline/db';
import { enqueue } from '../../offline/outbox';

// Only the safety check's own page saves one: its rules' schema (and zod) load with that page, not with Today.

/** Runs the rules on the device (works offline), keeps the result and queues it for the server. */
export async function saveScreening(input: ScreeningInput['input']): Promise<string> {
  const id = crypto.randomUUID();
  const recordedAt = nowWithOffset();
  const now = new Date().toISOString();
  const local: LocalScreening = {
    id,
    recordedAt,
    localDate: recordedAt.slice(0, 10),
    input: { age: input.age, answers: input.answers ?? {} },
    ...screeningOutcome(input),
    acknowledgedAt: null,
    bookingReminder: false,
    bookedAt: null,
    followUp: null,
    followUpAt: null,
    createdAt: now,
    updatedAt: now,
    pending: true,
  };
  await enqueue({ resource: 'screenings', kind: 'create', id, payload: { id, recordedAt, input } }, local);
  return id;
}
