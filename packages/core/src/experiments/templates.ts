import { z } from 'zod';
import { EXPERIMENT_LIMITS } from './schema.js';

/** A ready-made experiment: the question, what to do under each condition, and its default design. */
export const experimentTemplateSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  intervention: z.string(),
  control: z.string(),
  outcome: z.string(),
  periodDays: z.int(),
  pairs: z.int(),
  washoutDays: z.int(),
  lessonId: z.string().optional(),
});
export type ExperimentTemplate = z.infer<typeof experimentTemplateSchema>;

const design = {
  outcome: 'pain',
  periodDays: EXPERIMENT_LIMITS.periodDays.default,
  pairs: EXPERIMENT_LIMITS.pairs.default,
  washoutDays: EXPERIMENT_LIMITS.washoutDays.default,
} as const;

/** The experiments offered ready-made (issue #20), in our own words. Lesson ids name `core/lessons`. */
export const experimentTemplates: readonly ExperimentTemplate[] = [
  {
    id: 'morning-routine',
    title: 'Morning routine',
    question: 'Does the 5-minute morning routine ease my back pain?',
    intervention: 'Do the 5-minute morning mobility routine (Move › Morning mobility) soon after you get up.',
    control: 'Start your morning as you usually do, without the routine.',
    ...design,
    lessonId: 'exercise-helps',
  },
  {
    id: 'hourly-breaks',
    title: 'Hourly breaks or Pomodoro',
    question: 'Is my back better with a break every hour, or with short breaks every 25 minutes?',
    intervention: 'Take a movement break every hour while you work: stand up, walk, stretch for 2–3 minutes.',
    control: 'Work in Pomodoro rhythm: 25 minutes on, then a 5-minute break to move.',
    ...design,
    lessonId: 'movement-breaks',
  },
  {
    id: 'lumbar-cushion',
    title: 'Lumbar cushion',
    question: 'Does a cushion in the small of my back help when I sit?',
    intervention: 'Sit with a lumbar cushion or a rolled towel in the small of your back all day.',
    control: 'Sit as you usually do, without the cushion.',
    ...design,
    lessonId: 'lumbar-support',
  },
  {
    id: 'standing',
    title: 'Standing part of the day',
    question: 'Does standing for part of my working day ease my back?',
    intervention: 'Stand for part of your working day: aim for about 20 minutes in every hour you work.',
    control: 'Sit as you usually do.',
    ...design,
    lessonId: 'standing-desks',
  },
  {
    id: 'screens-off',
    title: 'Screens off before bed',
    question: 'Does switching screens off an hour before bed help my back the next day?',
    intervention: 'Put phone, tablet and TV away an hour before bed.',
    control: 'Use screens in the evening as you usually do.',
    ...design,
    lessonId: 'sleep-pain-loop',
  },
  {
    id: 'evening-relaxation',
    title: 'Evening relaxation',
    question: 'Does a short relaxation in the evening ease my back pain?',
    intervention: 'Do the 10-minute evening wind-down (Move › Evening wind-down) before bed.',
    control: 'Spend your evening as you usually do, without the wind-down.',
    ...design,
    lessonId: 'tension-and-mindfulness',
  },
];

const byId = new Map(experimentTemplates.map((t) => [t.id, t]));

/** The template with this id, if there is one. */
export function experimentTemplateById(id: string): ExperimentTemplate | undefined {
  return byId.get(id);
}
