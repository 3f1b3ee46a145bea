import type { InsightsReport } from '@spinekind/core';

type Driver = InsightsReport['drivers'][number];

/** One thing to try in the app for a pattern: where it goes and its copy key under `insights.actions`. */
export interface PatternAction {
  to: string;
  key: 'sleepSetup' | 'windDown' | 'breaks' | 'plan' | 'morning';
}

const sleep: PatternAction[] = [
  { to: '/setup', key: 'sleepSetup' },
  { to: '/move/routines/evening-wind-down-10', key: 'windDown' },
];

/**
 * What to try, per driver, and the direction of the pattern for which it makes sense: `-1` when more of the
 * driver went with less pain (more sleep), `1` when more went with more pain (more sitting). A pattern the
 * other way round offers nothing: the app never suggests more of something that went with more pain.
 */
const byDriver: Record<string, { when: -1 | 1; actions: PatternAction[] }> = {
  sleepHours: { when: -1, actions: sleep },
  sleepQuality: { when: -1, actions: sleep },
  nightWakings: { when: 1, actions: sleep },
  stress: { when: 1, actions: [{ to: '/move/routines/evening-wind-down-10', key: 'windDown' }] },
  sittingHours: { when: 1, actions: [{ to: '/breaks', key: 'breaks' }] },
  breaksTaken: { when: -1, actions: [{ to: '/breaks', key: 'breaks' }] },
  activityMinutes: { when: -1, actions: [{ to: '/move/plan', key: 'plan' }] },
  steps: { when: -1, actions: [{ to: '/move/plan', key: 'plan' }] },
  exerciseSessions: { when: -1, actions: [{ to: '/move/plan', key: 'plan' }] },
  exerciseMinutes: { when: -1, actions: [{ to: '/move/plan', key: 'plan' }] },
  stiffnessMinutes: { when: 1, actions: [{ to: '/move/routines/morning-5', key: 'morning' }] },
};

/** The actions a likely or possible pattern offers; none for other patterns or the wrong direction. */
export function actionsFor(d: Driver): PatternAction[] {
  if (d.status !== 'likely' && d.status !== 'possible') return [];
  const entry = byDriver[d.driver];
  if (!entry || d.effect === null || Math.sign(d.effect) !== entry.when) return [];
  return entry.actions;
}
