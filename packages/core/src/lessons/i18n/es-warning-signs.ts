import type { Catalogue } from '../../i18n/catalogue.js';
import type { enWarningSignsWords } from './en-warning-signs.js';
import type { LessonCatalogue } from './texts.js';
import { warningSignsTexts } from './warning-signs-texts.js';
import { triageWordsIn } from './warning-signs-triage.js';

/** Spanish words of the warning-signs lesson's own file; the signs and advice come from triage. */
export const esWarningSignsWords: Catalogue<typeof enWarningSignsWords> = {
  title: 'Señales de alarma y adónde acudir',
  summary:
    'Unas pocas señales junto al dolor de espalda necesitan atención hoy mismo o ahora mismo, y conocerlas te permite estar más tranquila con todo lo demás.',
  gradeReason:
    'Las señales y los niveles siguen guías nacionales y un marco internacional de señales de alarma.',
  intro:
    'Las causas graves del dolor de espalda son raras, y la mayoría de los dolores de espalda no son peligrosos. Sin embargo, unas pocas señales indican que debes buscar ayuda rápido. La aplicación pregunta por ellas en su chequeo de seguridad, y esta lección las enumera todas, con los mismos niveles y los mismos consejos que da la comprobación. No puede examinarte: si sientes que necesitas ayuda, búscala, diga lo que diga la lista.',
  safetyNet:
    'Si notas un adormecimiento nuevo alrededor de las nalgas o los genitales, problemas nuevos con la vejiga o el intestino, o debilidad en las piernas, llama al número de emergencias de tu zona.',
  comparisons: {
    'age>=65': 'tener 65 años o más',
    'age>=50': 'tener 50 años o más',
    'age<18': 'tener menos de 18 años',
    'pain_weeks>=6': 'dolor que dura desde hace 6 semanas o más',
  },
  levelTitles: {
    emergency: 'Emergencia: busca ayuda ahora.',
    urgent: 'Urgente: que te vea un profesional sanitario hoy.',
    soon: 'Pronto: pide cita en un plazo de 1-2 semanas.',
  },
  onTheirOwn: '{{level}} Basta con una sola de estas señales:',
  combinations: 'O estas combinaciones:',
  anyOneOf: 'cualquiera de estas: {{signs}}',
  signSeparator: ' / ',
  togetherWith: ', junto con ',
  screeningSays: 'Lo que dice entonces la comprobación: «{{advice}}»',
  noSigns: 'Sin señales de alarma: «{{advice}}»',
  veryUnwell:
    'Si te sientes muy mal, confundida o te falta el aire, llama al número de emergencias de tu zona.',
  readCourse: 'Lee cómo suele evolucionar el dolor de espalda.',
};

/** Spanish texts of the warning-signs lesson (`lessons-warning-signs.ts`), built like the English. */
export const esWarningSigns: LessonCatalogue = {
  'warning-signs': warningSignsTexts(esWarningSignsWords, triageWordsIn('es')),
};
