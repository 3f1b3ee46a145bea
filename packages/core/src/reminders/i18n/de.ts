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
  experimentStart: 'Dein Experiment „{{title}}“ beginnt heute. Zuerst gilt: {{todo}}',
  experimentSwitch: 'Dein Experiment „{{title}}“ wechselt heute. Ab heute gilt: {{todo}}',
  experimentStay:
    'Dein Experiment „{{title}}“: Heute beginnt eine neue Phase, der Plan bleibt gleich: {{todo}}',
  experimentStartHidden:
    'Dein Experiment „{{title}}“ beginnt heute. Öffne es, dann siehst du, was zu tun ist.',
  experimentNextHidden:
    'Dein Experiment „{{title}}“: Heute beginnt eine neue Phase. Öffne es, dann siehst du, was zu tun ist.',
  heading: {
    checkin: 'Zeit für deinen Eintrag',
    routine: 'Gleich ist deine Übungsfolge dran',
    questionnaire: 'Ein kurzer Fragebogen',
    period: 'Deine Periodenvorhersage',
    lesson: 'Lektion des Tages',
    experiment: 'Dein Experiment heute',
  },
  action: { checkin: 'Eintragen', routine: 'Starten', later: 'Später' },
};
