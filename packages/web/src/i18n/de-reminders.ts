/** German copy: reminders (check-in, routines, questionnaires, period, lesson) and their delivery. */
import type { Catalogue } from '@spinekind/core';
import type { remindersCopy as english } from './en-reminders';

export const remindersCopy: Catalogue<typeof english> = {
  reminders: {
    link: 'Erinnerungen',
    linkHint: 'Ein Anstoß zum Eintragen, vor einer geplanten Routine, wenn ein Fragebogen fällig ist.',
    title: 'Erinnerungen',
    intro:
      'Wähle aus, woran wir dich erinnern dürfen und wann. Alles ist aus, bis du es einschaltest. Eine Erinnerung kommt nie für etwas, das du an dem Tag schon erledigt hast – und ein verpasster Tag ist einfach nur ein Tag.',
    settings: 'Woran wir dich erinnern dürfen',
    checkin: 'Eintrag',
    checkinHint:
      'Zu den Zeiten, die du wählst. Sobald du eingecheckt hast, hören die Erinnerungen für den Tag auf.',
    checkinTime: 'Zeit {{n}}',
    addTime: 'Zeit hinzufügen',
    removeTime: '{{time}} entfernen',
    days: 'Tage',
    routines: 'Geplante Routinen',
    routinesHint: 'Vor jeder Routine aus deinem Wochenplan, außer du hast sie schon gemacht.',
    minutesBefore: 'Minuten vorher',
    questionnaires: 'Fragebögen',
    questionnairesHint:
      'Einmal, wenn einer fällig ist, zur ersten Uhrzeit deiner Eintrags-Erinnerung (oder um 19:00).',
    period: 'Nächste Periode',
    periodHint: 'Tage vor deinem vorhergesagten Zeitraum, nur wenn deine Zyklen eine Vorhersage erlauben.',
    daysBefore: 'Tage vorher',
    lesson: 'Lektion des Tages',
    lessonHint: 'Eine kurze Lektion, solange es noch welche gibt, die du nicht gelesen hast.',
    lessonTime: 'Uhrzeit',
    quiet: 'Ruhezeiten',
    quietHint: 'In dieser Zeit kommt nichts; eine Erinnerung, die hineinfallen würde, kommt an ihrem Ende.',
    quietStart: 'Von',
    quietEnd: 'Bis',
    save: 'Erinnerungen speichern',
    saving: 'Wird gespeichert …',
    discard: 'Änderungen verwerfen',
    saved: 'Erinnerungen gespeichert.',
    fixErrors: 'Einige Einstellungen brauchen noch einen Blick; sieh dir die Hinweise oben an.',
    leaveQuestion: 'Ohne Speichern deiner Änderungen an den Erinnerungen verlassen?',
    previewTitle: 'Demnächst',
    previewEmpty:
      'Demnächst kommt nichts. Schalte oben eine Erinnerung ein und speichere, dann siehst du sie hier.',
    previewHint: 'Die Zeiten gelten in der Zeitzone deiner Erinnerungen.',
    kinds: {
      checkin: 'Eintrag',
      routine: 'Routine',
      questionnaire: 'Fragebogen',
      period: 'Periode',
      lesson: 'Lektion',
    },
    testTitle: 'Eine Erinnerung testen',
    testIntro: 'Schick einen Test an jeden Browser, in dem du Erinnerungen eingeschaltet hast.',
    test: 'Test senden',
    testNoDevice: 'In keinem Browser sind Erinnerungen eingeschaltet. Schalte sie zuerst oben ein.',
    testSent_one: 'An {{count}} Browser gesendet.',
    testSent_other: 'An {{count}} Browser gesendet.',
    noPush:
      'Dieser Browser kann keine Erinnerungen zeigen, während Spinekind geschlossen ist (warum, steht oben). Immer wenn du die App öffnest, zeigt dir „Heute“, was fällig ist.',
    todayShows: 'Ohne Erinnerungen zeigt dir „Heute“ deinen Eintrag und jeden fälligen Fragebogen.',
    dueNow: {
      title: 'Jetzt fällig',
      checkinLine: 'Dein Eintrag, wann immer du so weit bist.',
      checkin: 'Eintragen',
      routine: 'Los',
      questionnaire: 'Beantworten',
      period: 'Vorhersage ansehen',
      lesson: 'Lesen',
      why: 'Erinnerungen erreichen diesen Browser nicht, solange Spinekind geschlossen ist. Deshalb warten sie hier auf dich.',
      dismiss: 'Heute nicht',
    },
  },
};
