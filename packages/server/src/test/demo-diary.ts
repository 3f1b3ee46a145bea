import { randomUUID } from 'node:crypto';
import { addDays, mulberry32 } from '@spinekind/core';
import type { TestUser } from './app.js';

/**
 * Six months of a plausible diary for the doctor-report tests and the sample PNG: a morning check-in on most
 * days with pain that follows short nights, lower-back areas, hot flashes, irregular periods, two treatments,
 * two screenings, weekly PEG and monthly MRS, and her questions for the doctor. Deterministic (seeded).
 */
export async function seedDemoDiary(u: TestUser, from: string, days: number): Promise<void> {
  const rng = mulberry32(7);
  await u.call('PUT', '/api/v1/profile', {
    birthYear: 1978,
    country: 'GB',
    boneHealth: 'osteopenia',
    menopausalSelfReport: 'irregular_periods',
    hormonalContraception: false,
    hrt: false,
    doctorQuestions:
      'Could my back pain be linked to the perimenopause?\nIs it worth checking my vitamin D?\nWhich exercises are safe with my hip pain?',
  });
  await u.call('POST', '/api/v1/treatments', {
    kind: 'physio',
    name: 'NHS physiotherapy',
    startDate: addDays(from, 20),
    endDate: addDays(from, 80),
  });
  await u.call('POST', '/api/v1/treatments', {
    kind: 'massage',
    name: 'Sports massage',
    startDate: addDays(from, 100),
  });
  for (const start of [5, 38, 79, 140]) {
    await u.call('POST', '/api/v1/periods', {
      startDate: addDays(from, start),
      endDate: addDays(from, start + 4),
      flow: 'medium',
    });
  }
  for (let d = 0; d < days; d++) {
    if (rng() < 0.08) continue;
    const date = addDays(from, d);
    const shortNight = rng() < 0.3;
    const sleepHours = shortNight ? 5 + Math.round(rng() * 2) / 2 : 7 + Math.round(rng() * 3) / 2;
    const pain = Math.max(0, Math.min(10, Math.round((shortNight ? 6 : 3.5) + (rng() - 0.5) * 3 - d / 90)));
    const areas = [
      'lower_back_centre',
      ...(rng() < 0.4 ? ['hip_left'] : []),
      ...(rng() < 0.15 ? ['neck'] : []),
    ];
    await u.call('POST', '/api/v1/checkins', {
      id: randomUUID(),
      recordedAt: `${date}T07:${String(10 + Math.floor(rng() * 40)).padStart(2, '0')}:00+01:00`,
      pain,
      painWorst: Math.min(10, pain + Math.floor(rng() * 3)),
      bodyAreas: areas,
      sleepHours,
      sleepQuality: shortNight ? 4 : 7,
      mood: Math.round(6 + (rng() - 0.5) * 4),
      stress: Math.round(4 + (rng() - 0.5) * 4),
      hotFlushes: Math.floor(rng() * 5),
      nightSweats: rng() < 0.3,
      nightPain: shortNight && rng() < 0.5,
    });
  }
  await u.call('PUT', '/api/v1/plan', {
    timeZone: 'Europe/London',
    entries: [{ id: randomUUID(), routineId: 'morning-5', days: [1, 3, 5], time: '07:30' }],
    walking: null,
  });
  // Two sessions most weeks from the second month, after the physiotherapist's advice.
  for (let d = 30; d < days; d += rng() < 0.5 ? 3 : 4) {
    const date = addDays(from, d);
    await u.call('POST', '/api/v1/sessions', {
      routineId: 'morning-5',
      startedAt: `${date}T07:30:00+01:00`,
      endedAt: `${date}T07:36:00+01:00`,
      painBefore: 4,
      painAfter: 3,
      effort: 4,
      rating: 'about_right',
    });
  }
  for (let w = 0; w < days / 7; w++) {
    const date = addDays(from, w * 7 + 6);
    await u.call('POST', '/api/v1/instruments/peg/responses', {
      answers: [Math.max(1, 6 - Math.floor(w / 6)), 5, 4],
      completedAt: `${date}T20:00:00+01:00`,
    });
  }
  for (let m = 0; m < days / 30; m++) {
    await u.call('POST', '/api/v1/instruments/mrs/responses', {
      answers: [2, 1, 2, 1, 1, 2, 0, 1, 1, 2, 1],
      completedAt: `${addDays(from, m * 30 + 10)}T20:00:00+01:00`,
    });
  }
  await u.call('POST', '/api/v1/screenings', {
    recordedAt: `${addDays(from, 12)}T08:00:00+01:00`,
    input: { age: 47, answers: { pain_weeks: 2 } },
  });
  await u.call('POST', '/api/v1/screenings', {
    recordedAt: `${addDays(from, 61)}T08:00:00+01:00`,
    input: { age: 47, answers: { one_leg_radiating: true, pain_weeks: 10 } },
  });
}
