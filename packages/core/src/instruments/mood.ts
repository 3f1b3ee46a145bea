import type { Band, Instrument } from './types.js';

const options = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
];
const sum = (a: number[]) => ({ total: a.reduce((x, y) => x + y, 0) });

/**
 * Shown with every PHQ-2 and GAD-2 result, whatever the score. The lines themselves depend on where she
 * lives: the app shows her country's crisis lines beside it (triage/crisis-lines.ts).
 */
export const supportLine =
  'If you ever feel unsafe or think about harming yourself, call your local emergency number or a ' +
  'crisis line now.';

/** PHQ-2, GAD-2: a total of 3 or more is the usual screening line (Kroenke 2003, 2007); not a diagnosis. */
export const SCREEN_CUTOFF = 3;

const screenBand =
  (topic: string) =>
  ({ total }: { total: number }): Band =>
    total >= SCREEN_CUTOFF
      ? {
          id: 'talk',
          label: 'Worth talking about',
          text:
            `Your answers suggest ${topic} has been hard lately. It could help to talk to your GP or ` +
            `another clinician about how you have been feeling. ${supportLine}`,
        }
      : {
          id: 'ok',
          label: 'Below the screening line',
          text:
            `Your answers are below the usual screening line. If ${topic} troubles you, you can still ` +
            `talk to a clinician. ${supportLine}`,
        };

const licence =
  'Developed by Drs Spitzer, Williams, Kroenke and colleagues with an educational grant from Pfizer; ' +
  'no permission is required to reproduce, translate, display or distribute.';

/** PHQ-2 (Kroenke, Spitzer & Williams, Med Care 2003). Opt-in. */
export const phq2: Instrument = {
  id: 'phq2',
  name: 'PHQ-2 mood check',
  citation:
    'Kroenke K, Spitzer RL, Williams JB. The Patient Health Questionnaire-2: validity of a two-item ' +
    'depression screener. Med Care 2003;41(11):1284-1292.',
  licence,
  recall: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  items: [
    { text: 'Little interest or pleasure in doing things', options },
    { text: 'Feeling down, depressed, or hopeless', options },
  ],
  maxScore: 6,
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
    'Kroenke K, Spitzer RL, Williams JB, Monahan PO, Löwe B. Anxiety disorders in primary care: ' +
    'prevalence, impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317-325.',
  licence,
  recall: 'the last 2 weeks',
  instructions: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  items: [
    { text: 'Feeling nervous, anxious or on edge', options },
    { text: 'Not being able to stop or control worrying', options },
  ],
  maxScore: 6,
  everyDays: 14,
  optIn: true,
  score: sum,
  band: screenBand('worry'),
};
