import type { Catalogue } from '../../i18n/catalogue.js';
import type { BleedingTexts } from './en.js';

/**
 * The bleeding check in German. "GP" is the practice she goes to first; in German-speaking countries that
 * is as often the gynaecologist, so both are named. Meaning and the 2-week time frame exactly as English.
 */
export const bleedingDe: Catalogue<BleedingTexts> = {
  advice: {
    after_menopause:
      'Blutungen oder Schmierblutungen, nachdem deine Periode 12 Monate lang ausgeblieben ist, sollten immer ärztlich abgeklärt werden. Meist steckt etwas Harmloses dahinter, aber eine Untersuchung ist nötig, um Probleme auszuschließen, die man am besten früh erkennt. Vereinbare innerhalb der nächsten 2 Wochen einen Termin in deiner Hausarzt- oder Frauenarztpraxis und sag dazu, dass es um eine Blutung nach den Wechseljahren geht.',
    unscheduled_on_hrt:
      'Diese Blutung passt nicht zu dem Muster, das unter deiner Hormontherapie zu erwarten ist, deshalb sollte sie abgeklärt werden. Meist ist sie harmlos und hört nach einer Umstellung der Hormontherapie oft auf. Vereinbare aber innerhalb der nächsten 2 Wochen einen Termin in deiner Hausarzt- oder Frauenarztpraxis oder in einer Menopause-Sprechstunde und bring mit, wann du mit der Hormontherapie begonnen und wann du sie geändert hast.',
    after_hysterectomy:
      'Nach einer Gebärmutterentfernung sind Blutungen nicht zu erwarten und sollten abgeklärt werden. Vereinbare innerhalb der nächsten 2 Wochen einen Termin in deiner Hausarzt- oder Frauenarztpraxis.',
    on_hrt:
      'In den ersten 6 Monaten einer Hormontherapie und 3 Monate nach einer Umstellung sind Blutungen häufig, und eine zyklische Hormontherapie bringt eine geplante monatliche Blutung mit sich. Sag deiner Praxis oder der Person, die sie dir verschreibt, Bescheid, wenn die Blutung stark ist, länger als 7 Tage dauert, zwischen den geplanten Blutungen oder nach dem Sex auftritt oder über diese ersten Monate hinaus anhält.',
  },
  reasonLines: {
    age_55_or_over: 'Mit 55 oder älter: Bitte um einen Termin, so bald es geht.',
    gap: 'Falls du in dieser Zeit doch Perioden hattest, die nicht in deinem Protokoll stehen, trag sie nach – dann wird dieser Hinweis aktualisiert.',
    self_report:
      'Du hast angegeben, dass deine Periode seit 12 Monaten oder länger ausgeblieben ist. Falls sich das geändert hat, passe es in deinem Profil an.',
  },
};
