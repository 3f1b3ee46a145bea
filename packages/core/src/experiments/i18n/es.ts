import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The experiments' sentences in Spanish (neutral, "tú"); every hedge as in English. */
export const es: Catalogue<typeof en> = {
  outcomePain: 'tu dolor',
  outcomePainWorst: 'tu peor dolor',
  outcomeSleepQuality: 'tu calidad del sueño',
  outcomeTracker: '«{{name}}»',
  outcomeYourTracker: 'tu registro personal',
  notEnough:
    'aún no hay suficientes días con un registro diario y tu plan seguido para comparar las dos opciones.',
  notEnoughSoFar:
    'Por ahora, aún no hay suficientes días con un registro diario y tu plan seguido para comparar las dos opciones.',
  points_one: '{{value}} punto',
  points_other: '{{value}} puntos',
  sizeLower: '{{words}} fue {{points}} menor los días de «pruébalo» que los días de «como siempre»',
  sizeHigher: '{{words}} fue {{points}} mayor los días de «pruébalo» que los días de «como siempre»',
  sizeLowerSoFar:
    'Por ahora, {{words}} fue {{points}} menor los días de «pruébalo» que los días de «como siempre»',
  sizeHigherSoFar:
    'Por ahora, {{words}} fue {{points}} mayor los días de «pruébalo» que los días de «como siempre»',
  verdictLikelyHelps: 'Probablemente ayuda.',
  verdictLikelyWorse: 'Probablemente te sienta peor.',
  verdictNoClearDifference: 'Sin una diferencia clara: también es una respuesta válida.',
  verdictNotEnoughData: 'Aún no hay datos suficientes para decirlo.',
  result:
    '{{verdict}} {{size}} (rango del 95 %: {{low}} a {{high}}). La probabilidad de un beneficio real (al menos {{min}} punto mejor) es del {{percent}} %.',
  customQuestion: '¿«{{title}}» cambia algo en mi espalda?',
  medicineRefusal:
    'Este experimento parece tratar de un medicamento, un suplemento o una dosis, así que no se puede configurar aquí.',
  medicineWord:
    '«{{word}}» parece un medicamento o un suplemento. Aquí los experimentos son solo para hábitos cotidianos: los cambios en medicamentos o suplementos son algo que debes planear con tu médico o médica o en la farmacia.',
  doseWord:
    '«{{dose}}» parece una dosis. Aquí los experimentos son solo para hábitos cotidianos, nunca para dosis: habla de eso con tu médico o médica o en la farmacia.',
};
