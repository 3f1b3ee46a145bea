import { hold } from './dose.js';
import { drawn } from './illustrations/drawn.js';
import type { Exercise } from './types.js';

/** Walking, balance and breathing. */
export const walkBreatheExercises: readonly Exercise[] = [
  drawn({
    id: 'brisk-walk',
    name: 'Brisk walk',
    purpose: 'A walk at a pace that warms you up: a simple, steady way to keep your back and heart working.',
    steps: [
      'Wear comfortable shoes and start at an easy pace for a few minutes.',
      'Pick up the pace until you breathe a little faster but can still talk.',
      'Stand tall, let your arms swing and take comfortable strides.',
      'Slow down again for the last few minutes.',
    ],
    cues: ['Tall and relaxed', 'You can still talk', 'Let your arms swing'],
    mistakes: ['Setting off too fast.', 'Watching your feet all the time.', 'Taking overlong strides.'],
    easier: 'easy-walk',
    equipment: ['none'],
    dose: hold(600),
    tags: ['walking'],
    cautions: [
      'Build up gradually: the walking plan adds a few minutes at a time.',
      'Stop and get medical advice if walking brings on chest pain or unusual breathlessness.',
    ],
    boneSafe: true,
    alt: 'A person walking with a comfortable stride and swinging arms.',
  }),
  drawn({
    id: 'box-breathing',
    name: 'Box breathing',
    purpose: 'Calms your breathing and helps tense muscles let go, in four even counts.',
    steps: [
      'Sit comfortably with your feet flat and a hand on your tummy.',
      'Breathe in through your nose for a count of four.',
      'Hold gently for four.',
      'Breathe out slowly for four.',
      'Hold for four, then begin again.',
    ],
    cues: ['In for four', 'Hold for four', 'Out for four'],
    mistakes: ['Forcing big breaths.', 'Holding for so long that it feels strained.'],
    equipment: ['none'],
    dose: hold(60),
    tags: ['breathing'],
    cautions: [
      'If the holds feel uncomfortable, leave them out and just breathe in and out slowly.',
      'Stop and breathe normally if you feel light-headed.',
    ],
    boneSafe: true,
    alt: 'A person sitting on a chair with a hand on the tummy, beside a square traced with arrows.',
  }),
  drawn({
    id: 'easy-walk',
    name: 'Easy walk',
    purpose: 'A relaxed walk to get moving on a stiff or sore day, or to start the walking plan.',
    steps: [
      'Wear comfortable shoes and choose a flat route you know.',
      'Walk at a pace that feels easy, standing tall.',
      'Let your arms swing and your breathing stay relaxed.',
      'Stop while you still feel you could go a little further.',
    ],
    cues: ['Easy pace', 'Tall and loose', 'Stop while it still feels good'],
    mistakes: ['Waiting for a pain-free day before walking at all.', 'Doing a long walk on the first day.'],
    harder: 'brisk-walk',
    equipment: ['none'],
    dose: hold(300),
    tags: ['walking'],
    cautions: ['Break it into two or three short walks if one longer walk is too much.'],
    boneSafe: true,
    alt: 'A person walking upright with a relaxed, short stride.',
  }),
];
