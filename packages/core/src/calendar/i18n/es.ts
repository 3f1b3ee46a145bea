import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The calendar feed in Spanish (neutral, "tú"). */
export const es: Catalogue<typeof en> = {
  calendarDescription:
    'Pausas activas, rutinas planificadas y recordatorios del registro diario de Spinekind',
  breaksSummary: 'Pausas activas, cada {{every}} min',
  breakTimes: 'Recordatorios de pausa a las {{times}}.',
  lunch: 'Comida de {{start}} a {{end}}.',
  alternate: 'Se alternan entre ponerte de pie y sentarte.',
  atEach: 'En cada una, levántate y muévete un par de minutos.',
  yourRoutine: 'Tu rutina',
  fromPlan: 'Una rutina de tu plan semanal.',
  startIt: 'Empiézala en Spinekind.',
  walkSummary: 'Caminar, {{minutes}} min',
  regularWalk: 'Tu paseo habitual.',
  walkWeek: 'Semana {{week}} de {{weeks}} de tu plan de caminatas.',
  checkinSummary: 'Registro diario en Spinekind',
  checkinDescription:
    '¿Cómo está hoy tu espalda? Tu registro diario lleva un minuto. Sáltatelo si ya lo has hecho.',
  experimentSummary: 'Experimento: {{title}}',
};
