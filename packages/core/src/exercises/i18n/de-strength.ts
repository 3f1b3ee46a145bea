import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** The strength exercises (`catalogue-strength.ts`) in German. */
export const deStrength: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'glute-bridge': {
    name: 'Brücke',
    purpose: 'Kräftigt die Gesäßmuskeln, die deinen unteren Rücken und dein Becken stützen.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander, die Arme neben dem Körper.',
      'Spann den Bauch sanft an und drück die Fersen in den Boden.',
      'Spann das Gesäß an und heb die Hüften, bis dein Körper von den Schultern bis zu den Knien eine gerade Linie bildet.',
      'Halte einen Atemzug lang inne und senk die Hüften dann langsam zum Boden.',
    ],
    cues: ['Fersen in den Boden drücken', 'Oben das Gesäß anspannen', 'Langsam absenken'],
    mistakes: [
      'Ins Hohlkreuz gehen, um höher zu kommen.',
      'Die Knie nach innen oder außen fallen lassen.',
      'Mit Nacken und Schultern hochdrücken.',
    ],
    cautions: [
      'Heb die Hüften nur so hoch, wie dein Rücken sich gut anfühlt und deine Hüften waagerecht bleiben.',
    ],
    alt: 'Eine Person liegt auf dem Rücken, Knie gebeugt, Hüfte angehoben, der Körper gerade von den Schultern bis zu den Knien; Pfeil und gestrichelte Linien zeigen das Anheben.',
  },
  'sit-to-stand': {
    name: 'Aufstehen vom Stuhl',
    purpose: 'Kräftigt Beine und Gesäß mit einer Alltagsbewegung: dem Aufstehen von einem Stuhl.',
    steps: [
      'Setz dich weit nach vorn auf einen stabilen Stuhl, die Füße flach, hüftbreit auseinander und knapp hinter den Knien.',
      'Neig dich mit langem Rücken aus der Hüfte nach vorn, bis deine Nase über den Zehen ist.',
      'Drück dich über die Füße hoch, steh ganz aufrecht und spann oben das Gesäß an.',
      'Schieb die Hüften nach hinten und setz dich langsam wieder auf den Stuhl.',
    ],
    cues: ['Nase über die Zehen', 'Den Boden wegdrücken', 'Langsam hinsetzen'],
    mistakes: [
      'Sich auf den Stuhl plumpsen lassen.',
      'Beim Aufstehen den Rücken rund machen.',
      'Die Knie nach innen wandern lassen.',
    ],
    cautions: [
      'Nimm einen Stuhl, der nicht wegrutscht; stell ihn wenn nötig an eine Wand.',
      'Stütz dich anfangs mit den Händen auf den Oberschenkeln ab, wenn du die Hilfe brauchst.',
    ],
    alt: 'Eine Person steht vor einem Stuhl auf; ein gestrichelter Umriss zeigt sie sitzend und nach vorn geneigt, bevor sie aufsteht.',
  },
  'calf-raise': {
    name: 'Fersenheben',
    purpose: 'Kräftigt Waden und Sprunggelenke fürs Gehen, für Treppen und für das Gleichgewicht.',
    steps: [
      'Stell dich aufrecht hinter einen Stuhl oder an eine Wand und leg die Fingerspitzen zum Halten darauf.',
      'Stell die Füße hüftbreit auseinander, das Gewicht gleichmäßig verteilt.',
      'Geh langsam hoch auf die Fußballen.',
      'Halte oben kurz inne und senk die Fersen dann langsam zum Boden.',
    ],
    cues: ['Hoch und lang', 'Langsam nach unten', 'Gewicht über den großen Zehen'],
    mistakes: ['Auf die Fußaußenkanten kippen.', 'Wippen.', 'Sich schwer auf den Stuhl stützen.'],
    cautions: ['Lass eine Hand an der Stütze, wenn du nicht sicher stehst.'],
    alt: 'Eine Person steht auf Zehenspitzen, eine Hand auf einer Stuhllehne; ein Pfeil zeigt, wie sich die Fersen heben.',
  },
  'single-leg-bridge': {
    name: 'Einbeinige Brücke',
    purpose: 'Eine schwerere Brücke, die jede Gesäßseite einzeln kräftigt und dein Gleichgewicht fordert.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.',
      'Streck ein Bein in Verlängerung des anderen Oberschenkels aus.',
      'Drück die Ferse des Fußes am Boden nach unten und heb die Hüften; halte sie dabei waagerecht.',
      'Senk dich langsam ab. Mach alle Wiederholungen auf einer Seite, dann wechsle.',
    ],
    cues: ['Hüften waagerecht', 'Über die Ferse drücken', 'Langsam absenken'],
    mistakes: ['Eine Hüfte absinken lassen.', 'Ins Hohlkreuz gehen.'],
    cautions: [
      'Geh zurück zur Brücke mit beiden Beinen, wenn deine Hüften kippen oder dein Rücken schmerzt.',
    ],
    alt: 'Eine Person in der Brücke auf einem Fuß, die Hüften angehoben, das andere Bein gestreckt in einer Linie mit dem Körper.',
  },
  clamshell: {
    name: 'Muschel',
    purpose: 'Kräftigt die Muskeln an der Außenseite der Hüfte, die dein Becken beim Gehen stabilisieren.',
    steps: [
      'Leg dich auf die Seite, Hüften und Knie gebeugt, den Kopf auf deinem Arm.',
      'Leg die Hüften genau übereinander und halte die Füße zusammen.',
      'Öffne das obere Knie wie eine Muschel, ohne dass die Hüfte nach hinten rollt.',
      'Senk es langsam wieder ab. Mach alle Wiederholungen auf einer Seite, dann wechsle.',
    ],
    cues: ['Füße zusammen', 'Hüften übereinander', 'Langsam öffnen, langsam schließen'],
    mistakes: ['Die obere Hüfte nach hinten rollen.', 'Das Knie zu schnell heben.'],
    cautions: [
      'Leg ein Kissen zwischen die Knie oder unter den Kopf, wenn das Liegen auf der Seite unbequem ist.',
    ],
    alt: 'Eine Person liegt auf der Seite mit gebeugten Knien, das obere Knie ist vom unteren abgehoben.',
  },
  'clamshell-band': {
    name: 'Muschel mit Band',
    purpose: 'Die Muschel gegen den Widerstand einer Bandschlaufe, für kräftigere Hüftmuskeln.',
    steps: [
      'Leg dir eine leichte Bandschlaufe knapp oberhalb der Knie um die Oberschenkel.',
      'Leg dich auf die Seite, Hüften und Knie gebeugt, die Füße zusammen.',
      'Heb das obere Knie gegen das Band, die Hüften bleiben übereinander.',
      'Senk es langsam und kontrolliert ab und wechsle dann die Seite.',
    ],
    cues: ['Füße zusammen', 'Hüften übereinander', 'Das Band kontrolliert zurückführen'],
    mistakes: ['Nach hinten rollen, um weiter zu öffnen.', 'Das Knie vom Band zuschnappen lassen.'],
    cautions: [
      'Fang mit dem leichtesten Band an; ein stärkeres bringt nichts, wenn deine Hüften nach hinten rollen.',
    ],
    alt: 'Eine Person liegt auf der Seite, ein Band um die Oberschenkel, das obere Knie gegen das Band angehoben.',
  },
  'wall-sit': {
    name: 'Wandsitzen',
    purpose: 'Baut Kraft in Oberschenkeln und Gesäß auf – mit ruhigem Halten, den Rücken an der Wand.',
    steps: [
      'Stell dich mit dem Rücken an eine Wand, die Füße etwa 30 cm vor dir.',
      'Rutsch an der Wand nach unten, bis deine Knie so weit gebeugt sind, wie es angenehm ist – nicht tiefer als deine Hüften.',
      'Halte die Knie über den Sprunggelenken und den Rücken an der Wand.',
      'Halte die Position und atme, dann rutsch wieder nach oben.',
    ],
    cues: ['Rücken an der Wand', 'Knie über den Sprunggelenken', 'Weiteratmen'],
    mistakes: [
      'So tief gehen, dass die Knie schmerzen.',
      'Die Knie nach innen wandern lassen.',
      'Den Atem anhalten.',
    ],
    cautions: ['Bleib weiter oben an der Wand, wenn deine Knie sich melden.'],
    alt: 'Eine Person mit dem Rücken an einer Wand und gebeugten Knien, als säße sie auf einem unsichtbaren Stuhl.',
  },
  'band-row': {
    name: 'Rudern mit Band',
    purpose: 'Kräftigt den oberen Rücken und die Schulterblätter für eine bessere Haltung.',
    steps: [
      'Befestige die Mitte eines Bandes auf Brusthöhe, zum Beispiel in einer geschlossenen Tür, und nimm in jede Hand ein Ende.',
      'Geh zurück, bis das Band leicht gespannt ist, und steh aufrecht mit lockeren Knien.',
      'Zieh die Ellbogen nah an den Rippen nach hinten und zieh dabei die Schulterblätter zusammen.',
      'Lass die Arme langsam wieder nach vorn.',
    ],
    cues: ['Ellbogen nach hinten', 'Schulterblätter zusammen', 'Aufrecht und stabil'],
    mistakes: [
      'Die Schultern hochziehen.',
      'Sich zum Ziehen nach hinten lehnen.',
      'Das Band zurückschnellen lassen.',
    ],
    cautions: ['Prüf vor dem Start, ob das Band und seine Befestigung abgenutzt sind.'],
    alt: 'Eine Person steht aufrecht und zieht an einem Band, das an einer Wand befestigt ist, die Ellbogen nach hinten; gestrichelte Arme zeigen sie nach vorn greifend.',
  },
  'band-pull-apart': {
    name: 'Band auseinanderziehen',
    purpose: 'Kräftigt die Muskeln zwischen deinen Schulterblättern und öffnet den Brustkorb.',
    steps: [
      'Steh aufrecht und halte ein leichtes Band mit beiden Händen vor der Brust, die Arme lang.',
      'Halte die Schultern unten, weg von den Ohren.',
      'Zieh das Band auseinander, indem du die Hände zur Seite führst, und zieh dabei die Schulterblätter zusammen.',
      'Führ die Hände langsam und kontrolliert zurück.',
    ],
    cues: ['Schultern unten', 'Weit öffnen', 'Langsam zurück'],
    mistakes: ['Ins Hohlkreuz gehen.', 'Die Ellbogen stark beugen.', 'Die Schultern hochziehen.'],
    cautions: ['Nimm ein leichteres Band oder greif es weiter außen, wenn eine Schulter schmerzt.'],
    alt: 'Eine Person, von vorn gesehen, die Arme zur Seite gestreckt, spannt ein Band quer vor der Brust.',
  },
  'wall-push-up': {
    name: 'Liegestütz an der Wand',
    purpose: 'Kräftigt Brust, Arme und die Muskeln, die deinen Rumpf gerade halten – im Stehen.',
    steps: [
      'Stell dich eine Armlänge von einer Wand entfernt hin und leg die Hände auf Schulterhöhe an die Wand.',
      'Geh mit den Füßen ein kleines Stück zurück, sodass sich dein Körper in einer geraden Linie nach vorn neigt.',
      'Beug die Ellbogen und bring die Brust Richtung Wand.',
      'Drück dich zurück, bis die Arme gestreckt sind, und halte den Körper dabei in einer Linie.',
    ],
    cues: ['Körper in einer Linie', 'Ellbogen leicht angewinkelt', 'Die Wand wegdrücken'],
    mistakes: ['Die Hüften durchhängen lassen oder herausstrecken.', 'Den Kopf zur Wand vorschieben.'],
    cautions: ['Stell dich näher an die Wand, um es leichter zu machen.'],
    alt: 'Eine Person lehnt sich mit gestreckten Armen an eine Wand; gestrichelte Linien zeigen die Brust nah an der Wand.',
  },
  'standing-hip-hinge': {
    name: 'Hüftbeuge im Stehen',
    purpose:
      'Übt das Beugen aus der Hüfte mit langem Rücken: die sichere Art, nach unten zu greifen und zu heben.',
    steps: [
      'Stell dich hin, die Füße hüftbreit auseinander, die Hände vorn auf den Oberschenkeln.',
      'Lass die Knie locker.',
      'Schieb die Hüften nach hinten und lass deinen Oberkörper in einer geraden Linie nach vorn kippen; die Hände gleiten Richtung Knie.',
      'Spann das Gesäß an, um dich wieder ganz aufzurichten.',
    ],
    cues: ['Hüften nach hinten', 'Langer Rücken', 'Mit dem Gesäß hochkommen'],
    mistakes: [
      'Den Rücken rund machen, um tiefer zu kommen.',
      'Die Knie zu einer Kniebeuge beugen.',
      'Nach oben schauen.',
    ],
    cautions: [
      'Geh nur so weit, wie dein Rücken lang bleibt; das ist anfangs vielleicht nur ein kleines Stück.',
    ],
    alt: 'Eine Person neigt sich mit geradem Rücken und lockeren Knien aus der Hüfte nach vorn, die Hände auf den Oberschenkeln.',
  },
};
