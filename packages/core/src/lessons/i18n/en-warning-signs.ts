import type { WarningSignsWords } from './warning-signs-texts.js';

/**
 * The English words of `lessons-warning-signs.ts`, as a catalogue the translations follow; a test
 * checks that building the lesson from them gives exactly the English lesson.
 */
export const enWarningSignsWords = {
  title: 'Warning signs and where to go',
  summary:
    'A few signs with back pain need care today or right now, and knowing them lets you relax about the rest.',
  gradeReason: 'The signs and levels follow national guidance and an international red-flag framework.',
  intro:
    'Serious causes of back pain are rare, and most back pain is not dangerous. A few signs, though, mean you should get help quickly. The app asks about them in its screening, and this lesson lists every one of them with the same levels and the same advice the screening gives. It cannot examine you: if you feel you need help, get it, whatever the list says.',
  safetyNet:
    'If you develop new numbness around your bottom or genitals, new bladder or bowel problems, or weakness in your legs, call your local emergency number.',
  comparisons: {
    'age>=65': 'being 65 or older',
    'age>=50': 'being 50 or older',
    'age<18': 'being under 18',
    'pain_weeks>=6': 'pain that has lasted 6 weeks or more',
  },
  levelTitles: {
    emergency: 'Emergency: get help now.',
    urgent: 'Urgent: see a clinician today.',
    soon: 'Soon: book an appointment within 1-2 weeks.',
  },
  onTheirOwn: '{{level}} Any one of these on its own:',
  combinations: 'Or these combinations:',
  anyOneOf: 'any one of: {{signs}}',
  signSeparator: ' / ',
  togetherWith: ', together with ',
  screeningSays: 'What the screening then says: "{{advice}}"',
  noSigns: 'No warning signs: "{{advice}}"',
  veryUnwell: 'If you feel very unwell, confused or breathless, call your local emergency number.',
  readCourse: 'Read how back pain usually goes.',
} satisfies WarningSignsWords;
