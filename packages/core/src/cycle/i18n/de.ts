import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The cycle explanations in German (informal "du"); every estimate stays an estimate. */
export const de: Catalogue<typeof en> = {
  note: 'Das ist eine Schätzung aus deinem Protokoll, keine Diagnose.',
  excluded: {
    hormonalContraception:
      'Hormonelle Verhütung verändert die Blutungen, deshalb können deine Perioden keine Phase zeigen.',
    hrt: 'Eine HRT verändert die Blutungen, deshalb können deine Perioden keine Phase zeigen.',
    uterusRemoved: 'Ohne Gebärmutter gibt es keine Periode, aus der sich eine Phase ablesen lässt.',
    ovariesRemoved:
      'Die Entfernung der Eierstöcke löst die Menopause direkt aus; die Phasen beschreiben einen natürlichen Übergang.',
  },
  since12Months:
    'Seit dem Ende der letzten Periode in deinem Protokoll ({{date}}) sind {{days}} Tage vergangen: 12 Monate oder mehr.',
  since60Days:
    'Seit dem Ende der letzten Periode in deinem Protokoll ({{date}}) sind {{days}} Tage vergangen: 60 Tage oder mehr.',
  longGap: 'In den letzten 12 Monaten zeigt dein Protokoll {{days}} Tage (60 oder mehr) ohne Blutung.',
  varied:
    'Deine Zykluslänge hat sich von einem Zyklus zum nächsten um 7 Tage oder mehr verändert, und innerhalb von 10 Zyklen noch einmal.',
  lastCycles: 'Deine letzten {{count}} Zyklen waren {{shortest}} bis {{longest}} Tage lang',
  lastCyclesSame: 'Deine letzten {{count}} Zyklen waren alle {{length}} Tage lang',
  steadyChanged:
    '{{cycles}}. Einer hat sich um 7 Tage oder mehr gegenüber dem vorherigen verändert, aber innerhalb von 10 Zyklen folgte keine zweite Veränderung – die braucht es nach den Kriterien, bevor sie zählt.',
  steadySame: '{{cycles}}. Keiner hat sich um 7 Tage oder mehr gegenüber dem vorherigen verändert.',
  noPeriods:
    'Noch keine Periode eingetragen. Trag {{needed}} Perioden hintereinander ein, um eine Schätzung zu sehen.',
  morePeriods_one:
    'Wir brauchen {{needed}} Perioden hintereinander ({{cycles}} vollständige Zyklen); trag noch {{count}} Periode ein, um eine Schätzung zu sehen.',
  morePeriods_other:
    'Wir brauchen {{needed}} Perioden hintereinander ({{cycles}} vollständige Zyklen); trag noch {{count}} Perioden ein, um eine Schätzung zu sehen.',
  noForecastContraception:
    'Hormonelle Verhütung verändert die Blutungen, deshalb sagen wir deine Periode nicht voraus.',
  noForecastHrt: 'Eine HRT verändert die Blutungen, deshalb sagen wir deine Periode nicht voraus.',
  noForecastUterus: 'Ohne Gebärmutter gibt es keine Periode vorherzusagen.',
  noForecastStopped:
    'Dein Protokoll legt nahe, dass deine Perioden aufgehört haben, deshalb gibt es nichts vorherzusagen.',
  needCycles: 'Eine Vorhersage braucht mindestens {{min}} vollständige Zyklen in deinem Protokoll.',
  needCyclesSoFar_one:
    'Eine Vorhersage braucht mindestens {{min}} vollständige Zyklen in deinem Protokoll (bisher ist es {{count}}).',
  needCyclesSoFar_other:
    'Eine Vorhersage braucht mindestens {{min}} vollständige Zyklen in deinem Protokoll (bisher sind es {{count}}).',
  varyTooMuch:
    '{{cycles}}: Sie schwanken zu stark, um den nächsten ehrlich vorherzusagen. In den Jahren um die Menopause schwanken Zyklen oft so.',
  overdue:
    'Deine Periode wurde bis zum {{date}} erwartet und ist noch nicht eingetragen. In den Jahren um die Menopause werden Zyklen oft länger oder fallen aus.',
  forecastBasis: '{{cycles}} (meist {{middle}}), gezählt ab dem Beginn deiner letzten Periode am {{date}}.',
};
