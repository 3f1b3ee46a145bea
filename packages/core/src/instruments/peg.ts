import type { Band, Instrument } from './types.js';

const scale = (low: string, high: string) =>
  Array.from({ length: 11 }, (_, i) => ({
    value: i,
    label: i === 0 ? `0 ${low}` : i === 10 ? `10 ${high}` : String(i),
  }));

const bands: Record<'lower' | 'middle' | 'higher', Band> = {
  lower: {
    id: 'lower',
    label: 'Lower',
    text: 'Pain and its effect on your life were on the lower side this week.',
  },
  middle: {
    id: 'middle',
    label: 'Middle',
    text: 'Pain affected your week in a middling way. Watch how this changes over time.',
  },
  higher: {
    id: 'higher',
    label: 'Higher',
    text: 'Pain weighed heavily on your week. Consider talking it through with your GP or physiotherapist.',
  },
};

/** PEG: pain intensity and interference, 3 items 0–10; score = mean (Krebs et al., J Gen Intern Med 2009). */
export const peg: Instrument = {
  id: 'peg',
  name: 'PEG pain scale',
  citation:
    'Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain ' +
    'intensity and interference. J Gen Intern Med 2009;24(6):733-738.',
  licence: 'Published for free clinical and research use.',
  recall: 'the past week',
  instructions: 'Think about the past week.',
  items: [
    {
      text: 'What number best describes your pain on average in the past week?',
      options: scale('No pain', 'Pain as bad as you can imagine'),
    },
    {
      text:
        'What number best describes how, during the past week, pain has interfered with your ' +
        'enjoyment of life?',
      options: scale('Does not interfere', 'Completely interferes'),
    },
    {
      text:
        'What number best describes how, during the past week, pain has interfered with your ' +
        'general activity?',
      options: scale('Does not interfere', 'Completely interferes'),
    },
  ],
  maxScore: 10,
  everyDays: 7,
  optIn: false,
  // Krebs et al. 2009: the PEG score is the mean of the three items; we show it to one decimal.
  score: (a) => ({ total: Math.round((a.reduce((s, x) => s + x, 0) * 10) / 3) / 10 }),
  // PEG has no published cut-offs. These bands borrow the usual 0–10 pain-scale split (0–3, 4–6, 7–10) only
  // to describe the number; change over time matters more than the band.
  band: ({ total }) => (total < 4 ? bands.lower : total < 7 ? bands.middle : bands.higher),
};
