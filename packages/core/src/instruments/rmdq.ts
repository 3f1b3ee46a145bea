import type { Band, Instrument } from './types.js';

// Roland & Morris 1983, as reprinted in the appendix of Roland & Fairbank 2000 (free to use in that form).
const statements = [
  'I stay at home most of the time because of my back.',
  'I change position frequently to try and get my back comfortable.',
  'I walk more slowly than usual because of my back.',
  'Because of my back I am not doing any of the jobs that I usually do around the house.',
  'Because of my back, I use a handrail to get upstairs.',
  'Because of my back, I lie down to rest more often.',
  'Because of my back, I have to hold on to something to get out of an easy chair.',
  'Because of my back, I try to get other people to do things for me.',
  'I get dressed more slowly than usual because of my back.',
  'I only stand for short periods of time because of my back.',
  'Because of my back, I try not to bend or kneel down.',
  'I find it difficult to get out of a chair because of my back.',
  'My back is painful almost all the time.',
  'I find it difficult to turn over in bed because of my back.',
  'My appetite is not very good because of my back pain.',
  'I have trouble putting on my socks (or stockings) because of the pain in my back.',
  'I only walk short distances because of my back.',
  'I sleep less well because of my back.',
  'Because of my back pain, I get dressed with help from someone else.',
  'I sit down for most of the day because of my back.',
  'I avoid heavy jobs around the house because of my back.',
  'Because of my back pain, I am more irritable and bad tempered with people than usual.',
  'Because of my back, I go upstairs more slowly than usual.',
  'I stay in bed most of the time because of my back.',
];

/** Each statement is ticked (1) or left blank (0); there is no "no" answer to give (Roland & Fairbank 2000). */
const tick = [
  { value: 0, label: 'Not ticked' },
  { value: 1, label: 'Describes me today' },
];

const bands: Record<'lower' | 'middle' | 'higher', Band> = {
  lower: {
    id: 'lower',
    label: 'Lower',
    text: 'Your back is getting in the way of few everyday things today.',
  },
  middle: {
    id: 'middle',
    label: 'Middle',
    text: 'Your back is getting in the way of a fair number of everyday things. Watch how this changes over time.',
  },
  higher: {
    id: 'higher',
    label: 'Higher',
    text: 'Your back is getting in the way of many everyday things. Consider talking it through with your GP or physiotherapist.',
  },
};

/** RMDQ: 24 statements about today; score = number ticked, 0–24 (Roland & Morris 1983; Roland & Fairbank 2000). */
export const rmdq: Instrument = {
  id: 'rmdq',
  name: 'Roland–Morris back questionnaire (RMDQ)',
  citation:
    'Roland M, Fairbank J. The Roland-Morris Disability Questionnaire and the Oswestry Disability ' +
    'Questionnaire. Spine 2000;25(24):3115-3124. Questionnaire from Roland MO, Morris RW, Spine 1983;8:141-144.',
  licence:
    'Reproduced in the form of the appendix of Roland & Fairbank (Spine 2000), which needs no permission.',
  recall: 'how you are today',
  instructions:
    'When your back hurts, you may find it difficult to do some of the things you normally do. This list ' +
    'contains sentences that people have used to describe themselves when they have back pain. When you ' +
    'read them, you may find that some stand out because they describe you today. As you read the list, ' +
    'think of yourself today. When you read a sentence that describes you today, put a tick against it. If ' +
    'the sentence does not describe you, then leave the space blank and go on to the next one. Remember, ' +
    'only tick the sentence if you are sure it describes you today.',
  items: statements.map((text) => ({ text, options: tick })),
  presentation: 'checklist',
  maxScore: 24,
  everyDays: 30,
  optIn: false,
  score: (a) => ({ total: a.reduce((s, x) => s + x, 0) }),
  // The RMDQ has no published severity bands: these thirds only describe the number. Change over time is what
  // counts (Roland & Fairbank 2000: scores under 4 or over 20 show change poorly).
  band: ({ total }) => (total <= 8 ? bands.lower : total <= 16 ? bands.middle : bands.higher),
};
