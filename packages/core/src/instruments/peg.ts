import type { Instrument } from './types.js';

const scale = (low: string, high: string) =>
  Array.from({ length: 11 }, (_, i) => ({
    value: i,
    label: i === 0 ? `0 ${low}` : i === 10 ? `10 ${high}` : String(i),
  }));

/** PEG: pain intensity and interference, 3 items 0–10; score = mean (Krebs et al., J Gen Intern Med 2009). */
export const peg: Instrument = {
  id: 'peg',
  name: 'PEG pain scale',
  citation:
    'Krebs EE et al. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med 2009;24(6):733-738.',
  licence: 'Published for free clinical and research use.',
  instructions: 'Think about the past week.',
  items: [
    {
      text: 'What number best describes your pain on average in the past week?',
      options: scale('no pain', 'pain as bad as you can imagine'),
    },
    {
      text: 'What number best describes how, during the past week, pain has interfered with your enjoyment of life?',
      options: scale('does not interfere', 'completely interferes'),
    },
    {
      text: 'What number best describes how, during the past week, pain has interfered with your general activity?',
      options: scale('does not interfere', 'completely interferes'),
    },
  ],
  everyDays: 7,
  optIn: false,
  score: (a) => ({ total: Math.round(((a[0] ?? 0) + (a[1] ?? 0) + (a[2] ?? 0)) / 0.3) / 10 }),
  // PEG has no official cut-offs; these plain bands only describe the number, and change over time matters most.
  band: ({ total }) =>
    total < 4
      ? {
          id: 'lower',
          label: 'Lower',
          text: 'Pain and its effect on your life were on the lower side this week.',
        }
      : total < 7
        ? {
            id: 'middle',
            label: 'Middle',
            text: 'Pain affected your week in a middling way. Watch how this changes over time.',
          }
        : {
            id: 'higher',
            label: 'Higher',
            text: 'Pain weighed heavily on your week. Consider talking it through with your GP or physiotherapist.',
          },
};
