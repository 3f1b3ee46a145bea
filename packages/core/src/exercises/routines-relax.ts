import { SOURCES } from '../lessons/sources.js';
import { reps } from './dose.js';
import type { Routine } from './types.js';

/**
 * Guided relaxation sessions (issue #17, point 5), tagged `relax`: their minutes a day become the
 * `relaxMinutes` insights driver. Claims stay modest ("may help you feel calmer"); each carries
 * its grade and sources. Timings: README.md ("Relaxation sessions").
 */
export const relaxRoutines: readonly Routine[] = [
  {
    id: 'relax-breathing-5',
    name: 'Slow breathing',
    description:
      'Five minutes of slow breathing at about six breaths a minute: in for five seconds, out for five. Sitting or lying, no movement.',
    tags: ['relax', 'breathing'],
    transitionSeconds: 0,
    lessonId: 'tension-and-mindfulness',
    evidence: {
      grade: 'C',
      reason:
        'Small studies, mostly in healthy people, link slow breathing with feeling calmer; it is not shown to ease back pain on its own.',
      sources: [SOURCES.zaccaro2018, SOURCES.toussaint2021],
    },
    items: [{ exerciseId: 'paced-breathing' }],
  },
  {
    id: 'relax-pmr-12',
    name: 'Progressive muscle relaxation',
    description:
      'About 12 minutes: gently tense each muscle group for five seconds, then let go for fifteen, from your arms to your feet. The back itself is left out on purpose.',
    tags: ['relax'],
    transitionSeconds: 8,
    lessonId: 'tension-and-mindfulness',
    evidence: {
      grade: 'C',
      reason:
        'A small randomised trial in healthy adults found it increased feelings of relaxation; evidence for back pain itself is limited.',
      sources: [SOURCES.toussaint2021],
    },
    items: [
      { exerciseId: 'paced-breathing', dose: reps(6, 1, 10) },
      { exerciseId: 'pmr-arm' },
      { exerciseId: 'pmr-neck-shoulders' },
      { exerciseId: 'pmr-face' },
      { exerciseId: 'pmr-tummy' },
      { exerciseId: 'pmr-buttocks' },
      { exerciseId: 'pmr-leg' },
      { exerciseId: 'quiet-rest' },
    ],
  },
  {
    id: 'relax-body-scan-10',
    name: 'Body scan',
    description:
      'Ten quiet minutes lying or sitting, moving your attention from your feet to your head and noticing each part without changing it.',
    tags: ['relax'],
    transitionSeconds: 0,
    lessonId: 'tension-and-mindfulness',
    evidence: {
      grade: 'C',
      reason:
        'The body scan is part of the mindfulness course that improved back function in a good trial; on its own it is less studied.',
      sources: [SOURCES.cherkin2016],
    },
    items: [{ exerciseId: 'body-scan' }],
  },
  {
    id: 'desk-tension-release',
    name: 'Desk break: tension release',
    description:
      'Two minutes at your desk: lift and drop your shoulders, soften your face and jaw, then a few slow breaths.',
    tags: ['desk', 'relax'],
    transitionSeconds: 4,
    lessonId: 'tension-and-mindfulness',
    evidence: {
      grade: 'D',
      reason:
        'Short tension-and-release breaks at a desk have not been tested on their own; they are low-risk and borrow from methods with some evidence.',
      sources: [SOURCES.toussaint2021],
    },
    items: [
      { exerciseId: 'pmr-neck-shoulders', dose: reps(2, 1, 20) },
      { exerciseId: 'pmr-face', dose: reps(2, 1, 20) },
      { exerciseId: 'paced-breathing', dose: reps(4, 1, 10) },
    ],
  },
];
