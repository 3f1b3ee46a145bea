import type { InstrumentTexts } from './en.js';

const support =
  'Wenn du dich jemals nicht sicher fühlst oder daran denkst, dir etwas anzutun, ruf sofort den Notruf oder ein Krisentelefon an.';

// PHQ-D (Löwe B, Spitzer RL, Zipfel S, Herzog W; Pfizer 2002) and the German GAD-7 (Löwe et al. 2008):
// instructions, items and answers word for word as published (free to use; see README.md).
const phqInstructions =
  'Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden beeinträchtigt?';
const phqOptions = [
  { label: 'Überhaupt nicht' },
  { label: 'An einzelnen Tagen' },
  { label: 'An mehr als der Hälfte der Tage' },
  { label: 'Beinahe jeden Tag' },
];

/** The questionnaires in German: validated wording only for the PHQ-2 and GAD-2; names and bands ours. */
export const questionnairesDe: Record<'peg' | 'mrs' | 'rmdq' | 'phq2' | 'gad2', InstrumentTexts> = {
  peg: {
    name: 'PEG-Schmerzskala',
    recall: 'die letzte Woche',
    bands: {
      lower: {
        label: 'Niedriger',
        text: 'Die Schmerzen und ihre Auswirkungen auf dein Leben waren diese Woche eher gering.',
      },
      middle: {
        label: 'Mittel',
        text: 'Die Schmerzen haben deine Woche mittelstark beeinflusst. Achte darauf, wie sich das mit der Zeit verändert.',
      },
      higher: {
        label: 'Höher',
        text: 'Die Schmerzen haben deine Woche stark belastet. Überleg dir, mit deiner Hausärztin, deinem Hausarzt oder in der Physiotherapie darüber zu sprechen.',
      },
    },
  },
  mrs: {
    name: 'Menopause Rating Scale (MRS)',
    recall: 'zurzeit',
    bands: {
      none: { label: 'Keine oder kaum', text: 'Zurzeit kaum oder keine wechseljahrestypischen Beschwerden.' },
      mild: { label: 'Leicht', text: 'Leichte wechseljahrestypische Beschwerden.' },
      moderate: {
        label: 'Mittel',
        text: 'Mittelstarke wechseljahrestypische Beschwerden. Es kann sich lohnen, sie bei deiner Hausärztin oder deinem Hausarzt anzusprechen.',
      },
      severe: {
        label: 'Stark',
        text: 'Starke wechseljahrestypische Beschwerden. Ein Gespräch mit deiner Hausärztin, deinem Hausarzt oder in einer Menopause-Sprechstunde kann helfen; es gibt Möglichkeiten.',
      },
    },
  },
  rmdq: {
    name: 'Roland-Morris-Fragebogen (RMDQ)',
    recall: 'wie es dir heute geht',
    bands: {
      lower: { label: 'Niedriger', text: 'Dein Rücken steht dir heute bei wenigen Dingen im Alltag im Weg.' },
      middle: {
        label: 'Mittel',
        text: 'Dein Rücken steht dir bei einigen Dingen im Alltag im Weg. Achte darauf, wie sich das mit der Zeit verändert.',
      },
      higher: {
        label: 'Höher',
        text: 'Dein Rücken steht dir bei vielen Dingen im Alltag im Weg. Überleg dir, mit deiner Hausärztin, deinem Hausarzt oder in der Physiotherapie darüber zu sprechen.',
      },
    },
  },
  phq2: {
    name: 'PHQ-2 Stimmungs-Check',
    recall: 'die letzten 2 Wochen',
    instructions: phqInstructions,
    items: [
      { text: 'Wenig Interesse oder Freude an Ihren Tätigkeiten', options: phqOptions },
      { text: 'Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit', options: phqOptions },
    ],
    bands: {
      talk: {
        label: 'Darüber reden lohnt sich',
        text: `Deine Antworten zeigen, dass deine Stimmung in letzter Zeit schwer war. Es könnte helfen, mit deiner Hausärztin, deinem Hausarzt oder einer anderen Fachperson darüber zu sprechen, wie es dir ging. ${support}`,
      },
      ok: {
        label: 'Unter der Screening-Grenze',
        text: `Deine Antworten liegen unter der üblichen Screening-Grenze. Wenn dich deine Stimmung belastet, kannst du trotzdem mit einer Fachperson darüber sprechen. ${support}`,
      },
    },
  },
  gad2: {
    name: 'GAD-2 Sorgen-Check',
    recall: 'die letzten 2 Wochen',
    instructions: phqInstructions,
    items: [
      { text: 'Nervosität, Ängstlichkeit oder Anspannung', options: phqOptions },
      { text: 'Nicht in der Lage sein, Sorgen zu stoppen oder zu kontrollieren', options: phqOptions },
    ],
    bands: {
      talk: {
        label: 'Darüber reden lohnt sich',
        text: `Deine Antworten zeigen, dass dir Sorgen in letzter Zeit schwer zu schaffen gemacht haben. Es könnte helfen, mit deiner Hausärztin, deinem Hausarzt oder einer anderen Fachperson darüber zu sprechen, wie es dir ging. ${support}`,
      },
      ok: {
        label: 'Unter der Screening-Grenze',
        text: `Deine Antworten liegen unter der üblichen Screening-Grenze. Wenn dich Sorgen belasten, kannst du trotzdem mit einer Fachperson darüber sprechen. ${support}`,
      },
    },
  },
};
