import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** Reminders in German (informal "du"). */
export const de: Catalogue<typeof en> = {
  checkin: 'Wie geht es deinem Rücken heute? Dein Eintrag dauert nur eine Minute.',
  routine: '{{name}} um {{time}}',
  yourRoutine: 'Deine Übungsfolge',
  questionnaire_one: '{{name}}: {{count}} kurze Frage, wenn du einen Moment Zeit hast',
  questionnaire_other: '{{name}}: {{count}} kurze Fragen, wenn du einen Moment Zeit hast',
  period: 'Deine nächste Periode beginnt wahrscheinlich zwischen dem {{from}} und dem {{to}}.',
  lesson: 'Lektion des Tages: {{title}}',
  heading: {
    checkin: 'Zeit für deinen Eintrag',
    routine: 'Gleich ist deine Übungsfolge dran',
    questionnaire: 'Ein kurzer Fragebogen',
    period: 'Deine Periodenvorhersage',
    lesson: 'Lektion des Tages',
  },
};
