import type { Catalogue } from '../../i18n/catalogue.js';
import type { todayEn } from './today-en.js';

/** Today's lesson reasons in Spanish. */
export const todayEs: Catalogue<typeof todayEn> = {
  warningSigns: 'Un chequeo de seguridad que hiciste en las últimas dos semanas encontró señales de alarma.',
  shortSleep_one: 'Esta semana dormiste menos de {{hours}} horas {{count}} noche.',
  shortSleep_other: 'Esta semana dormiste menos de {{hours}} horas {{count}} noches.',
  osteopenia: 'Tu perfil menciona osteopenia.',
  osteoporosis: 'Tu perfil menciona osteoporosis.',
  hotFlushes_one: 'Esta semana anotaste sofocos {{count}} día.',
  hotFlushes_other: 'Esta semana anotaste sofocos {{count}} días.',
  next: 'La siguiente lección de la biblioteca que aún no has leído.',
  allRead: 'Has leído todas las lecciones. Puedes volver a cualquiera de ellas en Aprender.',
};
