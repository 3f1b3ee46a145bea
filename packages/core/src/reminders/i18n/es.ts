import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** Reminders in Spanish (neutral, "tú"). */
export const es: Catalogue<typeof en> = {
  checkin: '¿Cómo está hoy tu espalda? Tu registro diario lleva un minuto.',
  routine: '{{name}} a las {{time}}',
  yourRoutine: 'Tu rutina',
  questionnaire_one: '{{name}}: {{count}} pregunta corta, cuando tengas un momento',
  questionnaire_other: '{{name}}: {{count}} preguntas cortas, cuando tengas un momento',
  period: 'Es probable que tu próxima regla empiece entre el {{from}} y el {{to}}.',
  lesson: 'La lección de hoy: {{title}}',
  experimentStart: 'Tu experimento «{{title}}» empieza hoy. Para empezar: {{todo}}',
  experimentSwitch: 'Tu experimento «{{title}}» cambia hoy. A partir de hoy: {{todo}}',
  experimentStay:
    'Tu experimento «{{title}}»: hoy empieza una fase nueva, con el mismo plan que antes: {{todo}}',
  experimentStartHidden: 'Tu experimento «{{title}}» empieza hoy. Ábrelo para ver qué tienes que hacer.',
  experimentNextHidden:
    'Tu experimento «{{title}}»: hoy empieza una fase nueva. Ábrelo para ver qué tienes que hacer.',
  heading: {
    checkin: 'Hora de tu registro diario',
    routine: 'Se acerca tu rutina',
    questionnaire: 'Un cuestionario corto',
    period: 'La previsión de tu regla',
    lesson: 'La lección de hoy',
    experiment: 'Tu experimento hoy',
  },
  action: { checkin: 'Registrar', routine: 'Empezar', later: 'Más tarde' },
};
