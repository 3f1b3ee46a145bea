import type { Band, Instrument } from './types.js';

const options = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];
const instructions = 'Over the last 2 weeks, how often have you been bothered by the following problems?';
const sum = (a: number[]) => ({ total: a.reduce((x, y) => x + y, 0) });
const support =
  'If you ever feel unsafe or think about harming yourself, call your local emergency number or a crisis line now (in the UK, Samaritans on 116 123; in the US, 988).';
// Kroenke et al.: a total of 3 or more is the usual cut-off for a positive screen; it is not a diagnosis.
const screenBand =
  (topic: string) =>
  ({ total }: { total: number }): Band =>
    total >= 3
      ? {
          id: 'talk',
          label: 'Worth talking about',
          text: `Your answers suggest ${topic} has been hard lately. It could help to talk to your GP or another clinician about how you have been feeling. ${support}`,
        }
      : {
          id: 'ok',
          label: 'Below the screening line',
          text: `Your answers are below the usual screening line. If ${topic} troubles you, you can still talk to a clinician. ${support}`,
        };

/** PHQ-2 (Kroenke, Spitzer & Williams, Med Care 2003). Opt-in. */
export const phq2: Instrument = {
  id: 'phq2',
  name: 'PHQ-2 mood check',
  citation:
    'Kroenke K, Spitzer RL, Williams JB. The Patient Health Questionnaire-2: validity of a two-item depression screener. Med Care 2003;41(11):1284-1292.',
  licence:
    'PHQ screeners were developed with an educational grant from Pfizer; no permission is required to reproduce or use them.',
  instructions,
  items: [
    { text: 'Little interest or pleasure in doing things', options },
    { text: 'Feeling down, depressed, or hopeless', options },
  ],
  everyDays: 14,
  optIn: true,
  score: sum,
  band: screenBand('your mood'),
};

/** GAD-2 (Kroenke et al., Ann Intern Med 2007). Opt-in. */
export const gad2: Instrument = {
  id: 'gad2',
  name: 'GAD-2 worry check',
  citation:
    'Kroenke K et al. Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317-325.',
  licence:
    'Developed with an educational grant from Pfizer; no permission is required to reproduce or use it.',
  instructions,
  items: [
    { text: 'Feeling nervous, anxious or on edge', options },
    { text: 'Not being able to stop or control worrying', options },
  ],
  everyDays: 14,
  optIn: true,
  score: sum,
  band: screenBand('worry'),
};
