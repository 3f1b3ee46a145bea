import { bleedingAnswerResource } from '../bleeding/store.js';
import { checkinResource } from '../checkins/resource.js';
import { breakLogResource } from '../routes/breaks.js';
import { periodResource } from '../routes/cycle.js';
import { ergonomicResource } from '../routes/ergonomics.js';
import { customExerciseResource, customRoutineResource } from '../routes/exercises.js';
import { responseResource } from '../routes/instruments.js';
import { screeningResource } from '../routes/screenings.js';
import { sessionResource } from '../routes/sessions.js';
import { trackerResource, treatmentResource } from '../routes/tracking.js';
import type { AnyResource } from './items.js';

/**
 * Every simple user-owned resource, in restore order: a resource comes after the ones it refers
 * to (check-ins carry tracker values, so trackers first). Routes, export and import all use this list.
 */
export const resources: readonly AnyResource[] = [
  trackerResource,
  treatmentResource,
  checkinResource,
  screeningResource,
  periodResource,
  responseResource,
  breakLogResource,
  ergonomicResource,
  // Sessions and routines may name custom exercises and routines: those come first.
  customExerciseResource,
  customRoutineResource,
  sessionResource,
  bleedingAnswerResource,
];
