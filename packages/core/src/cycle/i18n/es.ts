import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The cycle explanations in Spanish (neutral, "tú"); every estimate stays an estimate. */
export const es: Catalogue<typeof en> = {
  note: 'Es una estimación a partir de tu registro, no un diagnóstico.',
  excluded: {
    hormonalContraception:
      'La anticoncepción hormonal cambia el sangrado, así que tus reglas no pueden mostrar una etapa.',
    hrt: 'La THS cambia el sangrado, así que tus reglas no pueden mostrar una etapa.',
    uterusRemoved: 'Sin útero no hay reglas de las que deducir una etapa.',
    ovariesRemoved:
      'Extirpar los ovarios provoca la menopausia directamente; las etapas describen un cambio natural.',
  },
  since12Months:
    'Han pasado {{days}} días desde el final de la última regla de tu registro ({{date}}): 12 meses o más.',
  since60Days:
    'Han pasado {{days}} días desde el final de la última regla de tu registro ({{date}}): 60 días o más.',
  longGap: 'En los últimos 12 meses tu registro muestra {{days}} días (60 o más) sin sangrado.',
  varied:
    'La duración de tu ciclo cambió 7 días o más de un ciclo al siguiente, y otra vez dentro de los 10 siguientes.',
  lastCycles: 'Tus últimos {{count}} ciclos duraron de {{shortest}} a {{longest}} días',
  lastCyclesSame: 'Tus últimos {{count}} ciclos duraron todos {{length}} días',
  steadyChanged:
    '{{cycles}}. Uno cambió 7 días o más respecto al anterior, pero no hubo un segundo cambio en los 10 ciclos siguientes, algo que los criterios de estadificación necesitan para tenerlo en cuenta.',
  steadySame: '{{cycles}}. Ninguno cambió 7 días o más respecto al anterior.',
  noPeriods:
    'Aún no has registrado ninguna regla. Registra {{needed}} reglas seguidas para ver una estimación.',
  morePeriods_one:
    'Necesitamos {{needed}} reglas seguidas ({{cycles}} ciclos completos); registra {{count}} regla más para ver una estimación.',
  morePeriods_other:
    'Necesitamos {{needed}} reglas seguidas ({{cycles}} ciclos completos); registra {{count}} reglas más para ver una estimación.',
  noForecastContraception:
    'La anticoncepción hormonal cambia el sangrado, así que no hacemos previsión de tu regla.',
  noForecastHrt: 'La THS cambia el sangrado, así que no hacemos previsión de tu regla.',
  noForecastUterus: 'Sin útero no hay reglas que prever.',
  noForecastStopped: 'Tu registro sugiere que tus reglas se han retirado, así que no hay nada que prever.',
  needCycles: 'Una previsión necesita al menos {{min}} ciclos completos en tu registro.',
  needCyclesSoFar_one:
    'Una previsión necesita al menos {{min}} ciclos completos en tu registro (por ahora hay {{count}}).',
  needCyclesSoFar_other:
    'Una previsión necesita al menos {{min}} ciclos completos en tu registro (por ahora hay {{count}}).',
  varyTooMuch:
    '{{cycles}}: varían demasiado para prever el siguiente con honestidad. En los años en torno a la menopausia los ciclos suelen variar así.',
  overdue:
    'Tu regla se esperaba hacia el {{date}} y aún no está registrada. En los años en torno a la menopausia los ciclos suelen alargarse o saltarse.',
  forecastBasis:
    '{{cycles}} (normalmente {{middle}}), contando desde el inicio de tu última regla el {{date}}.',
};
