import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-core.ts in German, by exercise id. */
export const deCore: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'pelvic-tilt': {
    name: 'Becken kippen',
    purpose:
      'Weckt die tiefen Bauchmuskeln und lockert einen steifen unteren Rücken mit einer kleinen Schaukelbewegung.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.',
      'Leg die Arme neben den Körper und lass deinen Rücken in seine natürliche Krümmung sinken.',
      'Atme aus und spanne den Bauch sanft an, sodass sich der untere Rücken dem Boden nähert.',
      'Atme ein und lass dein Becken zurück in die Ausgangslage schaukeln.',
    ],
    cues: ['Klein und langsam', 'Beim Kippen ausatmen', 'Po bleibt unten'],
    mistakes: [
      'Mit den Beinen drücken oder die Hüfte anheben.',
      'Die Luft anhalten.',
      'Die Bewegung groß und schnell machen.',
    ],
    cautions: [
      'Bleib in dem Bereich, der sich angenehm anfühlt: Es soll sich lösend anfühlen, nicht anstrengend.',
    ],
    alt: 'Eine Person liegt auf dem Rücken, Knie gebeugt, Füße flach; ein Pfeil zeigt, wie das Becken sanft schaukelt.',
  },
  'bird-dog': {
    name: 'Vierfüßlerstand mit Arm und Bein',
    purpose:
      'Trainiert die ruhige Kontrolle deines Rumpfs: Du streckst einen Arm und das gegenüberliegende Bein aus, während dein Rücken still bleibt.',
    steps: [
      'Geh in den Vierfüßlerstand, der Rücken lang und gerade.',
      'Spanne den Bauch sanft an, als würdest du dich auf einen leichten Stups einstellen.',
      'Schieb ein Bein nach hinten und heb es auf Hüfthöhe, während du den gegenüberliegenden Arm nach vorn streckst.',
      'Halte einen Atemzug lang, Hüfte und Schultern gerade, dann zurück und Seite wechseln.',
    ],
    cues: ['Lang strecken, nicht hoch', 'Hüfte bleibt gerade', 'Langsam und ruhig'],
    mistakes: [
      'Das Bein so hoch heben, dass der untere Rücken ins Hohlkreuz geht.',
      'Die Hüfte zu einer Seite kippen.',
      'Die Luft anhalten.',
    ],
    cautions: [
      'Wenn es wackelig ist, streck erst nur einen Arm oder nur ein Bein, bis es sich sicher anfühlt.',
      'Leg ein Kissen unter die Knie, wenn das Knien unangenehm ist.',
    ],
    alt: 'Eine Person im Vierfüßlerstand streckt einen Arm nach vorn und das gegenüberliegende Bein nach hinten, beide auf Höhe des Rückens.',
  },
  'bent-knee-fall-out': {
    name: 'Knie zur Seite öffnen',
    purpose: 'Übt, das Becken ruhig zu halten, während sich ein Bein bewegt, und öffnet sanft die Hüfte.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander.',
      'Leg die Hände vorn auf die Hüftknochen, um zu spüren, ob sie kippen.',
      'Lass ein Knie langsam zur Seite sinken; das andere Knie und das Becken bleiben ruhig.',
      'Führe es kontrolliert zur Mitte zurück, dann Seite wechseln.',
    ],
    cues: ['Becken bleibt gerade', 'Langsam auf, langsam zurück', 'Beim Öffnen ausatmen'],
    mistakes: ['Das Becken mit dem Knie mitrollen lassen.', 'Das Knie schnell fallen lassen.'],
    cautions: ['Öffne das Knie nur so weit, wie dein Becken ruhig bleiben kann.'],
    alt: 'Von oben gesehen: Eine Person liegt auf einer Matte, die Arme neben dem Körper, ein gebeugtes Knie zur Seite geöffnet; ein gestricheltes Bein zeigt die Ausgangslage und ein Pfeil die Richtung.',
  },
  'heel-slide': {
    name: 'Ferse gleiten lassen',
    purpose: 'Trainiert sanft die Kontrolle der tiefen Bauchmuskeln, während ein Bein lang gleitet.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.',
      'Spanne den Bauch sanft an und halte den Rücken ruhig.',
      'Lass eine Ferse über den Boden gleiten, bis das Bein lang ist.',
      'Zieh sie zurück, bis das Knie wieder gebeugt ist, dann Bein wechseln.',
    ],
    cues: ['Rücken bleibt ruhig', 'Lang und langsam gleiten', 'Beim Gleiten ausatmen'],
    mistakes: ['Ins Hohlkreuz gehen, wenn sich das Bein streckt.', 'Die Luft anhalten.'],
    cautions: ['Trag Socken oder leg ein Handtuch unter die Ferse, damit sie leicht gleitet.'],
    alt: 'Eine Person liegt auf dem Rücken, ein Bein lang ausgestreckt; ein gestricheltes Bein zeigt das gebeugte Knie.',
  },
  'toe-tap': {
    name: 'Fuß antippen',
    purpose:
      'Kräftigt die tiefen Bauchmuskeln: Du senkst einen Fuß nach dem anderen, während der Rücken ruhig bleibt.',
    steps: [
      'Leg dich auf den Rücken und heb die Beine nacheinander an, bis die Knie über der Hüfte sind, im rechten Winkel gebeugt.',
      'Spanne den Bauch sanft an und halte den Rücken ruhig am Boden.',
      'Senke einen Fuß langsam, bis er den Boden antippt; das Knie bleibt gebeugt.',
      'Heb ihn wieder an, dann tippt der andere Fuß.',
    ],
    cues: ['Rücken bleibt ruhig', 'Leicht antippen', 'Beim Senken ausatmen'],
    mistakes: ['Ins Hohlkreuz gehen, wenn der Fuß sinkt.', 'Den Fuß fallen lassen, statt ihn zu senken.'],
    cautions: [
      'Lass beide Füße am Boden und mach stattdessen „Ferse gleiten lassen“, wenn das Anheben der Beine deinen Rücken belastet.',
    ],
    alt: 'Eine Person liegt auf dem Rücken, ein Fuß tippt den Boden an, das andere Bein ist angehoben, das Knie gebeugt.',
  },
  'dead-bug': {
    name: 'Käfer',
    purpose:
      'Trainiert die Rumpfkontrolle: Du bewegst einen Arm und das gegenüberliegende Bein von dir weg, während dein Rücken ruhig bleibt.',
    steps: [
      'Leg dich auf den Rücken, die Arme nach oben gestreckt, die Knie über der Hüfte im rechten Winkel gebeugt.',
      'Spanne den Bauch sanft an, sodass dein Rücken ruhig auf dem Boden liegt.',
      'Führe langsam einen Arm nach hinten über den Kopf, während sich das gegenüberliegende Bein knapp über dem Boden streckt.',
      'Bring beide zurück und wechsle die Seite.',
    ],
    cues: ['Rücken bleibt schwer', 'Lang und langsam strecken', 'Beim Strecken ausatmen'],
    mistakes: ['Ins Hohlkreuz gehen, wenn das Bein sich streckt.', 'Hetzen.', 'Die Luft anhalten.'],
    cautions: ['Halte das Bein höher oder bewege nur das Bein, bis dein Rücken ruhig bleiben kann.'],
    alt: 'Eine Person liegt auf dem Rücken, die Arme nach oben, die Knie über der Hüfte gebeugt; gestrichelte Linien zeigen einen Arm über dem Kopf und das gegenüberliegende Bein gestreckt.',
  },
  'modified-side-plank': {
    name: 'Seitstütz auf den Knien',
    purpose: 'Kräftigt die Muskeln an der Seite von Rumpf und Hüfte, mit den Knien am Boden.',
    steps: [
      'Leg dich auf die Seite, die Knie nach hinten gebeugt, den Ellbogen unter der Schulter.',
      'Bring Schultern, Hüfte und Knie in eine Linie.',
      'Drück dich mit dem Unterarm ab und heb die Hüfte, bis dein Körper vom Kopf bis zu den Knien gerade ist.',
      'Halten und atmen, dann langsam absenken und Seite wechseln.',
    ],
    cues: ['Ellbogen unter der Schulter', 'Hüfte hoch und nach vorn', 'Weiter atmen'],
    mistakes: [
      'Die Hüfte durchhängen lassen oder nach hinten schieben.',
      'In die stützende Schulter sinken.',
    ],
    cautions: ['Lass sie weg, solange eine Schulter schmerzt, und mach stattdessen die Muschel.'],
    alt: 'Eine Person stützt sich auf einen Unterarm und die Knie, die Hüfte angehoben, sodass der Körper gerade ist; der obere Arm zeigt nach oben.',
  },
  'prone-back-extension': {
    name: 'Rückenstrecken in Bauchlage',
    purpose: 'Kräftigt die Muskeln entlang der Wirbelsäule, die dir helfen, aufrecht zu stehen.',
    steps: [
      'Leg dich auf den Bauch, ein Kissen unter der Hüfte, die Arme neben dem Körper, die Stirn auf der Matte.',
      'Zieh die Schulterblätter sanft nach hinten unten.',
      'Heb Kopf und Brust ein wenig von der Matte ab, der Blick bleibt zum Boden gerichtet.',
      'Einen Atemzug lang halten, dann langsam ablegen.',
    ],
    cues: ['Nur ein kleines Stück', 'Langer Nacken, Blick nach unten', 'Langsam ablegen'],
    mistakes: ['Hoch anheben und den Kopf in den Nacken werfen.', 'Sich mit den Händen hochdrücken.'],
    cautions: ['Ein kleines Anheben reicht. Hör auf, wenn es Schmerzen oder Kribbeln in ein Bein bringt.'],
    alt: 'Eine Person liegt auf dem Bauch, die Arme neben dem Körper, und hebt Kopf und Brust leicht von der Matte ab; ein Pfeil zeigt das Anheben und gestrichelte Linien die flache Ausgangslage.',
  },
};
