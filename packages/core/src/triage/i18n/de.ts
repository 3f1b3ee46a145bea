import type { Catalogue } from '../../i18n/catalogue.js';
import type { TriageTexts } from './en.js';

/** The triage in German (informal "du"); meaning and urgency exactly as the English. */
export const triageDe: Catalogue<TriageTexts> = {
  advice: {
    emergency:
      'Einige deiner Antworten können Zeichen eines ernsten Problems sein, das eine Notfallbehandlung braucht. Ruf jetzt den Notruf an oder geh jetzt in die nächste Notaufnahme – warte nicht ab, ob es von selbst besser wird, und fahr nicht selbst.',
    urgent:
      'Wegen einiger deiner Antworten sollte dich heute noch eine Ärztin oder ein Arzt untersuchen. Melde dich jetzt in deiner Arztpraxis oder beim ärztlichen Bereitschaftsdienst und bitte darum, innerhalb von 24 Stunden untersucht zu werden. Wenn es dir vorher schlechter geht, ruf den Notruf an.',
    soon: 'Nichts deutet auf einen Notfall hin, aber eine oder mehrere Antworten sollten in deiner Hausarztpraxis oder in der Physiotherapie angeschaut werden. Vereinbare in den nächsten 1–2 Wochen einen Termin und mach mit deinem Selbsthilfe-Plan weiter. Wenn neue Beschwerden auftreten, mach den Check sofort noch einmal.',
    self_care:
      'Es wurden keine Warnzeichen gefunden. Bleib sanft in Bewegung, nutze den Selbsthilfe-Plan und einfache Schmerzlinderung, wenn sie dir guttut. Geh zu deiner Hausärztin, deinem Hausarzt oder in die Physiotherapie, wenn es nach 4–6 Wochen nicht deutlich besser ist oder etwas Neues dazukommt.',
  },
  reasons: {
    saddle_numbness: 'Neue Taubheit am Po, im Genitalbereich oder an den Innenseiten der Oberschenkel',
    bladder_change: 'Neue Veränderung, wie deine Blase arbeitet oder sich anfühlt',
    bowel_change: 'Neue Veränderung beim Spüren oder Kontrollieren des Darms',
    sexual_numbness: 'Neuer Gefühlsverlust beim Sex',
    leg_weakness_worsening: 'Schwäche im Bein, die schlimmer wird',
    leg_weakness_new: 'Neue Schwäche in einem Bein oder Fuß',
    both_legs_symptoms: 'Beschwerden, die in beide Beine ziehen',
    one_leg_radiating: 'Schmerzen oder Kribbeln unterhalb des Knies in einem Bein',
    tingling_or_numbness: 'Taubheit oder Kribbeln in einem Bein oder Fuß',
    fever: 'Fieber oder Hitzegefühl mit Frösteln',
    unexplained_weight_loss: 'Abnehmen, ohne es zu wollen',
    cancer_history: 'Eine frühere Krebserkrankung',
    night_pain_constant: 'Ständige Schmerzen, die in Ruhe nicht nachlassen und nachts schlimmer sind',
    getting_worse_despite_rest: 'Schmerzen, die trotz Ruhe und Schmerzmitteln stetig zunehmen',
    major_trauma: 'Ein schwerer Unfall oder Sturz',
    minor_trauma_or_strain: 'Schmerzen nach einem kleinen Sturz, Heben, Drehen, Husten oder Niesen',
    osteoporosis_known: 'Bekannte Osteoporose oder ein früherer Knochenbruch ohne größeren Unfall',
    long_term_steroids: 'Kortison-Tabletten seit 3 Monaten oder länger',
    immunosuppressed: 'Ein geschwächtes Immunsystem oder ein anderes Infektionsrisiko',
    chest_or_upper_back_pain: 'Schmerzen vor allem im oberen oder mittleren Rücken',
    sudden_tearing_pain: 'Plötzliche, starke, reißende Schmerzen',
    chest_pain_breathless:
      'Schmerzen in der Brust, Atemnot oder Schmerzen, die in Arm oder Kiefer ausstrahlen',
    unwell_generally: 'Allgemeines Krankheitsgefühl',
    inflammatory_pattern: 'Steifheit nach einem Muster, das auf entzündliche Rückenschmerzen hindeuten kann',
    height_loss_or_curve: 'Kleiner geworden oder ein runderer oberer Rücken',
    age: 'Dein Alter (zusammen mit der Antwort oben)',
    pain_weeks: 'Wie lange diese Schmerzphase schon dauert',
  },
  questions: {
    saddle_numbness: {
      text: 'Hast du neue Taubheit oder neues Kribbeln am Po, im Genitalbereich oder an den Innenseiten der Oberschenkel?',
      why: 'Taubheit dort, wo du auf einem Fahrradsattel sitzen würdest, kann bedeuten, dass Nerven am unteren Ende der Wirbelsäule eingeengt sind.',
    },
    bladder_change: {
      text: 'Hat sich an deiner Blase etwas neu verändert: Probleme, das Wasserlassen zu beginnen oder zu stoppen, du spürst nicht, wie sie sich füllt, oder du verlierst neuerdings Urin? (Nicht gemeint: ein altes, unverändertes Tröpfeln beim Husten oder Niesen.)',
      why: 'Eine neue Veränderung an der Blase zusammen mit Rückenschmerzen kann von denselben Nerven kommen und muss sofort abgeklärt werden.',
    },
    bowel_change: {
      text: 'Spürst du deinen Darm neuerdings nicht mehr oder kannst ihn nicht mehr kontrollieren? (Verstopfung allein zählt nicht.)',
      why: 'Wenn du den Darm nicht mehr spürst oder kontrollieren kannst, ist das ein weiteres Zeichen, dass diese Nerven betroffen sind.',
    },
    sexual_numbness: {
      text: 'Hast du beim Sex neuerdings weniger oder kein Gefühl mehr?',
      why: 'Das ist ein weniger bekanntes Zeichen desselben Nervenproblems.',
    },
    both_legs_symptoms: {
      text: 'Ziehen Schmerzen, Taubheit oder Kribbeln gleichzeitig in beide Beine?',
      why: 'Beschwerden in beiden Beinen können auf Druck in der Mitte der Wirbelsäule hindeuten.',
    },
    leg_weakness_new: {
      text: 'Ist ein Bein oder Fuß neu schwach – du bleibst mit den Zehen hängen, der Fuß ist schlaff, oder du kannst nicht auf den Zehenspitzen oder Fersen stehen?',
      why: 'Neue Schwäche muss noch am selben Tag ärztlich untersucht werden.',
    },
    leg_weakness_worsening: {
      text: 'Falls ja: Wird diese Schwäche schlimmer?',
      why: 'Schwäche, die schlimmer wird, braucht eine Notfallbehandlung.',
    },
    sudden_tearing_pain: {
      text: 'Hattest du plötzlich starke, reißende Schmerzen im Rücken oder Bauch, vielleicht mit dem Gefühl, ohnmächtig zu werden?',
      why: 'Selten kommt das von der Hauptschlagader und nicht vom Rücken.',
    },
    chest_pain_breathless: {
      text: 'Hast du Schmerzen in der Brust, Atemnot oder Schmerzen, die in den Arm oder Kiefer ausstrahlen?',
      why: 'Probleme mit Herz und Lunge können sich im oberen Rücken bemerkbar machen.',
    },
    fever: {
      text: 'Hattest du zu den Rückenschmerzen 38 °C Fieber oder mehr, oder war dir heiß und du hast gefröstelt?',
      why: 'Fieber mit Rückenschmerzen kann eine Infektion bedeuten, die heute noch abgeklärt werden muss.',
    },
    one_leg_radiating: {
      text: 'Ziehen Schmerzen, Taubheit oder Kribbeln in einem Bein bis unter das Knie?',
      why: 'Das sind ischiasartige Schmerzen. Sie gehen meist zurück, sollten aber ärztlich oder physiotherapeutisch angeschaut werden.',
    },
    tingling_or_numbness: {
      text: 'Hast du Taubheit oder Kribbeln in einem Bein oder Fuß?',
      why: 'Veränderungen im Gefühl sollten untersucht werden.',
    },
    night_pain_constant: {
      text: 'Ist der Schmerz ständig da, wird er durch Ruhe oder eine andere Haltung nicht besser und ist er nachts schlimmer?',
      why: 'Schmerzen, die nie nachlassen, verhalten sich anders als gewöhnliche Rückenschmerzen.',
    },
    getting_worse_despite_rest: {
      text: 'Wird der Schmerz trotz Ruhe und einfacher Schmerzmittel stetig schlimmer?',
      why: 'Schmerzen, die immer weiter zunehmen, sollten ärztlich angeschaut werden.',
    },
    chest_or_upper_back_pain: {
      text: 'Sitzt der Schmerz vor allem im oberen oder mittleren Rücken, zwischen den Schulterblättern?',
      why: 'Schmerzen weiter oben im Rücken haben mehr mögliche Ursachen, besonders ab 50.',
    },
    inflammatory_pattern: {
      text: 'Ist dein Rücken nach dem Aufwachen länger als 30 Minuten steif und wird mit Bewegung besser, oder weckt dich der Schmerz in der zweiten Nachthälfte?',
      why: 'Dieses Muster kann auf eine Entzündung der Wirbelsäule hindeuten, die bei Frauen oft übersehen wird.',
    },
    unwell_generally: {
      text: 'Fühlst du dich insgesamt krank?',
      why: 'Wenn du dich zu den Rückenschmerzen auch insgesamt krank fühlst, kommen andere Ursachen infrage.',
    },
    unexplained_weight_loss: {
      text: 'Hast du abgenommen, ohne es zu wollen?',
      why: 'Ungewolltes Abnehmen solltest du bei deiner Ärztin oder deinem Arzt ansprechen.',
    },
    major_trauma: {
      text: 'Haben die Schmerzen nach einem schweren Unfall oder Sturz angefangen, etwa einem Autounfall oder einem Sturz aus der Höhe?',
      why: 'Ein heftiger Aufprall kann die Wirbelsäule verletzen.',
    },
    minor_trauma_or_strain: {
      text: 'Ist kurz vor Beginn der Schmerzen etwas Kleines passiert – ein Sturz aus dem Stand, Heben, eine Drehung, Husten oder Niesen?',
      why: 'Bei brüchigen Knochen kann schon eine kleine Belastung einen Wirbel anbrechen.',
    },
    osteoporosis_known: {
      text: 'Wurde bei dir Osteoporose festgestellt, oder hast du dir bei einem kleinen Sturz einen Knochen gebrochen?',
      why: 'Brüchige Knochen verändern, was eine Belastung oder ein Sturz bedeuten kann.',
    },
    long_term_steroids: {
      text: 'Hast du 3 Monate oder länger Kortison-Tabletten (Steroide) genommen?',
      why: 'Kortison-Tabletten über lange Zeit können Knochen und Abwehrkräfte schwächen.',
    },
    cancer_history: {
      text: 'Hattest du schon einmal Krebs, auch wenn es lange her ist? (Hautkrebs zählt nicht, außer einem Melanom.)',
      why: 'Eine frühere Krebserkrankung verändert, welche Zeichen bei Rückenschmerzen schnell abgeklärt werden sollten.',
    },
    immunosuppressed: {
      text: 'Ist dein Immunsystem geschwächt (zum Beispiel durch eine Behandlung), oder hattest du kürzlich einen Eingriff an der Wirbelsäule oder eine schwere Infektion?',
      why: 'Das erhöht das Risiko einer Infektion an der Wirbelsäule.',
    },
    height_loss_or_curve: {
      text: 'Bist du kleiner geworden (etwa 4 cm oder mehr) oder ist dein oberer Rücken runder geworden?',
      why: 'Das kann ein Zeichen für unbemerkte Wirbelbrüche durch dünner werdende Knochen sein.',
    },
  },
  help: {
    whereTitle: 'Wo du heute Hilfe bekommst',
    crisisTitle: 'Wenn du dich nicht sicher fühlst',
    crisisIntro:
      'Wenn du dich nicht sicher fühlst oder daran denkst, dir etwas anzutun, ruf jetzt {{number}} oder eine dieser Nummern an:',
    allDay: 'rund um die Uhr',
    source: 'Quelle: {{organisation}}',
    noCountry:
      'Trag dein Land im Profil ein, dann siehst du, wo du Hilfe bekommst und welche Krisentelefone es bei dir gibt.',
  },
  numbers: {
    either: '{{first}} oder {{second}}',
    local: 'den Notruf deines Landes',
  },
};
