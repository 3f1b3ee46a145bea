import { bleedingAnswerResource } from '../bleeding/store.js';
import { breakLogResource } from '../breaks/store.js';
import { checkinResource } from '../checkins/store.js';
import { periodResource } from '../cycle/store.js';
import { ergonomicResource } from '../ergonomics/store.js';
import { customExerciseResource, customRoutineResource, sessionResource } from '../exercise/store.js';
import { responseResource } from '../instruments/store.js';
import { screeningResource } from '../screenings/store.js';
import { trackerResource, treatmentResource } from '../tracking/store.js';
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
