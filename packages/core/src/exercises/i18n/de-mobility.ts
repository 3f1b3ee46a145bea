import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-mobility.ts in German, by exercise id. */
export const deMobility: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'four-point-rock': {
    name: 'Vierfüßler-Schaukel',
    purpose:
      'Lockert Hüfte und unteren Rücken im Vierfüßlerstand, während dein Rücken lang und gestützt bleibt.',
    steps: [
      'Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.',
      'Halte den Rücken lang und gerade, den Nacken in Verlängerung, den Blick zum Boden.',
      'Schaukle die Hüfte langsam Richtung Fersen, nur so weit, wie dein Rücken lang bleibt.',
      'Schaukle wieder nach vorn, bis die Schultern über den Händen sind.',
    ],
    cues: ['Langer Rücken, weiche Ellbogen', 'Aus der Hüfte bewegen', 'Locker atmen'],
    mistakes: [
      'Beim Zurückschaukeln den Rücken rund werden lassen.',
      'Den Kopf hängen lassen oder ihn zum Hochschauen überstrecken.',
    ],
    cautions: [
      'Wenn das Knien unangenehm ist, falte die Matte doppelt oder leg ein Kissen unter die Knie.',
      'Wenn deine Handgelenke protestieren, stütz dich auf die Fäuste statt auf die flachen Hände.',
    ],
    alt: 'Eine Person im Vierfüßlerstand mit langem, geradem Rücken; ein gestrichelter Umriss und ein Pfeil zeigen, wie die Hüfte Richtung Fersen schaukelt.',
  },
  'cat-cow': {
    name: 'Katze–Kuh',
    purpose:
      'Bewegt die ganze Wirbelsäule zwischen Rundrücken und Hohlkreuz und lockert so die Morgensteifigkeit.',
    steps: [
      'Geh in den Vierfüßlerstand, die Hände unter den Schultern, die Knie unter der Hüfte.',
      'Atme aus, roll das Steißbein ein und mach den Rücken rund zur Decke; der Kopf darf sinken.',
      'Atme ein, lass den Bauch sinken, heb die Brust und schau leicht nach vorn.',
      'Bewege dich langsam zwischen beidem, in dem Bereich, der sich leicht anfühlt.',
    ],
    cues: ['Mit dem Atem bewegen', 'Das Steißbein führt', 'Im leichten Bereich bleiben'],
    mistakes: ['Die Endpositionen erzwingen.', 'Beim Hohlkreuz den Kopf in den Nacken werfen.', 'Hetzen.'],
    cautions: [
      'Beim Rundmachen beugt sich die Wirbelsäule ganz nach vorn. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, wähle stattdessen die Vierfüßler-Schaukel.',
      'Bleib beim Hohlkreuz klein, wenn Zurückbeugen bei dir oft Schmerzen oder Kribbeln in einem Bein auslöst.',
    ],
    alt: 'Eine Person im Vierfüßlerstand mit rundem Rücken wie eine Katze; eine gestrichelte Linie zeigt den durchhängenden Rücken und den angehobenen Kopf, ein Pfeil die Bewegung auf und ab.',
  },
  'knee-to-chest': {
    name: 'Beide Knie zur Brust',
    purpose: 'Eine angenehme Dehnung für den unteren Rücken: Im Liegen ziehst du beide Knie zu dir heran.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach.',
      'Zieh erst ein Knie, dann das andere Richtung Brust.',
      'Fass deine Schienbeine oder die Rückseite der Oberschenkel und zieh die Knie sanft näher heran.',
      'Atme langsam, dann stell erst einen Fuß und dann den anderen wieder auf den Boden.',
    ],
    cues: ['Sanft umarmen', 'Schultern und Kopf locker', 'Ein Bein nach dem anderen absetzen'],
    mistakes: ['Die Knie ruckartig heranziehen.', 'Kopf und Schultern vom Boden abheben.'],
    cautions: [
      'Wenn du beide Knie heranziehst, rundet sich der untere Rücken ganz. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, mach stattdessen „Becken kippen“.',
    ],
    alt: 'Eine Person liegt auf dem Rücken und umarmt beide Knie Richtung Brust.',
  },
  'lower-trunk-rotation': {
    name: 'Knie zur Seite pendeln',
    purpose: 'Lockert unteren Rücken und Hüfte, indem du die Knie zu beiden Seiten pendeln lässt.',
    steps: [
      'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und zusammen, die Arme zur Seite ausgestreckt.',
      'Lass die Schultern schwer am Boden liegen.',
      'Lass beide Knie langsam zu einer Seite pendeln, nur so weit, wie es angenehm ist.',
      'Bring sie zurück zur Mitte und pendle zur anderen Seite.',
    ],
    cues: ['Schultern bleiben unten', 'Langsam pendeln', 'Nur so weit, wie es leicht geht'],
    mistakes: ['Die Knie schnell und weit fallen lassen.', 'Die gegenüberliegende Schulter anheben.'],
    cautions: [
      'Diese Übung dreht die Wirbelsäule. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, wähle „Knie zur Seite öffnen“: Dabei bleibt das Becken ruhig.',
    ],
    alt: 'Von oben gesehen: Eine Person liegt auf einer Matte, die Arme ausgestreckt, beide gebeugten Knie zu einer Seite gesenkt; gestrichelte Beine und ein Pfeil zeigen das Pendeln zur anderen Seite.',
  },
  'childs-pose': {
    name: 'Stellung des Kindes',
    purpose:
      'Eine ruhende Dehnung für Rücken und Hüfte, bei der du dich über die Knie nach vorn sinken lässt.',
    steps: [
      'Knie dich auf die Matte, die großen Zehen berühren sich, die Knie etwas auseinander.',
      'Setz dich nach hinten Richtung Fersen.',
      'Beug dich nach vorn und leg die Stirn auf die Matte oder auf ein Kissen.',
      'Streck die Arme nach vorn oder leg sie neben den Körper und atme langsam.',
    ],
    cues: ['Schwere Hüfte', 'Weiche Schultern', 'Langsam in den Rücken atmen'],
    mistakes: ['Die Hüfte mit Kraft zu den Fersen drücken.', 'Die Schultern angespannt halten.'],
    cautions: [
      'Hier beugt sich die Wirbelsäule ganz nach vorn. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, nimm stattdessen die Vierfüßler-Schaukel.',
      'Leg ein Kissen zwischen Fersen und Hüfte oder unter die Knie, wenn das Knien unangenehm ist.',
    ],
    alt: 'Eine Person kniet und ist nach vorn gebeugt, die Stirn auf der Matte, die Arme nach vorn ausgestreckt.',
  },
  'thread-the-needle': {
    name: 'Einfädeln',
    purpose: 'Dreht den oberen Rücken und dehnt zwischen den Schulterblättern, im Vierfüßlerstand.',
    steps: [
      'Geh in den Vierfüßlerstand, die Hände unter den Schultern.',
      'Streck einen Arm zur Decke und folge deiner Hand mit den Augen.',
      'Schwing diesen Arm nach unten und schieb ihn unter deinem Körper an der Matte entlang.',
      'Leg die Schulter und die Seite des Kopfes ab, halte ein oder zwei Atemzüge lang und komm wieder hoch.',
    ],
    cues: ['Der Hand folgen', 'Hüfte bleibt über den Knien', 'Langsam und fließend'],
    mistakes: ['Die Hüfte zu einer Seite wandern lassen.', 'Die Schulter mit Kraft zum Boden drücken.'],
    cautions: [
      'Diese Übung dreht den oberen Rücken und macht ihn rund. Wenn du Osteoporose hast oder man dir gesagt hat, dass deine Knochen dünn sind, wähle stattdessen „Rückenstrecken über die Stuhllehne“.',
    ],
    alt: 'Eine Person im Vierfüßlerstand, ein Arm unter den Körper geschoben, die Schulter abgesenkt; ein gestrichelter Arm zeigt nach oben.',
  },
  'hip-flexor-stretch': {
    name: 'Hüftbeuger-Dehnung',
    purpose: 'Dehnt die Vorderseite der Hüfte, die durch Sitzen verkürzt und am unteren Rücken ziehen kann.',
    steps: [
      'Knie dich auf ein Knie, der andere Fuß steht flach vor dir, ein Kissen unter dem Knie.',
      'Richte deinen Oberkörper auf, die Hände auf dem vorderen Knie oder auf einem Stuhl neben dir.',
      'Roll das Steißbein leicht ein und schieb die Hüfte nach vorn, bis du vorn an der hinteren Hüfte eine Dehnung spürst.',
      'Halten und atmen, dann Bein wechseln.',
    ],
    cues: ['Aufrechter Oberkörper', 'Steißbein einrollen', 'Kleines Stück nach vorn'],
    mistakes: [
      'Ins Hohlkreuz gehen, statt das Steißbein einzurollen.',
      'Zu weit nach vorn in den Ausfallschritt gehen.',
    ],
    cautions: [
      'Wenn das Knien wehtut, mach die Dehnung im Stehen mit einem langen Schritt und halte dich an einer Stuhllehne fest.',
    ],
    alt: 'Eine Person kniet auf einem Knie, der andere Fuß steht vorn, der Oberkörper aufrecht; ein Pfeil zeigt, wie die Hüfte nach vorn geht.',
  },
  'hamstring-stretch-strap': {
    name: 'Oberschenkel-Dehnung mit Gurt',
    purpose: 'Dehnt die Rückseite des Oberschenkels, während dein Rücken gestützt auf dem Boden liegt.',
    steps: [
      'Leg dich auf den Rücken, ein Bein gebeugt, der Fuß flach, und leg einen Gurt oder ein Handtuch um den anderen Fuß.',
      'Halte die Enden des Gurts und heb dieses Bein Richtung Decke.',
      'Halte das Knie so gestreckt, wie es angenehm ist, und das Steißbein am Boden.',
      'Halten und atmen, dann das Bein langsam senken und wechseln.',
    ],
    cues: ['Steißbein bleibt unten', 'Langes Bein, weiches Knie', 'Schultern locker'],
    mistakes: ['So stark ziehen, dass die Hüfte vom Boden abhebt.', 'Die Luft anhalten.'],
    cautions: ['Wenn die Dehnung ein Kribbeln ins Bein schickt, senk das Bein, bis es nachlässt.'],
    alt: 'Eine Person liegt auf dem Rücken, ein gestrecktes Bein angehoben, und hält einen Gurt, der um den Fuß gelegt ist.',
  },
  'figure-4-stretch': {
    name: 'Dehnung in Vierer-Position',
    purpose: 'Dehnt Po und äußere Hüfte, bequem auf dem Rücken liegend.',
    steps: [
      'Leg dich auf den Rücken, beide Knie gebeugt, die Füße flach.',
      'Leg einen Knöchel über das andere Knie und lass das gekreuzte Knie nach außen sinken.',
      'Heb den stützenden Fuß an und fass hinter diesen Oberschenkel.',
      'Zieh den Oberschenkel sanft zu dir, bis du die Dehnung im Po spürst, dann wechseln.',
    ],
    cues: ['Steißbein bleibt unten', 'Gekreuztes Knie öffnet sich', 'Langsam hineingehen'],
    mistakes: [
      'Kopf und Schultern anheben, um fester zu ziehen.',
      'Den unteren Rücken vom Boden abrollen lassen.',
    ],
    cautions: ['Lass den stützenden Fuß am Boden, wenn das Anheben Knie oder Hüfte belastet.'],
    alt: 'Eine Person liegt auf dem Rücken, ein Knie angewinkelt und angehoben, der andere Knöchel darübergekreuzt; beide Hände halten hinter dem angehobenen Oberschenkel.',
  },
  sphinx: {
    name: 'Sphinx',
    purpose:
      'Eine sanfte Rückbeuge auf den Unterarmen, die den Rücken nach dem Sitzen kräftigt und entlastet.',
    steps: [
      'Leg dich auf den Bauch, die Beine lang, die Stirn auf der Matte.',
      'Stell die Ellbogen unter die Schultern und leg die Unterarme auf die Matte.',
      'Drück dich in die Unterarme und heb die Brust; Hüfte und Schambein bleiben unten.',
      'Schau nach vorn, halte ein paar Atemzüge lang und senk dich langsam ab.',
    ],
    cues: ['Aus der Brust heben', 'Schultern weg von den Ohren', 'Hüfte bleibt schwer'],
    mistakes: ['Die Schultern zum Nacken hochziehen.', 'Den Kopf weit in den Nacken legen.'],
    cautions: [
      'Wenn die Rückbeuge Schmerzen oder Kribbeln in ein Bein bringt, senk die Brust, bis es nachlässt, oder hör auf.',
    ],
    alt: 'Eine Person liegt auf dem Bauch, auf die Unterarme gestützt, die Brust angehoben.',
  },
  'tree-pose': {
    name: 'Baum',
    purpose: 'Trainiert Gleichgewicht und Standfestigkeit auf einem Bein, aufrecht stehend.',
    steps: [
      'Stell dich aufrecht neben eine Wand oder einen Stuhl, an dem du dich bei Bedarf festhalten kannst.',
      'Verlagere dein Gewicht auf einen Fuß.',
      'Leg die Sohle des anderen Fußes an Knöchel oder Wade, nie ans Knie, und lass dieses Knie nach außen drehen.',
      'Leg die Handflächen vor der Brust zusammen, richte den Blick auf einen Punkt, halte und wechsle dann.',
    ],
    cues: ['Blick auf einen Punkt', 'Groß werden', 'Festhalten, wenn du wackelst'],
    mistakes: ['Den Fuß seitlich gegen das Knie drücken.', 'Die Hüfte zur Seite schieben.'],
    cautions: ['Lass eine Hand an der Wand oder am Stuhl, wenn dein Gleichgewicht unsicher ist.'],
    alt: 'Eine Person steht auf einem Bein, der andere Fuß liegt am Knöchel an, die Handflächen vor der Brust zusammen.',
  },
};
