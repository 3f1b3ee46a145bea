import type { Catalogue } from '../../i18n/catalogue.js';
import type { ExerciseTexts } from './texts.js';

/** catalogue-walk-breathe.ts in German, by exercise id. */
export const deWalkBreathe: Readonly<Record<string, Catalogue<ExerciseTexts>>> = {
  'brisk-walk': {
    name: 'Zügiges Gehen',
    purpose:
      'Ein Spaziergang in einem Tempo, bei dem dir warm wird: ein einfacher, gleichmäßiger Weg, Rücken und Herz in Bewegung zu halten.',
    steps: [
      'Trag bequeme Schuhe und geh die ersten Minuten in gemütlichem Tempo.',
      'Werde schneller, bis du etwas schneller atmest, aber noch reden kannst.',
      'Geh aufrecht, lass die Arme mitschwingen und mach angenehm lange Schritte.',
      'Werde in den letzten Minuten wieder langsamer.',
    ],
    cues: ['Aufrecht und locker', 'Du kannst noch reden', 'Arme mitschwingen lassen'],
    mistakes: ['Zu schnell loslegen.', 'Die ganze Zeit auf die Füße schauen.', 'Zu lange Schritte machen.'],
    cautions: [
      'Steigere dich langsam: Der Gehplan legt jeweils ein paar Minuten dazu.',
      'Hör auf und hol ärztlichen Rat ein, wenn beim Gehen Brustschmerzen oder ungewöhnliche Atemnot auftreten.',
    ],
    alt: 'Eine Person geht mit bequemen Schritten und schwingenden Armen.',
  },
  'box-breathing': {
    name: 'Box-Atmung',
    purpose: 'Beruhigt deinen Atem und hilft angespannten Muskeln loszulassen, in vier gleichen Zählzeiten.',
    steps: [
      'Setz dich bequem hin, die Füße flach am Boden, eine Hand auf dem Bauch.',
      'Atme durch die Nase ein und zähl dabei bis vier.',
      'Halte sanft die Luft an und zähl bis vier.',
      'Atme langsam aus und zähl bis vier.',
      'Halte wieder an und zähl bis vier, dann beginn von vorn.',
    ],
    cues: ['Vier Takte einatmen', 'Vier Takte halten', 'Vier Takte ausatmen'],
    mistakes: ['Große Atemzüge erzwingen.', 'So lange anhalten, dass es anstrengend wird.'],
    cautions: [
      'Wenn das Anhalten unangenehm ist, lass es weg und atme einfach langsam ein und aus.',
      'Hör auf und atme normal, wenn dir schwindelig wird.',
    ],
    alt: 'Eine Person sitzt auf einem Stuhl, eine Hand auf dem Bauch, daneben ein Quadrat aus Pfeilen.',
  },
  'easy-walk': {
    name: 'Gemütliches Gehen',
    purpose:
      'Ein entspannter Spaziergang, um an einem steifen oder schmerzhaften Tag in Bewegung zu kommen oder mit dem Gehplan zu beginnen.',
    steps: [
      'Trag bequeme Schuhe und such dir eine flache Strecke, die du kennst.',
      'Geh aufrecht in einem Tempo, das sich leicht anfühlt.',
      'Lass die Arme mitschwingen und den Atem ruhig bleiben.',
      'Hör auf, solange du noch das Gefühl hast, ein Stück weiter zu können.',
    ],
    cues: ['Gemütliches Tempo', 'Aufrecht und locker', 'Aufhören, solange es sich gut anfühlt'],
    mistakes: ['Mit dem Gehen auf einen schmerzfreien Tag warten.', 'Am ersten Tag gleich lange gehen.'],
    cautions: ['Teil es in zwei oder drei kurze Spaziergänge auf, wenn ein längerer zu viel ist.'],
    alt: 'Eine Person geht aufrecht mit entspannten, kurzen Schritten.',
  },
};
