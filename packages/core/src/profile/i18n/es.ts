import type { Catalogue } from '../../i18n/catalogue.js';
import type { profileFieldReasons } from '../values.js';

/** Why we ask each profile question, in Spanish (neutral, "tú"). */
export const es: Catalogue<typeof profileFieldReasons> = {
  birthYear:
    'La edad cambia qué señales de alarma importan, así que la revisión de seguridad la tiene en cuenta.',
  country: 'Para mostrarte el número de emergencias correcto.',
  language: 'El idioma de la aplicación, de sus consejos y de tu informe para el médico o la médica.',
  weightUnit: 'Cómo prefieres ver el peso.',
  lengthUnit: 'Cómo prefieres ver el contorno de cintura.',
  menopausalSelfReport: 'Cómo ves tú tus reglas, junto a lo que sugiere tu registro de reglas.',
  hormonalContraception:
    'La anticoncepción hormonal cambia el patrón de sangrado, así que no estimamos una etapa a partir de él.',
  hrt: 'La terapia hormonal (THS) cambia el patrón de sangrado y puede cambiar cómo se siente el dolor; tus datos pueden compararse antes y después.',
  hrtStartDate:
    'Permite comparar tu dolor antes y después de empezar; el sangrado es frecuente en los primeros 6 meses.',
  hrtRegimen:
    'El sangrado significa cosas distintas con THS cíclica y continua, así que la revisión del sangrado necesita saber cuál usas.',
  hrtChangeDate:
    'Es frecuente algo de sangrado durante 3 meses tras un cambio de dosis o de producto de THS.',
  uterusRemoved: 'Sin útero no hay reglas de las que deducir una etapa.',
  ovariesRemoved: 'Extirpar los ovarios provoca la menopausia; cambia lo que tu registro puede decirnos.',
  boneHealth:
    'Con huesos frágiles algunos ejercicios se cambian por otros más seguros, y una caída importa más.',
  vertebralFracture:
    'Un hueso roto en la columna cambia qué ejercicios para los huesos son seguros: entonces nada de saltos ni impacto.',
  fractureAfter50:
    'Un hueso roto por una caída leve después de los 50 puede ser señal de huesos frágiles, así que el impacto espera al visto bueno de un profesional sanitario.',
  fractureLastYear:
    'Tras una fractura reciente, el impacto espera hasta que se haya curado y te lo hayan revisado.',
  clinicianClearedImpact:
    'Si tu médico o médica o tu fisioterapeuta te dijo que el ejercicio de impacto está bien para ti, el programa para los huesos puede incluirlo.',
  longTermSteroids:
    'Tomar corticoides en pastillas mucho tiempo puede debilitar los huesos, y la revisión de seguridad lo tiene en cuenta.',
  cancerHistory: 'Un cáncer previo cambia qué señales del dolor de espalda necesitan una revisión rápida.',
  immunosuppressed:
    'Un sistema inmunitario más débil cambia qué señales del dolor de espalda necesitan una revisión rápida.',
  moodQuestionnaires: 'Dos registros cortos del estado de ánimo cada dos semanas, solo si los quieres.',
  pinnedCheckinGroups: 'Partes del registro diario que dejas abiertas para tenerlas listas cada vez.',
  hiddenCheckinGroups: 'Partes del formulario del registro diario que plegaste en una versión anterior.',
  welcomeDone: 'Para que la bienvenida de tu primer día se muestre solo una vez.',
  doctorQuestions:
    'Se imprime al final de tu informe para el médico o la médica, para que recuerdes qué preguntar.',
};
