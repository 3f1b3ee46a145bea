import type { Catalogue } from '../../i18n/catalogue.js';
import type { todayEn } from './today-en.js';

/** Today's lesson reasons in German. */
export const todayDe: Catalogue<typeof todayEn> = {
  warningSigns: 'Ein Sicherheitscheck in den letzten zwei Wochen hat Warnzeichen gefunden.',
  shortSleep_one: 'Du hast diese Woche in {{count}} Nacht weniger als {{hours}} Stunden geschlafen.',
  shortSleep_other: 'Du hast diese Woche in {{count}} Nächten weniger als {{hours}} Stunden geschlafen.',
  osteopenia: 'In deinem Profil steht Osteopenie.',
  osteoporosis: 'In deinem Profil steht Osteoporose.',
  hotFlushes_one: 'Du hast diese Woche an {{count}} Tag Hitzewallungen eingetragen.',
  hotFlushes_other: 'Du hast diese Woche an {{count}} Tagen Hitzewallungen eingetragen.',
  next: 'Die nächste Lektion der Bibliothek, die du noch nicht gelesen hast.',
  allRead: 'Du hast alle Lektionen gelesen. Unter „Wissen“ kannst du jede davon wieder aufrufen.',
};
