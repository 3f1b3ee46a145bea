import type { Catalogue } from '../../i18n/catalogue.js';
import type { Locale } from '../../i18n/locales.js';
import type { ExperimentTemplate } from '../templates.js';

/** The texts of a ready-made experiment. */
export type TemplateTexts = Pick<ExperimentTemplate, 'title' | 'question' | 'intervention' | 'control'>;
export const templateTextKeys = ['title', 'question', 'intervention', 'control'] as const;

/** The ready-made experiments in German and Spanish, by template id (English: `templates.ts`). */
export const templateTranslations: Readonly<
  Record<Exclude<Locale, 'en'>, Readonly<Record<string, Catalogue<TemplateTexts>>>>
> = {
  de: {
    'morning-routine': {
      title: 'Morgenroutine',
      question: 'Lindert die 5-minütige Morgenroutine meine Rückenschmerzen?',
      intervention:
        'Mach die 5-minütige Mobilisationsroutine für den Morgen (Bewegen › Morgen-Mobilisation) bald nach dem Aufstehen.',
      control: 'Beginn deinen Morgen wie gewohnt, ohne die Routine.',
    },
    'hourly-breaks': {
      title: 'Stündliche Pausen oder Pomodoro',
      question:
        'Geht es meinem Rücken besser mit einer Pause pro Stunde oder mit kurzen Pausen alle 25 Minuten?',
      intervention:
        'Mach bei der Arbeit jede Stunde eine Bewegungspause: aufstehen, gehen, 2–3 Minuten dehnen.',
      control: 'Arbeite im Pomodoro-Rhythmus: 25 Minuten arbeiten, dann 5 Minuten Pause zum Bewegen.',
    },
    'lumbar-cushion': {
      title: 'Lendenkissen',
      question: 'Hilft mir ein Kissen im Kreuz beim Sitzen?',
      intervention:
        'Sitz den ganzen Tag mit einem Lendenkissen oder einem zusammengerollten Handtuch im Kreuz.',
      control: 'Sitz wie gewohnt, ohne das Kissen.',
    },
    standing: {
      title: 'Einen Teil des Tages stehen',
      question: 'Tut es meinem Rücken gut, einen Teil meines Arbeitstags zu stehen?',
      intervention: 'Steh einen Teil deines Arbeitstags: etwa 20 Minuten in jeder Stunde, die du arbeitest.',
      control: 'Sitz wie gewohnt.',
    },
    'screens-off': {
      title: 'Bildschirme aus vor dem Schlafen',
      question:
        'Hilft es meinem Rücken am nächsten Tag, Bildschirme eine Stunde vor dem Schlafen auszuschalten?',
      intervention: 'Leg Handy, Tablet und Fernseher eine Stunde vor dem Schlafengehen weg.',
      control: 'Nutz Bildschirme am Abend wie gewohnt.',
    },
    'evening-relaxation': {
      title: 'Entspannung am Abend',
      question: 'Lindert eine kurze Entspannung am Abend meine Rückenschmerzen?',
      intervention:
        'Mach vor dem Schlafengehen die 10-minütige Abendentspannung (Bewegen › Abendentspannung).',
      control: 'Verbring deinen Abend wie gewohnt, ohne die Abendentspannung.',
    },
  },
  es: {
    'morning-routine': {
      title: 'Rutina de la mañana',
      question: '¿La rutina de la mañana de 5 minutos alivia mi dolor de espalda?',
      intervention:
        'Haz la rutina de movilidad de la mañana de 5 minutos (Moverse › Movilidad de la mañana) poco después de levantarte.',
      control: 'Empieza la mañana como sueles hacerlo, sin la rutina.',
    },
    'hourly-breaks': {
      title: 'Pausas cada hora o Pomodoro',
      question: '¿Está mejor mi espalda con una pausa cada hora o con pausas cortas cada 25 minutos?',
      intervention:
        'Haz una pausa activa cada hora mientras trabajas: levántate, camina y estírate 2–3 minutos.',
      control:
        'Trabaja al ritmo Pomodoro: 25 minutos de trabajo y luego una pausa de 5 minutos para moverte.',
    },
    'lumbar-cushion': {
      title: 'Cojín lumbar',
      question: '¿Me ayuda un cojín en la zona lumbar cuando estoy sentada?',
      intervention: 'Siéntate todo el día con un cojín lumbar o una toalla enrollada en la zona lumbar.',
      control: 'Siéntate como sueles hacerlo, sin el cojín.',
    },
    standing: {
      title: 'De pie parte del día',
      question: '¿Estar de pie parte de mi jornada laboral alivia mi espalda?',
      intervention: 'Pasa de pie parte de tu jornada: unos 20 minutos de cada hora de trabajo.',
      control: 'Siéntate como sueles hacerlo.',
    },
    'screens-off': {
      title: 'Pantallas apagadas antes de dormir',
      question: '¿Apagar las pantallas una hora antes de dormir ayuda a mi espalda al día siguiente?',
      intervention: 'Deja el móvil, la tableta y la tele una hora antes de acostarte.',
      control: 'Usa las pantallas por la noche como sueles hacerlo.',
    },
    'evening-relaxation': {
      title: 'Relajación por la noche',
      question: '¿Una relajación corta por la noche alivia mi dolor de espalda?',
      intervention:
        'Haz la relajación de la noche de 10 minutos (Moverse › Relajación de la noche) antes de acostarte.',
      control: 'Pasa la noche como sueles hacerlo, sin la relajación.',
    },
  },
};
