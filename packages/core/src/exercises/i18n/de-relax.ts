import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/*
 * The guided relaxation (`catalogue-relax.ts`) in German. The player reads the cues and rhythm lines
 * aloud, so they are short, calm and written to be spoken slowly. The lines every tense-and-release
 * group shares are written once, as in English.
 */

const purpose =
  'Eine Muskelgruppe sanft anspannen und dann loslassen: So bemerkst du Anspannung und spürst, wie sie nachlässt.';
const notice = 'Spür den Unterschied';
const gently =
  'Spann sanft an, mit etwa halber Kraft – nie so stark, dass es wehtut oder sich ein Krampf meldet.';
const leaveOut = 'Lass jede Stelle aus, die verletzt ist oder wehtut: Lass sie einfach ruhen und atme.';

/** The German of a tense-and-release group: the spoken cues and rhythm are the same two lines. */
function muscleGroup(entry: {
  name: string;
  tense: string;
  release: string;
  steps: string[];
  mistakes: string[];
  cautions: string[];
  alt: string;
}): Catalogue<ExerciseTexts> {
  const { tense, release, ...rest } = entry;
  return {
    ...rest,
    purpose,
    cues: [tense, release, notice],
    rhythm: [{ say: tense }, { say: release }],
  };
}

/** The relaxation exercises in German. */
export const deRelax: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'paced-breathing': {
    name: 'Langsames Atmen im Takt',
    purpose:
      'Verlangsamt deinen Atem auf etwa sechs Atemzüge pro Minute. Das kann dir helfen, ruhiger zu werden, und angespannte Muskeln lockerer werden lassen.',
    steps: [
      'Setz oder leg dich bequem hin, den Rücken gestützt, eine Hand ruht auf deinem Bauch.',
      'Atme sanft durch die Nase ein, während die Stimme „Atme ein“ sagt, etwa fünf Sekunden lang.',
      'Atme langsam durch die Nase oder die leicht geöffneten Lippen aus, etwa fünf Sekunden lang.',
      'Lass jeden Atemzug weich und leise sein: Es sollte sich nie anstrengend anfühlen.',
      'Wenn dir das Tempo zu langsam ist, atme etwas schneller. Dass du dich wohlfühlst, ist wichtiger als das Zählen.',
    ],
    cues: ['Atme ein', 'Und langsam wieder aus', 'Weich und leicht'],
    mistakes: [
      'So tiefe Atemzüge nehmen, dass dir schwindelig wird.',
      'Beim Einatmen die Schultern hochziehen.',
      'Dich zwingen, das Tempo zu halten, obwohl es sich unangenehm anfühlt.',
    ],
    cautions: [
      'Hör auf und atme normal weiter, wenn dir leicht schwindelig wird oder du ein Kribbeln spürst.',
      'Wenn dich das langsame Atmen ängstlich macht, öffne die Augen und atme in deinem eigenen Tempo.',
    ],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl, beide Hände ruhen auf dem Bauch.',
    rhythm: [{ say: 'Atme ein' }, { say: 'Und langsam wieder aus' }],
  },
  'pmr-arm': muscleGroup({
    name: 'Anspannen und loslassen: Hand und Arm',
    tense: 'Mach eine Faust und spann deinen Arm an',
    release: 'Und lass los. Dein Arm ruht ganz schwer',
    steps: [
      'Setz oder leg dich bequem hin, die Arme ruhen.',
      'Mach eine Faust und beug den Ellbogen ein wenig, um Hand, Unterarm und Oberarm anzuspannen.',
      'Halte die Spannung etwa fünf Sekunden und atme dabei weiter.',
      'Lass auf einmal los und lass den Arm etwa fünfzehn Sekunden schwer ruhen.',
      'Spür, wie sich der Arm jetzt anfühlt, im Vergleich zu vorhin, als er angespannt war.',
    ],
    mistakes: ['So fest drücken, wie du kannst.', 'Beim Anspannen den Atem anhalten.'],
    cautions: [gently, leaveOut],
    alt: 'Eine Person sitzt auf einem Stuhl, ein Arm ist gebeugt, die Hand zur Faust geballt.',
  }),
  'pmr-neck-shoulders': muscleGroup({
    name: 'Anspannen und loslassen: Nacken und Schultern',
    tense: 'Zieh deine Schultern hoch zu den Ohren',
    release: 'Und lass sie fallen. Lass sie hängen',
    steps: [
      'Setz dich aufrecht hin, die Arme ruhen, der Kopf ist gerade.',
      'Zieh beide Schultern hoch Richtung Ohren und halte das etwa fünf Sekunden.',
      'Lass sie auf einmal fallen und etwa fünfzehn Sekunden schwer hängen.',
      'Spür den Raum zwischen Ohren und Schultern, während dein Nacken länger wird.',
    ],
    mistakes: ['Den Kopf nach hinten drücken oder weit nach vorn kippen.', 'Den Atem anhalten.'],
    cautions: [gently, 'Hör auf, wenn dabei Schmerzen, Kribbeln oder Taubheit in einen Arm ziehen.'],
    alt: 'Eine Person sitzt auf einem Stuhl, die Schultern zu den Ohren hochgezogen; die gesenkten Schultern sind gestrichelt.',
  }),
  'pmr-face': muscleGroup({
    name: 'Anspannen und loslassen: Gesicht und Kiefer',
    tense: 'Zieh dein Gesicht zusammen',
    release: 'Und lass los. Kiefer locker, Zähne auseinander',
    steps: [
      'Setz oder leg dich bequem hin.',
      'Kneif die Augen zu, rümpf die Nase und drück die Lippen sanft aufeinander.',
      'Halte das etwa fünf Sekunden.',
      'Lass los: Deine Stirn wird glatt, dein Kiefer hängt locker, deine Zähne lösen sich voneinander.',
    ],
    mistakes: ['Die Zähne fest zusammenbeißen.', 'Das Loslassen überstürzen.'],
    cautions: [
      gently,
      'Wenn dein Kiefer knackt oder schmerzt, lass den Kiefer aus und kneif nur Augen und Nase zusammen.',
    ],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl, der Kopf ist gerade, das Gesicht entspannt.',
  }),
  'pmr-tummy': muscleGroup({
    name: 'Anspannen und loslassen: Bauch',
    tense: 'Spann sanft deinen Bauch an',
    release: 'Und lass ihn weich werden',
    steps: [
      'Setz oder leg dich hin, eine Hand auf dem Bauch.',
      'Spann die Bauchmuskeln sanft an, als würdest du dich auf ein leichtes Antippen vorbereiten.',
      'Halte das etwa fünf Sekunden und atme dabei weiter.',
      'Lass den Bauch ganz weich werden und deinen Atem frei fließen.',
    ],
    mistakes: [
      'Beim Anspannen den Atem anhalten.',
      'So fest einziehen, dass dein Rücken ins Hohlkreuz geht oder sich rundet.',
    ],
    cautions: [gently, 'Wenn dein Rücken sich meldet, spann weniger an oder lass diese Muskelgruppe aus.'],
    alt: 'Eine Person sitzt auf einem Stuhl, eine Hand liegt auf dem Bauch.',
  }),
  'pmr-buttocks': muscleGroup({
    name: 'Anspannen und loslassen: Gesäß',
    tense: 'Spann dein Gesäß an',
    release: 'Und lass los. Lass deine Hüften sinken',
    steps: [
      'Setz oder leg dich bequem hin, die Beine ruhen.',
      'Spann dein Gesäß an und halte das etwa fünf Sekunden.',
      'Lass los und lass deine Hüften in den Stuhl oder auf den Boden sinken.',
      'Spür, wie die Muskeln weich werden.',
    ],
    mistakes: ['Dich vom Sitz abheben.', 'Gleichzeitig den Rücken anspannen.'],
    cautions: [gently, leaveOut],
    alt: 'Eine Person sitzt aufrecht auf einem Stuhl, die Hände ruhen auf den Knien.',
  }),
  'pmr-leg': muscleGroup({
    name: 'Anspannen und loslassen: Bein und Fuß',
    tense: 'Zieh die Zehen hoch und spann dein Bein an',
    release: 'Und lass los. Dein Bein ruht ganz schwer',
    steps: [
      'Setz oder leg dich hin, die Beine ruhen.',
      'Streck ein Knie ein wenig und zieh die Zehen zu dir heran, um Oberschenkel und Wade anzuspannen.',
      'Halte das etwa fünf Sekunden und atme dabei weiter.',
      'Lass los und lass das Bein etwa fünfzehn Sekunden schwer ruhen.',
    ],
    mistakes: ['Die Zehen strecken – das kann einen Krampf auslösen.', 'Das Knie fest durchdrücken.'],
    cautions: [gently, 'Wenn deine Wade zu krampfen beginnt, lass sofort los und bewege deinen Fuß sanft.'],
    alt: 'Eine Person sitzt auf einem Stuhl, ein Bein ist nach vorn ausgestreckt, die Zehen sind hochgezogen.',
  }),
  'quiet-rest': {
    name: 'Stille Pause',
    purpose:
      'Ein paar stille Minuten, um zu spüren, wie sich dein Körper nach der Entspannung anfühlt, bevor du aufstehst.',
    steps: [
      'Lehn dich zurück oder leg dich bequem hin, die Augen geschlossen oder auf einen Punkt gerichtet.',
      'Lass deinen Atem sein eigenes Tempo finden.',
      'Wenn Gedanken dich wegziehen, bemerke das und kehr zu deinem Atem zurück.',
      'Bevor du aufstehst, bewege Finger und Zehen und streck dich sanft.',
    ],
    cues: ['Lass deinen ganzen Körper ruhen', 'Atme in deinem eigenen Tempo', 'Lass dir Zeit beim Aufstehen'],
    mistakes: ['Am Ende sofort aufspringen.'],
    cautions: [
      'Wenn du liegst, roll dich zuerst auf die Seite und drück dich mit den Armen hoch, um aufzustehen.',
    ],
    alt: 'Eine Person liegt auf dem Rücken auf einer Matte, die Beine lang, die Arme neben dem Körper.',
    rhythm: [
      { say: 'Lass deinen ganzen Körper ruhen' },
      { say: 'Atme in deinem eigenen Tempo. Lass Gedanken kommen und gehen' },
    ],
  },
  'body-scan': {
    name: 'Body-Scan',
    purpose:
      'Führt deine Aufmerksamkeit langsam durch deinen Körper. Du nimmst jeden Teil wahr, ohne ihn verändern zu wollen. Das kann dir helfen, ruhiger zu werden und gelassener mit Anspannung umzugehen.',
    steps: [
      'Leg dich auf den Rücken, ein Kissen unter den Knien, oder setz dich auf einen Stuhl, der deinen Rücken stützt.',
      'Schließ die Augen oder lass den Blick sanft auf einem Punkt ruhen, und nimm einen Moment lang deinen Atem wahr.',
      'Folge der Stimme von den Füßen bis zum Kopf und lass deine Aufmerksamkeit bei jedem Körperteil ruhen.',
      'Nimm wahr, was da ist: Wärme, Druck, Kribbeln, Enge, Schmerz – oder gar nichts.',
      'Wenn deine Gedanken abschweifen, und das werden sie, hol sie sanft dorthin zurück, wo du warst.',
    ],
    cues: [
      'Wahrnehmen, ohne etwas zu verändern',
      'Lass jeden Teil weich werden',
      'Komm sanft zurück, wenn deine Gedanken wandern',
    ],
    mistakes: [
      'Einen Körperteil zum Entspannen zwingen wollen.',
      'Dich verurteilen, wenn deine Gedanken abschweifen.',
    ],
    cautions: [
      'Wenn sich eine schmerzende Stelle schlimmer anfühlt, sobald deine Aufmerksamkeit dort ruht, lenk deine Aufmerksamkeit zu einem Teil, der sich neutral anfühlt, oder zu deinem Atem.',
      'Wenn beim Nach-innen-Spüren sehr belastende Gefühle hochkommen, öffne die Augen und hör auf. Sprich mit deiner Hausärztin oder deinem Hausarzt, wenn das immer wieder passiert.',
    ],
    alt: 'Eine Person liegt auf dem Rücken auf einer Matte, die Beine lang, die Arme neben dem Körper.',
    rhythm: [
      { say: 'Spür deinen Atem, und wo dein Körper getragen wird' },
      { say: 'Richte deine Aufmerksamkeit auf deine Füße und Zehen' },
      { say: 'Jetzt deine Knöchel, Waden und Knie' },
      { say: 'Jetzt deine Oberschenkel und Hüften' },
      { say: 'Jetzt dein unterer Rücken. Nimm ihn wahr, ohne ihn verändern zu wollen' },
      { say: 'Jetzt dein Bauch und deine Brust, wie sie sich heben und senken' },
      { say: 'Jetzt dein oberer Rücken und deine Schultern' },
      { say: 'Jetzt deine Arme und Hände' },
      { say: 'Jetzt dein Nacken, dein Kiefer und dein Gesicht' },
      { say: 'Jetzt dein ganzer Körper, wie er ruht und atmet' },
    ],
  },
};
