/** German copy: Experiments (set up, run and read a self-run trial) and Today's experiment card. */
import type { Catalogue } from '@spinekind/core';
import type { experimentsCopy as english } from './en-experiments';

export const experimentsCopy: Catalogue<typeof english> = {
  experiments: {
    title: 'Experimente',
    intro:
      'Finde heraus, ob etwas deinem Rücken wirklich hilft: Du wechselst in zufälliger Reihenfolge zwischen Ausprobieren und „wie immer“, und die App vergleicht deine Schmerzen an beiden Arten von Tagen.',
    yours: 'Deine Experimente',
    none: 'Noch keine Experimente. Wähle unten eines aus, um zu beginnen.',
    choose: 'Ein Experiment starten',
    custom: 'Deine eigene Idee testen',
    customIntro:
      'Vergleiche zwei Alltagsgewohnheiten. Medikamente, Nahrungsergänzungsmittel und Dosierungen sind hier nicht für Experimente gedacht: Ändere sie nur in Absprache mit deiner Ärztin, deinem Arzt oder deiner Apotheke.',
    setUp: 'Einrichten',
    status: {
      planned: 'Beginnt am {{date}}',
      running: 'Läuft',
      paused: 'Pausiert',
      stopped: 'Beendet',
      done: 'Abgeschlossen',
    },
    condition: { intervention: 'Ausprobieren', control: 'Wie immer' },
    setup: {
      title: 'Einrichten: {{title}}',
      why: 'Warum eine zufällige Reihenfolge?',
      whyText:
        'Schmerzen ändern sich aus vielen Gründen: das Wetter, dein Zyklus, eine volle Woche. Würdest du das Neue immer zuerst ausprobieren, könnte jeder dieser Gründe wie eine Wirkung aussehen. Deshalb wirft die App für jedes Paar von Phasen eine Münze, welche zuerst kommt. Jedes Paar enthält eine Phase „Ausprobieren“ und eine Phase „Wie immer“, damit die beiden fair verglichen werden.',
      hidden:
        'Du siehst jede Phase erst, wenn sie beginnt, nicht vorher – so kann das Wissen, was als Nächstes kommt, nicht beeinflussen, wie du dich fühlst.',
      start: 'Startdatum',
      startHint: 'Heute oder später.',
      periodDays: 'Tage pro Phase',
      periodHint: 'Von 3 bis 14. Eine Woche passt für die meisten Gewohnheiten.',
      pairs: 'Paare von Phasen',
      pairsHint: 'Von 2 bis 4. Mehr Paare geben eine klarere Antwort.',
      washout: 'Übergangstage nach jedem Wechsel',
      washoutHint:
        'Sie zählen beim Vergleich nicht mit, falls die Gewohnheit der letzten Phase noch nachwirkt. Für die meisten ist 0 in Ordnung.',
      length: 'Es läuft {{days}} Tage, bis zum {{end}}.',
      each: 'Jeden Tag: Eintrag wie gewohnt, und tippe an, ob du dich an den Plan gehalten hast.',
      submit: 'Experiment starten',
      cancel: 'Abbrechen',
      title_custom: 'Was testest du?',
      intervention: 'An „Ausprobieren“-Tagen werde ich …',
      control: 'An „Wie immer“-Tagen werde ich …',
      refused: 'Das lässt sich so nicht einrichten:',
      offline:
        'Zum Einrichten eines Experiments brauchst du eine Verbindung. Versuch es noch einmal, wenn du wieder online bist.',
    },
    today: {
      heading: 'Experiment heute',
      is: 'Plan für heute: {{condition}}',
      washout:
        'Ein Übergangstag: Er zählt beim Vergleich nicht mit, aber halte dich bitte trotzdem an den Plan.',
      asked: 'Hast du dich heute an den Plan gehalten?',
      yes: 'Ja, habe ich',
      no: 'Heute nicht',
      saved: 'Gespeichert. Danke!',
      savedNo: 'Gespeichert. Tage, an denen du vom Plan abweichst, werden einfach nicht mitgezählt.',
      paused: 'Dein Experiment ist wegen deines Sicherheitschecks vom {{date}} pausiert.',
      pausedHint:
        'Bitte folge zuerst diesem Rat. Das Experiment geht weiter, sobald du uns sagst, dass du dich hast untersuchen lassen.',
      seeResult: 'Sicherheitscheck ansehen',
      open: 'Experiment öffnen',
    },
    timeline: 'Zeitplan',
    period: 'Phase {{n}}: {{from}} bis {{to}}',
    later_one: 'Eine weitere Phase kommt noch. Du siehst sie, sobald sie beginnt.',
    later_other: 'Weitere Phasen: {{count}}. Du siehst sie, sobald sie beginnen.',
    stop: 'Experiment beenden',
    stopConfirm: 'Endgültig beenden? Was es bisher ergeben hat, kannst du weiterhin lesen.',
    stopped: 'Beendet.',
    result: {
      heading: 'Was es ergeben hat',
      interim: 'Zwischenergebnis: Das Experiment läuft noch, das kann sich also ändern.',
      final: 'Endergebnis',
      notYet: 'Das erste Ergebnis gibt es nach dem {{date}}, wenn das erste Paar von Phasen vorbei ist.',
      effect: 'Unterschied (Ausprobieren − Wie immer)',
      interval: '95-%-Bereich',
      benefit: 'Wahrscheinlichkeit eines echten Nutzens ({{threshold}} Punkt oder mehr)',
      counted: 'Gezählte Tage',
      missing: 'Nicht gezählte Tage (kein Eintrag oder Plan nicht eingehalten)',
      adherence: 'Tage, an denen du dich an den Plan gehalten hast',
      model: 'Wie das berechnet wird',
      modelText:
        'Die App bildet für jede Phase einen Mittelwert, vergleicht die beiden Phasen jedes Paars und fasst die Paare mit einem vorsichtigen statistischen Modell zusammen, das gute und schlechte Zeiten berücksichtigt. „Kein klarer Unterschied“ ist eine echte Antwort: In diesen Wochen unterschieden sich die beiden nicht genug, um sie auseinanderzuhalten.',
      chart: 'Tägliches Ergebnis nach Bedingung',
      chartCaption:
        'Jeder Punkt ist ein Tag: ausgefüllt für „Ausprobieren“, hohl für „Wie immer“. Nicht gezählte Tage fehlen.',
      table: 'Jeder Tag des Experiments',
      date: 'Datum',
      conditionCol: 'Bedingung',
      value: 'Ergebnis',
      followed: 'Eingehalten',
      countedCol: 'Gezählt',
      yes: 'Ja',
      no: 'Nein',
      notAnswered: '–',
      settling: 'Übergang',
    },
    verdict: {
      'likely helps': 'Hilft wahrscheinlich',
      'no clear difference': 'Kein klarer Unterschied',
      'likely worse': 'Wahrscheinlich schlechter',
      'not enough data': 'Noch nicht genug Daten',
    },
    lesson: 'Mehr dazu',
  },
};
