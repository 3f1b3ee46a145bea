import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The calendar feed in German (informal "du"). */
export const de: Catalogue<typeof en> = {
  calendarDescription: 'Bewegungspausen, geplante Übungsfolgen und Eintrags-Erinnerungen von Spinekind',
  breaksSummary: 'Bewegungspausen, alle {{every}} Min.',
  breakTimes: 'Pausen-Erinnerungen um {{times}}.',
  lunch: 'Mittagspause {{start}}–{{end}}.',
  alternate: 'Sie wechseln zwischen Aufstehen und Hinsetzen.',
  atEach: 'Steh bei jeder auf und beweg dich ein, zwei Minuten.',
  yourRoutine: 'Deine Übungsfolge',
  fromPlan: 'Eine Übungsfolge aus deinem Wochenplan.',
  startIt: 'Starte sie in Spinekind.',
  walkSummary: 'Gehen, {{minutes}} Min.',
  regularWalk: 'Dein regelmäßiger Spaziergang.',
  walkWeek: 'Woche {{week}} von {{weeks}} deines Gehplans.',
  checkinSummary: 'Eintrag bei Spinekind',
  checkinDescription:
    'Wie geht es deinem Rücken heute? Dein Eintrag dauert nur eine Minute. Überspring ihn, wenn du schon etwas eingetragen hast.',
  experimentSummary: 'Experiment: {{title}}',
};
