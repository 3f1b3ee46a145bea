import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** Break reminders in Spanish (neutral, "tú"). */
export const es: Catalogue<typeof en> = {
  standTitle: 'Hora de ponerte de pie',
  standBody: 'Sube tu mesa y trabaja de pie un rato.',
  sitTitle: 'Hora de sentarte un rato',
  sitBody: 'Baja tu mesa y siéntate con la espalda bien apoyada.',
  moveTitle: 'Hora de una pausa activa',
  routine: {
    'desk-shoulders-neck': 'Dos minutos para tus hombros y tu cuello.',
    'desk-back-release': 'Dos minutos para aliviar tu espalda.',
    'desk-stand-up': 'Levántate y muévete dos minutos.',
    'desk-tension-release': 'Dos minutos para soltar la tensión de los hombros y la mandíbula.',
  },
  startAction: 'Empezar',
  snoozeAction: 'Posponer 5 min',
};
