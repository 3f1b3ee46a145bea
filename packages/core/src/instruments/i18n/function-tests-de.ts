import type { InstrumentTexts } from './en.js';

const counts = (max: number, unit: (n: number) => string) =>
  Array.from({ length: max + 1 }, (_, i) => ({ label: unit(i) }));
const recorded = {
  label: 'Erfasst',
  text: 'Am wichtigsten ist, wie du dich über die Monate veränderst. Vergleich mit deinen früheren Ergebnissen.',
};

/** The function tests in German: our own words, so translated in full (sources stay as published). */
export const functionTestsDe: Record<
  'chair_stand' | 'single_leg_stance' | 'balance_4stage',
  InstrumentTexts
> = {
  chair_stand: {
    name: '30-Sekunden-Aufsteh-Test',
    recall: 'heute',
    instructions: 'Zähl, wie oft du in 30 Sekunden ganz aufgestanden bist.',
    items: [
      { text: 'Wie oft bist du in 30 Sekunden ganz aufgestanden?', options: counts(50, (n) => `${n}-mal`) },
    ],
    bands: { recorded },
    test: {
      why: 'Immer wieder von einem Stuhl aufzustehen zeigt die Kraft in deinen Beinen und Hüften. Sie hält dich sicher auf den Beinen und schützt deinen Rücken, wenn du etwas hebst.',
      safety: [
        'Nimm einen stabilen Stuhl ohne Armlehnen und stell ihn an eine Wand, damit er nicht wegrutschen kann.',
        'Hör sofort auf, wenn dir schwindlig wird, du außer Atem kommst oder Rücken oder Knie mehr wehtun als sonst.',
        'Wenn du dir mit dem Gleichgewicht unsicher bist, bitte jemanden, neben dir zu stehen.',
      ],
      steps: [
        'Setz dich in die Mitte des Stuhls, die Füße flach und hüftbreit auseinander, die Arme vor der Brust verschränkt.',
        'Drück auf Start. Steh ganz auf und setz dich dann wieder ganz hin. Wiederhole das, so oft du kannst.',
        'Lass die Arme verschränkt. Wenn du die Hände zum Aufstehen brauchst, hör auf: Das ist in Ordnung – trag 0 ein und versuch es nächsten Monat wieder.',
        'Wenn die Zeit um ist, zähl jedes vollständige Aufstehen. Bist du am Ende mehr als halb oben, zählt das als einmal.',
      ],
      evidence: [
        { text: 'Die Zahl misst die Kraft deiner Beine zuverlässig, wenn du den Test immer gleich machst.' },
        {
          text: 'Ab 60 geht eine Zahl unter dem üblichen Bereich für dein Alter mit einem höheren Sturzrisiko einher.',
        },
      ],
    },
  },
  single_leg_stance: {
    name: 'Einbeinstand',
    recall: 'heute',
    instructions: 'Sekunden, die du mit offenen Augen auf jedem Bein gestanden hast, bis 30.',
    items: [
      { text: 'Sekunden auf dem linken Bein', options: counts(30, (n) => `${n} s`) },
      { text: 'Sekunden auf dem rechten Bein', options: counts(30, (n) => `${n} s`) },
    ],
    bands: {
      short: {
        label: 'Unter 5 Sekunden',
        text: 'Der Stand auf einem Bein war kurz. Tägliches Gleichgewichtstraining hilft; sprich es bei deiner Hausärztin, deinem Hausarzt oder in der Physiotherapie an.',
      },
      recorded,
    },
    test: {
      why: 'Auf einem Bein zu stehen zeigt dein Gleichgewicht. Besseres Gleichgewicht heißt weniger Stürze – und das zählt umso mehr, wenn die Knochen dünner werden.',
      safety: [
        'Stell dich neben eine Küchenarbeitsplatte, eine Wand oder einen stabilen Stuhl, an dem du dich sofort festhalten kannst.',
        'Hör auf, wenn dir schwindlig wird oder du unsicher bist, und halt dich fest. Mach das nie auf rutschigem Boden oder in Socken.',
      ],
      steps: [
        'Steh aufrecht mit offenen Augen und schau auf einen Punkt vor dir. Die Arme hängen seitlich oder liegen auf den Hüften.',
        'Heb einen Fuß knapp vom Boden ab und drück auf Start.',
        'Drück auf Stopp, wenn der angehobene Fuß den Boden berührt, dein Standfuß sich bewegt oder du dich festhältst. Bei 30 Sekunden stoppt die Uhr von selbst.',
        'Ruh dich kurz aus, dann ist das andere Bein dran.',
      ],
      evidence: [
        {
          text: 'Die meisten Frauen in ihren 40ern und 50ern können mit offenen Augen 30 Sekunden oder länger auf einem Bein stehen; mit dem Alter wird die Zeit kürzer.',
        },
        {
          text: 'Weniger als 5 Sekunden auf einem Bein hing bei älteren Menschen mit Stürzen zusammen, bei denen sie sich verletzten.',
        },
      ],
    },
  },
  balance_4stage: {
    name: '4-Stufen-Gleichgewichtstest',
    recall: 'heute',
    instructions: 'Halte jede Stellung 10 Sekunden; geh erst weiter, wenn du die vorige gehalten hast.',
    items: [
      {
        text: 'Die letzte Stellung, die du volle 10 Sekunden gehalten hast',
        options: [
          { label: 'Noch keine' },
          { label: 'Stufe 1: Füße nebeneinander' },
          { label: 'Stufe 2: ein Fuß einen halben Schritt vor dem anderen' },
          { label: 'Stufe 3: Ferse an Zehen' },
          { label: 'Stufe 4: auf einem Bein' },
        ],
      },
    ],
    bands: {
      unsteady: {
        label: 'Ferse an Zehen war schwer',
        text: 'Ferse an Zehen 10 Sekunden zu halten war heute schwer. Gleichgewichtstraining hilft; sprich darüber mit deiner Hausärztin, deinem Hausarzt oder in der Physiotherapie.',
      },
      steady: {
        label: 'Ferse an Zehen gehalten',
        text: 'Du hast Ferse an Zehen 10 Sekunden gehalten. Übe dein Gleichgewicht weiter.',
      },
    },
    test: {
      why: 'Vier Stellungen, jede schwerer als die vorige, zeigen, wie sicher du stehst, wenn deine Standfläche schmaler wird.',
      safety: [
        'Stell dich neben eine Wand oder Arbeitsplatte, die du sofort berühren kannst; hol dir, wenn möglich, jemanden dazu.',
        'Hör auf, wenn dir schwindlig wird oder du unsicher bist. Geh nicht zur nächsten Stellung weiter, wenn du diese nicht halten konntest.',
      ],
      steps: [
        'Stufe 1: Füße nebeneinander. Drück auf Start und halte 10 Sekunden, ohne dich festzuhalten.',
        'Stufe 2: Setz die Innenseite eines Fußes an die große Zehe des anderen. Halte 10 Sekunden.',
        'Stufe 3: Ein Fuß direkt vor dem anderen, die Ferse berührt die Zehen. Halte 10 Sekunden.',
        'Stufe 4: Steh auf einem Bein. Halte 10 Sekunden.',
        'Wähl dann die letzte Stellung, die du volle 10 Sekunden gehalten hast.',
      ],
      evidence: [
        {
          text: 'Wer Ferse an Zehen (Stufe 3) nicht 10 Sekunden halten kann, hat ein höheres Sturzrisiko.',
        },
      ],
    },
  },
};
