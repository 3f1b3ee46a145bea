/**
 * German copy (see en-safety.ts): the safety check and the "When to get help" page. Every warning
 * keeps the meaning and urgency of the English exactly; 116117 is named for readers in Germany only.
 */
import type { Catalogue } from '@spinekind/core';
import type { safety as english } from './en-safety';

export const safety: Catalogue<typeof english> = {
  help: {
    title: 'Wann du Hilfe brauchst',
    intro:
      'Die meisten Rückenschmerzen in der Lebensmitte sind nicht gefährlich und werden mit der Zeit und sanfter Bewegung besser. Ein paar Zeichen bedeuten aber, dass du dich schnell untersuchen lassen solltest. Wenn eines davon neu für dich ist, handle – auch wenn du dir nicht sicher bist.',
    emergency: {
      title: 'Ruf jetzt den Notruf an',
      action:
        'Ruf 112, 999, 911 oder deine örtliche Notrufnummer an oder geh in eine Notaufnahme. Warte nicht ab, ob es besser wird, und fahr nicht selbst.',
    },
    urgent: {
      title: 'Lass dich heute ärztlich untersuchen',
      action:
        'Wende dich an deine Arztpraxis oder an den ärztlichen Bereitschaftsdienst (in Deutschland 116117) und bitte darum, innerhalb von 24 Stunden untersucht zu werden.',
    },
    soon: {
      title: 'Mach in den nächsten 1–2 Wochen einen Termin',
      action:
        'Geh zu deiner Hausärztin oder deinem Hausarzt oder in die Physiotherapie. Bleib bis dahin sanft in Bewegung.',
    },
    items: {
      saddle:
        'Neue Taubheit oder neues Kribbeln im Genitalbereich, am Po oder an den Innenseiten der Oberschenkel (dort, wo du auf einem Fahrradsattel sitzen würdest).',
      bladder:
        'Neue Probleme, mit dem Wasserlassen anzufangen oder aufzuhören, kein Gefühl mehr dafür, dass sich die Blase füllt, unfreiwilliger Urinverlust oder keine Kontrolle mehr über den Darm.',
      weakness:
        'Schwäche in einem Bein, die neu ist und schlimmer wird – zum Beispiel, wenn dein Fuß schleift oder deine Beine nachgeben.',
      bothLegs: 'Schmerzen, Taubheit oder Kribbeln, die in beide Beine ausstrahlen.',
      tearing:
        'Plötzlicher, sehr starker, reißender Schmerz im Rücken oder im Bauch, vielleicht mit einem Gefühl, ohnmächtig zu werden.',
      chest: 'Schmerzen in der Brust, Atemnot oder Schmerzen, die in den Arm oder den Kiefer ausstrahlen.',
      cancerWeak: 'Neue Schwäche oder Taubheit in den Beinen, wenn du Krebs hattest.',
      fever:
        'Fieber (38 °C oder mehr) oder Schüttelfrost zusammen mit deinen Rückenschmerzen, oder wenn du dich insgesamt sehr krank fühlst.',
      fall: 'Rückenschmerzen nach einem Sturz oder einer Überlastung, wenn deine Knochen brüchig sind (Osteoporose, dauerhaft Kortison-Tabletten oder über 65).',
      cancerNight: 'Neue, ständige Rückenschmerzen, die nachts schlimmer sind, wenn du Krebs hattest.',
      newWeak: 'Ein Bein oder ein Fuß ist schwach geworden, auch wenn es nicht schlimmer wird.',
      weight: 'Du nimmst ab, ohne es zu wollen.',
      nightPain: 'Ständige Schmerzen, die in Ruhe oder beim Wechseln der Position nicht nachlassen.',
      sixWeeks: 'Schmerzen, die nach etwa sechs Wochen nicht deutlich besser sind.',
      oneLeg: 'Schmerzen, Taubheit oder Kribbeln unterhalb des Knies in einem Bein, die nicht abklingen.',
      height: 'Du verlierst an Körpergröße, oder dein oberer Rücken wird runder.',
      stiff: 'Jeden Morgen mehr als eine halbe Stunde Steifheit, die mit Bewegung nachlässt.',
    },
    bleeding: {
      title: 'Blutungen, die abgeklärt werden sollten',
      action: 'Mach innerhalb der nächsten 2 Wochen einen Termin bei deiner Hausärztin oder deinem Hausarzt.',
      afterMenopause:
        'Jede Blutung oder Schmierblutung, nachdem deine Periode 12 Monate ausgeblieben ist. Wenn du 55 oder älter bist, bitte darum, so bald wie möglich untersucht zu werden.',
      hysterectomy: 'Jede Blutung nach einer Gebärmutterentfernung.',
      hrt: 'Blutungen unter HRT außerhalb des Musters, das dir angekündigt wurde: bei kontinuierlicher HRT nach den ersten 6 Monaten, Blutungen, die länger als 7 Tage dauern, oder Blutungen zwischen den geplanten.',
      emergency:
        'Sehr starke Blutung, oder Blutung mit dem Gefühl, ohnmächtig zu werden, mit Schwindel oder Atemnot: Ruf jetzt den Notruf an.',
      source:
        'Nach der NICE-Leitlinie NG12 (aktualisiert 2023) und der Empfehlung der British Menopause Society zu außerplanmäßigen Blutungen unter HRT (2024). Meist ist die Ursache harmlos, und eine Untersuchung findet die wenigen anderen Fälle früh.',
    },
    otherwise: {
      title: 'Nichts davon?',
      text: 'Bleib sanft in Bewegung und folge deinem Selbsthilfeplan. Geh zu deiner Hausärztin oder deinem Hausarzt oder in die Physiotherapie, wenn es nach 4–6 Wochen nicht deutlich besser ist oder wenn etwas Neues dazukommt.',
    },
    source:
      'Nach der NICE-Leitlinie NG59 (Kreuzschmerzen und Ischias, 2016, aktualisiert 2020), NICE NG234 (Wirbelsäulenmetastasen und Rückenmarkskompression, 2023) und Finucane et al. (2020) zu Warnzeichen. Evidenzgrad A: Empfehlungen aus Leitlinien.',
    never:
      'Spinekind stellt nie Diagnosen und schlägt nie Medikamente vor. Wenn du das Gefühl hast, dass etwas nicht stimmt, vertrau darauf und hol dir Hilfe.',
  },
  screening: {
    title: 'Sicherheitscheck',
    intro:
      'Ein paar kurze Fragen zu Warnzeichen. Die meisten Rückenschmerzen sind nicht ernst; diese Fragen finden die seltenen Fälle, in denen du schnell ärztliche Hilfe brauchst. Antworte zu dem, was für dich neu oder anders ist.',
    age: 'Dein Alter',
    ageWhy: 'Manche Zeichen sind in bestimmten Altersgruppen wichtiger.',
    ageError: 'Gib dein Alter in Jahren ein, von 0 bis 120.',
    painWeeks: 'Seit wie vielen Wochen dauert diese Phase mit Rückenschmerzen schon an?',
    painWeeksHint: 'Weniger als eine Woche? Gib 0,5 ein.',
    groupUrgent: 'Zeichen, bei denen du schnell Hilfe brauchst',
    groupBody: 'Deine Gesundheit und wie es angefangen hat',
    groupPattern: 'Wie sich der Schmerz verhält',
    fromProfile: 'aus deinem Profil',
    change: 'Ändern',
    why: 'Warum wir fragen:',
    submit: 'Mein Ergebnis zeigen',
    offered: {
      first:
        'Neu hier? Mach den kurzen Sicherheitscheck (etwa 2 Minuten), damit du weißt, auf welche Zeichen du achten solltest.',
      weekly:
        'Dein letzter Sicherheitscheck ist eine Woche her. Mach ihn noch einmal, solange diese Phase anhält.',
      spike:
        'Dein Schmerz ist viel stärker als dein Durchschnitt der letzten Woche. Ein kurzer Sicherheitscheck (etwa 2 Minuten) kann helfen.',
      one_leg_radiating:
        'Schmerz, der ins Bein schießt oder bis unter das Knie ausstrahlt, ist einen kurzen Sicherheitscheck wert.',
      tingling_or_numbness: 'Taubheit oder Kribbeln ist einen kurzen Sicherheitscheck wert (etwa 2 Minuten).',
      both_legs_symptoms:
        'Du hast Schmerzen oder Nervenbeschwerden in beiden Beinen unterhalb des Knies angegeben. Bitte mach jetzt den kurzen Sicherheitscheck.',
      saddle_numbness:
        'Du hast Taubheit oder Kribbeln zusammen mit Schmerzen an der Leiste oder am Gesäß angegeben. Neue Taubheit dort muss abgeklärt werden: Bitte mach jetzt den kurzen Sicherheitscheck.',
      start: 'Sicherheitscheck machen',
      later: 'Nicht jetzt',
    },
    worrying: 'Etwas Neues oder Beunruhigendes?',
    resultTitle: 'Dein Ergebnis',
    because: 'Weil du angegeben hast:',
    level: {
      emergency: 'Hol dir jetzt Notfallhilfe',
      urgent: 'Lass dich heute ärztlich untersuchen',
      soon: 'Mach in den nächsten 1–2 Wochen einen Termin',
      self_care: 'Keine Warnzeichen gefunden',
    },
    call: 'Ruf jetzt die {{number}} an',
    tell: 'Was du am Telefon sagst',
    tellText: 'Sag, dass du Rückenschmerzen hast und: {{reasons}}. Sag, seit wann.',
    whatNow: 'Was du jetzt tun solltest',
    emergencySteps: [
      'Ruf jetzt an oder geh in die nächste Notaufnahme.',
      'Warte nicht ab, ob es besser wird, und fahr nicht selbst.',
    ],
    emergencyStepCancer:
      'Wenn du ein Krebsbehandlungsteam oder eine onkologische Notfall-Hotline hast, ruf dort zusätzlich an.',
    today: {
      title: 'Dein Sicherheitscheck heute: {{level}}',
      open: 'Den ganzen Rat ansehen',
    },
    followUp: {
      title: 'Hast du dich untersuchen lassen?',
      textYesterday: 'Gestern hat dein Sicherheitscheck gesagt: {{level}}.',
      text: 'Dein Sicherheitscheck am {{day}} hat gesagt: {{level}}.',
      question: 'Warst du deswegen bei einer Ärztin, einem Arzt oder einer Pflegefachkraft?',
      checked: 'Ja, ich war dort',
      notYet: 'Noch nicht',
      decidedNot: 'Ich habe mich dagegen entschieden',
      askedAgain: 'Wir fragen morgen noch einmal, bis zu einer Woche lang.',
    },
    understand: 'Ich habe verstanden',
    understandHint: 'Dieser Hinweis bleibt, bis du bestätigst, dass du ihn gelesen hast.',
    urgentWho:
      'Ruf jetzt in deiner Arztpraxis oder beim ärztlichen Bereitschaftsdienst (in Deutschland 116117) an und bitte darum, innerhalb von 24 Stunden untersucht zu werden.',
    soonWho:
      'Mach innerhalb der nächsten 1–2 Wochen einen Termin bei deiner Hausärztin oder deinem Hausarzt oder in der Physiotherapie.',
    remind: 'Erinnere mich ans Terminmachen',
    reminded: 'Wir zeigen das auf deinem Heute-Bildschirm, bis du einen Termin hast.',
    booked: 'Ich habe einen Termin',
    bookTodo: 'Zu tun: {{what}} (aus deinem Sicherheitscheck vom {{date}})',
    selfCareMore:
      'Bleib sanft in Bewegung. Auf der Seite „Wann du Hilfe brauchst“ stehen die Zeichen, auf die du achten solltest.',
    done: 'Zurück zu Heute',
    again: 'Noch einmal beantworten',
    safetyNet:
      'Wenn du neue Taubheit am Po oder im Genitalbereich, neue Probleme mit Blase oder Darm oder Schwäche in den Beinen bemerkst, ruf deine örtliche Notrufnummer an.',
    history: 'Sicherheitscheck: {{level}}',
    notFound: 'Dieser Sicherheitscheck ist nicht auf diesem Gerät.',
  },
  bleeding: {
    title: 'Lass diese Blutung abklären',
    infoTitle: 'Blutungen unter HRT',
    stays: 'Das bleibt oben auf „Heute“, bis du uns sagst, dass du einen Termin hast.',
    booked: 'Ich habe einen Termin',
    remind: 'Morgen erinnern',
    bookedDone: 'Notiert: Termin vereinbart.',
    remindDone: 'Wir zeigen das morgen noch einmal.',
    undo: 'Rückgängig',
    runOne: 'Blutung am {{from}} eingetragen.',
    run: 'Blutung vom {{from}} bis {{to}} eingetragen.',
    stageHeld: 'Eine Blutung nach 12 Monaten ohne Periode muss zuerst abgeklärt werden',
    stageHeldBasis:
      'Wir werten diese Blutung nicht als Rückkehr deiner Periode. Sobald eine Ärztin oder ein Arzt sie abgeklärt hat, rechnet die Schätzung hier mit deinen Einträgen weiter.',
    addPeriod: 'Fehlende Periode hinzufügen',
    updateProfile: 'Profil aktualisieren',
    regimenIntro: 'Du nimmst HRT. Welche Art? Eine Blutung bedeutet bei jeder etwas anderes.',
    regimenSave: 'In meinem Profil speichern',
    regimenSaved: 'In deinem Profil gespeichert.',
    regimenPick: 'Wähle eine der drei Antworten.',
    startIntro: 'Du nimmst HRT. Wann hast du angefangen? In den ersten 6 Monaten sind Blutungen häufig.',
    startLabel: 'Wann hast du mit der HRT angefangen?',
    startHint: 'Leer lassen, wenn du es nicht weißt.',
    startFuture: 'Das Startdatum kann nicht in der Zukunft liegen.',
  },
};
