import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-desk.ts in German, by exercise id. */
export const deDesk: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'chin-tuck': {
    name: 'Kinn zurückschieben',
    purpose:
      'Entlastet den Nacken nach der Bildschirmarbeit, indem du den Kopf wieder über die Schultern bringst.',
    steps: [
      'Sitz oder steh aufrecht, die Schultern locker.',
      'Schau geradeaus, die Augen auf einer Höhe.',
      'Schieb den Kopf gerade nach hinten, als würdest du ein Doppelkinn machen, ohne ihn zu heben oder zu senken.',
      'Ein paar Sekunden halten und spüren, wie der Nacken hinten lang wird, dann locker lassen.',
    ],
    cues: ['Nach hinten gleiten, nicht nach unten', 'Augen auf einer Höhe', 'Langer Nacken'],
    mistakes: [
      'Mit dem Kopf nicken, statt ihn nach hinten zu schieben.',
      'Zu fest drücken.',
      'Die Schultern hochziehen.',
    ],
    cautions: [
      'Hör auf, wenn dir dabei schwindelig wird oder die Arme kribbeln, und sprich mit einer medizinischen Fachperson darüber.',
    ],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl; ein gestrichelter Kopf und ein Pfeil zeigen, wie der Kopf nach hinten über die Schultern gleitet.',
  },
  'shoulder-rolls': {
    name: 'Schulterkreisen',
    purpose: 'Lockert verspannte Schultern und den oberen Rücken nach dem Sitzen.',
    steps: [
      'Sitz aufrecht und lass die Arme locker hängen.',
      'Zieh die Schultern hoch Richtung Ohren.',
      'Roll sie nach hinten und unten und zieh die Schulterblätter dabei sanft zusammen.',
      'Lass sie wieder nach vorn kommen und rund werden, in einem fließenden Kreis.',
    ],
    cues: ['Große, langsame Kreise', 'Hoch, nach hinten, nach unten', 'Weiter atmen'],
    mistakes: ['Zu schnell kreisen.', 'Den Kopf nach vorn schieben.', 'Die Zähne zusammenbeißen.'],
    cautions: ['Mach die Kreise kleiner, wenn eine Schulter schmerzhaft knackt.'],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl, neben der Schulter ein kreisender Pfeil.',
  },
  'standing-back-extension': {
    name: 'Rückenstrecken im Stehen',
    purpose: 'Gleicht langes Sitzen aus, indem du den Rücken sanft in die andere Richtung streckst.',
    steps: [
      'Stell dich aufrecht hin, die Füße hüftbreit auseinander.',
      'Leg die Hände auf den unteren Rücken, die Finger zeigen nach unten.',
      'Heb die Brust und lehn dich sanft über deine Hände nach hinten; schau dabei nach vorn, nicht nach oben.',
      'Einen Atemzug lang halten, dann wieder aufrecht stehen.',
    ],
    cues: ['Zuerst die Brust heben', 'Klein und leicht', 'Po anspannen'],
    mistakes: [
      'Den Kopf in den Nacken werfen.',
      'Die Knie beugen, um weiter nach hinten zu kommen.',
      'In den Schmerz hineindrücken.',
    ],
    cautions: [
      'Wenn das Zurücklehnen Schmerzen oder Kribbeln in ein Bein bringt, bleib stattdessen aufrecht stehen und streck dich nach oben.',
    ],
    alt: 'Eine Person steht, beide Hände am unteren Rücken, und lehnt sich sanft nach hinten.',
  },
  'seated-tall-reach': {
    name: 'Aufrichten im Sitzen',
    purpose: 'Macht deine Wirbelsäule lang und öffnet die Brust nach dem Sitzen, ohne Vorbeugen oder Drehen.',
    steps: [
      'Setz dich vorn auf die Stuhlkante, beide Füße flach am Boden.',
      'Sitz aufrecht, als würde ein Faden deinen Kopf nach oben ziehen.',
      'Atme ein und streck beide Arme über den Kopf.',
      'Atme aus und senk die Arme langsam, während du aufrecht bleibst.',
    ],
    cues: ['Groß werden', 'Nach oben strecken, nicht nach hinten', 'Schultern tief'],
    mistakes: ['Ins Hohlkreuz gehen, um höher zu kommen.', 'Die Schultern bis zu den Ohren hochziehen.'],
    cautions: [
      'Wenn das Heben der Arme wehtut, streck dich nur so weit, wie es angenehm ist, oder leg die Hände auf den Kopf.',
    ],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl und streckt beide Arme über den Kopf.',
  },
  'desk-chest-stretch': {
    name: 'Brustdehnung am Schreibtisch',
    purpose: 'Öffnet Brust und Schultern vorn, die sich verkürzen, wenn du dich zum Bildschirm vorbeugst.',
    steps: [
      'Setz dich vorn auf die Stuhlkante, die Füße flach am Boden.',
      'Greif hinter dich an die Seiten der Sitzfläche oder verschränk die Hände hinter dem Rücken.',
      'Zieh die Schulterblätter sanft zusammen und heb die Brust.',
      'Halten und atmen, das Kinn bleibt gerade.',
    ],
    cues: ['Brust nach vorn und oben', 'Schultern weg von den Ohren', 'Langsam atmen'],
    mistakes: ['Ins Hohlkreuz gehen, statt die Brust zu heben.', 'Das Kinn nach vorn schieben.'],
    cautions: ['Lass locker, wenn Arme oder Hände kribbeln.'],
    alt: 'Eine Person sitzt vorn auf einem Stuhl, die Hände hinter dem Körper, die Brust angehoben.',
  },
  'thoracic-extension-chair': {
    name: 'Rückenstrecken über die Stuhllehne',
    purpose:
      'Lockert einen runden oberen Rücken, indem du ihn sanft über die Stuhllehne nach hinten streckst.',
    steps: [
      'Setz dich aufrecht und weit hinten auf einen Stuhl, dessen Lehne etwa bis zum unteren Rand deiner Schulterblätter reicht.',
      'Leg die Hände hinter den Kopf, um ihn zu stützen, die Ellbogen zeigen nach vorn.',
      'Atme ein und lehn den oberen Rücken sanft über die Lehne, die Brust hebt sich.',
      'Atme aus und komm zurück in den aufrechten Sitz.',
    ],
    cues: ['Brust heben', 'Kopf stützen', 'Aus dem oberen Rücken bewegen'],
    mistakes: ['Stattdessen aus dem unteren Rücken ins Hohlkreuz gehen.', 'Am Nacken ziehen.'],
    cautions: ['Nimm einen stabilen Stuhl, der nicht rollt oder kippt.'],
    alt: 'Eine Person sitzt, die Hände hinter dem Kopf, der obere Rücken sanft über die Stuhllehne gestreckt.',
  },
  'seated-twist': {
    name: 'Drehung im Sitzen',
    purpose: 'Dreht die Wirbelsäule und lockert die Steifheit vom langen Stillsitzen.',
    steps: [
      'Setz dich aufrecht vorn auf die Stuhlkante, beide Füße flach am Boden.',
      'Leg die rechte Hand aufs linke Knie und die linke Hand hinter dir auf den Stuhl.',
      'Atme ein und werde groß, dann atme aus und dreh dich sanft aus der Körpermitte nach links.',
      'Einen Atemzug lang halten, zurück zur Mitte und zur anderen Seite drehen.',
    ],
    cues: ['Erst groß werden, dann drehen', 'Sanft, nicht mit Kraft', 'Hüfte zeigt nach vorn'],
    mistakes: ['Sich mit den Armen kräftig in die Drehung hebeln.', 'Beim Drehen in sich zusammensinken.'],
    cautions: [
      'Diese Übung dreht die Wirbelsäule. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, mach stattdessen „Aufrichten im Sitzen“.',
    ],
    alt: 'Eine Person von vorn gesehen sitzt auf einem Stuhl, eine Hand quer zum gegenüberliegenden Knie, und dreht die Schultern.',
  },
  'wall-angel': {
    name: 'Wandengel',
    purpose: 'Öffnet die Brust und weckt die Muskeln, die deine Schultern nach hinten ziehen.',
    steps: [
      'Stell dich mit dem Rücken an eine Wand, die Füße etwas davor, die Knie locker.',
      'Heb die Arme zu einer Torpfosten-Form, die Handrücken zur Wand.',
      'Schieb die Arme langsam an der Wand nach oben, so weit es angenehm ist.',
      'Schieb sie wieder nach unten zur Torpfosten-Form; Rücken und Kopf bleiben nah an der Wand.',
    ],
    cues: ['Rippen tief', 'Langsam gleiten', 'Nur so hoch, wie es leicht geht'],
    mistakes: [
      'Den unteren Rücken von der Wand lösen und ins Hohlkreuz gehen, um höher zu kommen.',
      'Die Schultern hochziehen.',
    ],
    cautions: [
      'Deine Hände müssen die Wand nicht berühren; halte sie dort, wo es für deine Schultern angenehm ist.',
    ],
    alt: 'Eine Person von vorn gesehen steht an einer Wand, die Arme in Torpfosten-Form; gestrichelte Arme zeigen sie weiter oben.',
  },
  'ankle-pumps': {
    name: 'Fußwippen',
    purpose:
      'Hält das Blut in deinen Beinen in Bewegung, wenn du lange sitzt, auf Reisen oder am Schreibtisch.',
    steps: [
      'Sitz aufrecht, die Füße vor dir.',
      'Zieh die Zehen und den vorderen Fuß zu dir heran, die Fersen bleiben unten.',
      'Drück die Fußballen nach unten und heb die Fersen.',
      'Wippe gleichmäßig zwischen beidem hin und her.',
    ],
    cues: ['Zehen hoch, Fersen hoch', 'Gleichmäßiger Rhythmus', 'Aufrecht sitzen'],
    mistakes: ['Kleine Bewegungen hastig machen.', 'Im Sitz zusammensinken.'],
    cautions: [
      'Wird eine Wade nach einer langen Reise geschwollen, rot oder schmerzhaft, lass sie noch am selben Tag ärztlich untersuchen.',
    ],
    alt: 'Eine Person sitzt auf einem Stuhl, ein Fuß nach oben gezogen; ein gestrichelter Fuß zeigt ihn nach unten gestreckt.',
  },
};
