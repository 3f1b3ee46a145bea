import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** The bone-health exercises (`catalogue-bones.ts`) in German; safety cautions keep their meaning exactly. */
export const deBones: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'step-up': {
    name: 'Stufensteigen',
    purpose: 'Kräftigt Oberschenkel und Gesäß – für Treppen, Bordsteine und das Aufstehen vom Boden.',
    steps: [
      'Stell dich vor die unterste Treppenstufe oder eine feste Stufe, eine Hand am Geländer oder an der Wand.',
      'Setz einen Fuß ganz auf die Stufe.',
      'Drück dich über diese Ferse nach oben, bis du aufrecht auf der Stufe stehst, und stell den anderen Fuß daneben.',
      'Steig langsam wieder hinunter, erst mit dem zweiten Fuß, dann mit dem ersten. Mach alle Wiederholungen auf einer Seite, dann wechsle.',
    ],
    cues: ['Ganzer Fuß auf die Stufe', 'Über die Ferse hochdrücken', 'Langsam hinuntersteigen'],
    mistakes: [
      'Sich mit dem Fuß am Boden abstoßen.',
      'Das Knie nach innen fallen lassen.',
      'Sich nach vorn über die Stufe lehnen.',
    ],
    cautions: [
      'Halte dich jedes Mal am Geländer fest oder stütz dich an der Wand ab. Wenn dein Knie sich meldet, ist eine niedrigere Stufe völlig in Ordnung.',
    ],
    alt: 'Eine Person steigt auf eine niedrige Stufe, ein Fuß steht darauf; gestrichelte Linien zeigen sie aufrecht auf der Stufe.',
  },
  'overhead-press': {
    name: 'Überkopfdrücken',
    purpose: 'Kräftigt Schultern, Arme und oberen Rücken und übt, mit Gewicht aufrecht zu stehen.',
    steps: [
      'Stell oder setz dich aufrecht hin und halte in jeder Hand ein leichtes Gewicht (oder eine gefüllte Wasserflasche) auf Schulterhöhe.',
      'Spann den Bauch sanft an und lass die Rippen unten.',
      'Drück beide Hände nach oben, bis die Arme gestreckt über den Schultern sind.',
      'Senk sie langsam wieder auf Schulterhöhe.',
    ],
    cues: ['Aufrecht stehen', 'Rippen unten', 'Langsam senken'],
    mistakes: ['Ins Hohlkreuz gehen, um höher zu drücken.', 'Die Schultern zu den Ohren hochziehen.'],
    cautions: [
      'Drück nur so hoch, wie es sich für deine Schultern gut anfühlt. Setz dich hin, wenn du dir mit dem Gleichgewicht nicht sicher bist.',
    ],
    alt: 'Eine Person steht aufrecht, beide Arme gestreckt über dem Kopf; gestrichelte Arme zeigen die Hände auf Schulterhöhe.',
  },
  'heel-drop': {
    name: 'Fersenfall',
    purpose:
      'Ein sanfter Einstieg in Stoßbelastung: ein kleiner Stoß durch die Fersen, auf den die Knochen reagieren.',
    steps: [
      'Stell dich aufrecht hin und halte dich an einer Stuhllehne oder an der Arbeitsplatte fest.',
      'Geh hoch auf die Fußballen.',
      'Lass die Fersen mit einem kräftigen Plumps auf den Boden fallen, die Knie locker.',
      'Zähl jedes Fallenlassen mit; ruh dich aus, wenn du es brauchst.',
    ],
    cues: ['Hoch auf die Zehen', 'Mit einem Plumps fallen lassen', 'Knie locker'],
    mistakes: ['Langsam absenken (das ist Fersenheben, kein Fersenfall).', 'Die Knie durchdrücken.'],
    cautions: [
      'Nur wenn dein Knochenprogramm Stoßübungen anbietet: nicht bei einem Wirbelbruch oder einem frischen Knochenbruch.',
    ],
    alt: 'Eine Person steht auf Zehenspitzen und hält sich an einem Stuhl fest; gestrichelte flache Füße und ein Pfeil zeigen, wie die Fersen auf den Boden fallen.',
  },
  stamping: {
    name: 'Stampfen',
    purpose: 'Kräftiges Stampfen auf der Stelle: etwas mehr Stoß als der Fersenfall, für Hüften und Beine.',
    steps: [
      'Stell dich aufrecht hin, mit einem Stuhl oder einer Arbeitsplatte zum Festhalten in der Nähe.',
      'Heb ein Knie ein wenig an und stampf den Fuß kräftig auf, als würdest du eine Dose zertreten.',
      'Wechsle den Fuß und halte einen gleichmäßigen Rhythmus.',
      'Zähl jedes Aufstampfen mit.',
    ],
    cues: ['Kräftig stampfen', 'Aufrecht stehen', 'Mitzählen'],
    mistakes: ['So fest stampfen, dass es dir in den Rücken fährt.', 'Sich nach vorn lehnen.'],
    cautions: [
      'Trag feste, stützende Schuhe. Hör auf, wenn eine Hüfte, ein Knie oder dein Rücken stechend schmerzt.',
    ],
    alt: 'Eine Person steht aufrecht mit einem angehobenen Knie; ein Pfeil zeigt, wie der Fuß aufstampft.',
  },
  'marching-on-the-spot': {
    name: 'Zügiges Marschieren',
    purpose:
      'Marschieren mit hohen Knien und festen Schritten: gleichmäßiger Stoß, und dein Herz arbeitet ein wenig mit.',
    steps: [
      'Stell dich aufrecht hin, mit Platz um dich herum und einem Stuhl in der Nähe.',
      'Marschier auf der Stelle und heb die Knie bis etwa auf Hüfthöhe.',
      'Setz jeden Fuß fest auf und schwing die Arme mit.',
      'Zähl jedes Aufsetzen eines Fußes mit.',
    ],
    cues: ['Knie hoch', 'Fest aufsetzen', 'Arme mitschwingen'],
    mistakes: ['Schlurfen, die Füße kaum über dem Boden.', 'Sich nach hinten lehnen.'],
    cautions: ['Halte einen Stuhl in Reichweite und werde langsamer, wenn du dich unsicher fühlst.'],
    alt: 'Eine Person marschiert auf der Stelle, ein Knie hoch angehoben, der Arm der Gegenseite schwingt nach vorn.',
  },
  'low-jump': {
    name: 'Kleiner Sprung',
    purpose:
      'Kleine Sprünge mit beiden Füßen: die stärkste Stoßbelastung im Programm vor dem Hüpfen auf einem Bein.',
    steps: [
      'Stell dich aufrecht hin, die Füße hüftbreit auseinander, in der Nähe von etwas zum Festhalten.',
      'Beug die Knie ein wenig und spring nur knapp vom Boden ab.',
      'Lande weich auf beiden Füßen mit gebeugten Knien und richte dich dann auf.',
      'Zähl jede Landung mit und ruh dich zwischen den Sätzen aus.',
    ],
    cues: ['Kleiner Sprung', 'Weich landen', 'Knie gebeugt'],
    mistakes: ['Hoch springen (ein paar Zentimeter reichen).', 'Mit gestreckten Knien landen.'],
    cautions: [
      'Lass die Sprünge weg, wenn du beim Springen Urin verlierst. Dann zuerst Beckenbodenübungen – oder frag eine Physiotherapeutin oder einen Physiotherapeuten.',
    ],
    alt: 'Eine Person knapp über dem Boden, die Arme nach vorn; ein Doppelpfeil und gestrichelte gebeugte Knie zeigen Sprung und Landung.',
  },
  hop: {
    name: 'Hüpfen auf einem Bein',
    purpose:
      'Kleine Hüpfer auf einem Fuß: starke Stoßbelastung für die Hüfte und gleichzeitig Gleichgewichtstraining.',
    steps: [
      'Stell dich neben eine Arbeitsplatte oder einen Stuhl und leg eine Hand darauf.',
      'Heb einen Fuß nach hinten an.',
      'Hüpf auf dem anderen Fuß ein paar Zentimeter hoch und lande weich mit gebeugtem Knie.',
      'Mach alle Hüpfer auf einer Seite, dann wechsle; zähl jede Landung mit.',
    ],
    cues: ['Hand an der Stütze', 'Kleine Hüpfer', 'Knie weich'],
    mistakes: ['Weit oder hoch hüpfen.', 'Die Stütze zu früh loslassen.'],
    cautions: [
      'Geh zurück zu Sprüngen mit beiden Füßen, wenn du wackelig landest oder ein Knie oder Knöchel schmerzt.',
    ],
    alt: 'Eine Person hüpft auf einem Fuß, der andere Fuß ist nach hinten angehoben; ein Doppelpfeil zeigt den kleinen Hüpfer.',
  },
  'tandem-stance': {
    name: 'Tandemstand',
    purpose: 'Gleichgewichtsübung: Stehen mit einem Fuß genau vor dem anderen.',
    steps: [
      'Stell dich neben eine Arbeitsplatte oder eine Stuhllehne und leg eine Hand darauf.',
      'Stell einen Fuß genau vor den anderen, die Ferse berührt die Zehen.',
      'Steh aufrecht und schau geradeaus; stütz dich mit der Hand weniger ab, wenn du kannst.',
      'Halte die Position, dann wechsle den vorderen Fuß.',
    ],
    cues: ['Ferse an Zehen', 'Blick nach vorn', 'Hand nur leicht'],
    mistakes: ['Auf die Füße schauen.', 'Den Atem anhalten.'],
    cautions: ['Halte die Stütze immer in Reichweite; übe neben einer Wand oder in einer Zimmerecke.'],
    alt: 'Eine Person steht aufrecht, ein Fuß genau vor dem anderen, eine Hand liegt auf einem Stuhl.',
  },
  'single-leg-stance': {
    name: 'Einbeinstand',
    purpose:
      'Gleichgewicht auf einem Bein: gibt dir Halt auf Treppen und unebenem Boden und hilft, Stürzen vorzubeugen.',
    steps: [
      'Stell dich neben eine Arbeitsplatte oder einen Stuhl und leg eine Hand darauf.',
      'Heb einen Fuß knapp vom Boden ab, nach hinten oder nach vorn.',
      'Steh aufrecht und halte die Position; nimm die Hand von der Stütze, wenn du kannst.',
      'Stell den Fuß ab und mach dann die andere Seite.',
    ],
    cues: ['Aufrecht stehen', 'Standknie locker', 'Hand bereit'],
    mistakes: ['Den Oberkörper über das Standbein lehnen.', 'Sich fest an die Stütze klammern.'],
    cautions: ['Hör auf, wenn dir schwindelig wird; halte die Stütze in Reichweite.'],
    alt: 'Eine Person steht auf einem Bein, das andere Knie ist nach hinten gebeugt, eine Hand liegt auf einem Stuhl.',
  },
  'heel-to-toe-walk': {
    name: 'Tandemgang',
    purpose: 'Auf einer geraden Linie gehen, Ferse an Zehen, um das Gleichgewicht in Bewegung zu trainieren.',
    steps: [
      'Stell dich an das eine Ende einer Arbeitsplatte oder an eine Wand, die du berühren kannst.',
      'Mach einen Schritt, sodass die Ferse des vorderen Fußes die Zehen des hinteren Fußes berührt.',
      'Geh so in einer geraden Linie weiter und schau nach vorn.',
      'Dreh dich vorsichtig um und geh zurück; zähl deine Schritte.',
    ],
    cues: ['Ferse an Zehen', 'Blick nach vorn', 'Langsame Schritte'],
    mistakes: ['Auf die Füße schauen.', 'Hetzen.'],
    cautions: [
      'Geh neben einer Wand oder Arbeitsplatte, damit du dich jederzeit mit einer Hand abstützen kannst.',
    ],
    alt: 'Eine Person geht, einen Fuß genau vor den anderen gesetzt, die Arme leicht seitlich; ein Pfeil zeigt die Richtung.',
  },
};
