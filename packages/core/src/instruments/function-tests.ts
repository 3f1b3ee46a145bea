import type { Band, Instrument } from './types.js';

// Function tests she can repeat monthly (issue #19, point 3): scored by the same machinery as the
// questionnaires (items, answers, score, band), each answer a count or seconds she enters after the timer.

const counts = (max: number, unit: string) =>
  Array.from({ length: max + 1 }, (_, i) => ({ value: i, label: `${i} ${unit}` }));

const band = (id: string, label: string, text: string): Band => ({ id, label, text });
const recorded = band(
  'recorded',
  'Recorded',
  'Your own change over the months is what matters most. Compare with your earlier results.',
);

const chairSafety = [
  'Use a sturdy chair without arms, pushed against a wall so it cannot slide.',
  'Stop at once if you feel dizzy, short of breath, or if your back or knees hurt more than usual.',
  'If you are unsure about your balance, have someone stand beside you.',
];

/** 30-second chair stand (Jones, Rikli & Beam 1999; CDC STEADI). Score = full stands in 30 s. */
export const chairStand: Instrument = {
  id: 'chair_stand',
  name: '30-second chair stand',
  citation:
    'Jones CJ, Rikli RE, Beam WC. A 30-s chair-stand test as a measure of lower body strength in ' +
    'community-residing older adults. Res Q Exerc Sport 1999;70(2):113-119. Norms: CDC STEADI, ' +
    'Assessment: 30-Second Chair Stand (2017), from Rikli & Jones, Senior Fitness Test Manual (2013).',
  licence: 'Public-domain test procedure; instructions in our own words.',
  recall: 'today',
  instructions: 'Count the full stands you did in 30 seconds.',
  items: [{ text: 'How many full stands did you do in 30 seconds?', options: counts(50, 'stands') }],
  maxScore: 30,
  everyDays: 30,
  optIn: false,
  test: {
    why: 'Standing up from a chair again and again shows the strength in your legs and hips, which keeps you steady and protects your back when you lift.',
    safety: chairSafety,
    steps: [
      'Sit in the middle of the chair, feet flat and hip-width apart, arms crossed over your chest.',
      'Press Start. Stand up fully, then sit all the way back down. Repeat as many times as you can.',
      'Keep your arms crossed. If you need your hands to get up, stop: that is fine, note 0 and try again next month.',
      'When the timer ends, count each full stand. More than halfway up at the end counts as one.',
    ],
    timer: { mode: 'countdown', seconds: 30 },
    evidence: [
      {
        text: 'The count is a reliable measure of leg strength when you repeat it the same way.',
        grade: 'B',
        source: 'Jones, Rikli & Beam, Res Q Exerc Sport (1999)',
      },
      {
        text: 'From age 60, a count below the usual range for your age goes with a higher chance of falls.',
        grade: 'C',
        source: 'CDC STEADI (2017); Rikli & Jones, Senior Fitness Test Manual (2013)',
      },
    ],
  },
  score: ([n = 0]) => ({ total: n }),
  // The age norms need her age (chairStandNorm); the band itself stays age-free.
  band: () => recorded,
};

/** Timed single-leg stance, eyes open, each leg, capped at 30 s (Springer et al. 2007; Vellas et al. 1997). */
export const singleLegStance: Instrument = {
  id: 'single_leg_stance',
  name: 'Single-leg stance',
  citation:
    'Springer BA et al. Normative values for the unipedal stance test with eyes open and closed. ' +
    'J Geriatr Phys Ther 2007;30(1):8-15. Vellas BJ et al. One-leg balance is an important predictor of ' +
    'injurious falls in older persons. J Am Geriatr Soc 1997;45(6):735-738.',
  licence: 'Public-domain test procedure; instructions in our own words.',
  recall: 'today',
  instructions: 'Seconds you stood on each leg, eyes open, up to 30.',
  items: [
    { text: 'Seconds standing on your left leg', options: counts(30, 's') },
    { text: 'Seconds standing on your right leg', options: counts(30, 's') },
  ],
  maxScore: 30,
  subscales: { left: [1], right: [2] },
  everyDays: 30,
  optIn: false,
  test: {
    why: 'Standing on one leg shows your balance. Better balance means fewer falls, which matters more as bones thin.',
    safety: [
      'Stand next to a kitchen worktop, a wall or a sturdy chair you can hold at once.',
      'Stop if you feel dizzy or unsteady, and hold on. Never try this on a slippery floor or in socks.',
    ],
    steps: [
      'Stand tall with your eyes open, looking at a spot ahead. Arms by your sides or on your hips.',
      'Lift one foot just off the floor and press Start.',
      'Press Stop when the lifted foot touches the floor, your standing foot moves, or you grab the support. The timer stops by itself at 30 seconds.',
      'Rest, then do the other leg.',
    ],
    timer: { mode: 'hold', seconds: 30 },
    evidence: [
      {
        text: 'Most women in their 40s and 50s can stand on one leg with eyes open for 30 seconds or more; the time falls with age.',
        grade: 'C',
        source: 'Springer et al., J Geriatr Phys Ther (2007)',
      },
      {
        text: 'Not managing 5 seconds on one leg was linked with injurious falls in older people.',
        grade: 'C',
        source: 'Vellas et al., J Am Geriatr Soc (1997)',
      },
    ],
  },
  // The weaker leg: balance is only as good as its shorter side.
  score: ([left = 0, right = 0]) => ({ total: Math.min(left, right), subscales: { left, right } }),
  band: ({ total }) =>
    total < 5
      ? band(
          'short',
          'Under 5 seconds',
          'Balance on one leg was short. Daily balance practice helps; mention it to your GP or physiotherapist.',
        )
      : recorded,
};

/** The 4-stage balance test (CDC STEADI): the last stage held for 10 seconds, 0–4. */
export const balance4Stage: Instrument = {
  id: 'balance_4stage',
  name: '4-stage balance test',
  citation:
    'CDC STEADI, Assessment: The 4-Stage Balance Test (2017). Rossiter-Fornoff JE et al. A cross-sectional ' +
    'validation study of the FICSIT common data base static balance measures. J Gerontol A 1995;50(6):M291-7.',
  licence: 'Public-domain test procedure; instructions in our own words.',
  recall: 'today',
  instructions: 'Hold each stance for 10 seconds; move on only when you held the one before.',
  items: [
    {
      text: 'The last stance you held for a full 10 seconds',
      options: [
        { value: 0, label: 'None yet' },
        { value: 1, label: 'Stage 1: feet side by side' },
        { value: 2, label: 'Stage 2: one foot half a step ahead' },
        { value: 3, label: 'Stage 3: heel to toe' },
        { value: 4, label: 'Stage 4: on one leg' },
      ],
    },
  ],
  maxScore: 4,
  everyDays: 30,
  optIn: false,
  test: {
    why: 'Four stances, each harder than the last, show how steady you are as your base gets narrower.',
    safety: [
      'Stand beside a wall or worktop you can touch at once; have someone with you if you can.',
      'Stop if you feel dizzy or unsteady. Do not move on to the next stance if you could not hold this one.',
    ],
    steps: [
      'Stage 1: feet side by side. Press Start and hold for 10 seconds without holding on.',
      'Stage 2: put the instep of one foot against the big toe of the other. Hold for 10 seconds.',
      'Stage 3: one foot right in front of the other, heel touching toe. Hold for 10 seconds.',
      'Stage 4: stand on one leg. Hold for 10 seconds.',
      'Then choose the last stance you held for the full 10 seconds.',
    ],
    timer: { mode: 'countdown', seconds: 10 },
    evidence: [
      {
        text: 'Not holding heel to toe (stage 3) for 10 seconds goes with a higher chance of falls.',
        grade: 'C',
        source: 'CDC STEADI (2017); Rossiter-Fornoff et al. (1995)',
      },
    ],
  },
  score: ([stage = 0]) => ({ total: stage }),
  band: ({ total }) =>
    total < 3
      ? band(
          'unsteady',
          'Heel to toe was hard',
          'Holding heel to toe for 10 seconds was hard today. Balance practice helps; talk it over with your GP or physiotherapist.',
        )
      : band(
          'steady',
          'Held heel to toe',
          'You held heel to toe for 10 seconds. Keep practising your balance.',
        ),
};

/** Every function test, in display order. */
export const functionTests: readonly Instrument[] = [chairStand, singleLegStance, balance4Stage];

/**
 * CDC STEADI below-average chair-stand counts for women, by age band (Rikli & Jones 2013): a count under
 * the number goes with a higher fall risk. The norms start at 60.
 */
const womenBelowAverage: readonly [fromAge: number, below: number][] = [
  [90, 4],
  [85, 8],
  [80, 9],
  [75, 10],
  [70, 10],
  [65, 11],
  [60, 12],
];

export type ChairStandNorm =
  | { kind: 'own_trend' }
  | { kind: 'norm'; ageBand: string; usual: number; belowUsual: boolean };

/** Her count against the STEADI norm for her age; under 60 (or age unknown) only her own trend counts. */
export function chairStandNorm(count: number, age: number | null | undefined): ChairStandNorm {
  if (age == null || !Number.isFinite(age) || age < 60) return { kind: 'own_trend' };
  const row = womenBelowAverage.find(([from]) => age >= from) as [number, number];
  const [from, usual] = row;
  const ageBand = from === 90 ? '90-94' : `${from}-${from + 4}`;
  return { kind: 'norm', ageBand, usual, belowUsual: count < usual };
}
