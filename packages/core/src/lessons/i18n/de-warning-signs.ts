import type { Catalogue } from '../../i18n/catalogue.js';
import type { enWarningSignsWords } from './en-warning-signs.js';
import type { LessonCatalogue } from './texts.js';
import { warningSignsTexts } from './warning-signs-texts.js';
import { triageWordsIn } from './warning-signs-triage.js';

/** German words of the warning-signs lesson's own file; the signs and advice come from triage. */
export const deWarningSignsWords: Catalogue<typeof enWarningSignsWords> = {
  title: 'Warnzeichen und wohin du dich wendest',
  summary:
    'Einige wenige Zeichen bei Rückenschmerzen brauchen noch heute oder sofort Hilfe, und wenn du sie kennst, kannst du bei allem anderen gelassener sein.',
  gradeReason:
    'Die Zeichen und Stufen folgen nationalen Leitlinien und einem internationalen Rahmenwerk für Warnzeichen.',
  intro:
    'Ernste Ursachen von Rückenschmerzen sind selten, und die meisten Rückenschmerzen sind nicht gefährlich. Einige wenige Zeichen bedeuten aber, dass du dir schnell Hilfe holen solltest. Die App fragt in ihrem Sicherheitscheck danach, und diese Lektion nennt jedes einzelne davon, mit denselben Stufen und demselben Rat, den der Check gibt. Sie kann dich nicht untersuchen: Wenn du das Gefühl hast, Hilfe zu brauchen, hol sie dir, egal was in der Liste steht.',
  safetyNet:
    'Wenn bei dir neue Taubheit im Bereich von Gesäß oder Genitalien, neue Probleme mit Blase oder Darm oder eine Schwäche in den Beinen auftreten, ruf den Notruf an.',
  comparisons: {
    'age>=65': '65 Jahre oder älter',
    'age>=50': '50 Jahre oder älter',
    'age<18': 'Jünger als 18 Jahre',
    'pain_weeks>=6': 'Schmerzen, die seit 6 Wochen oder länger bestehen',
  },
  levelTitles: {
    emergency: 'Notfall: Hol dir jetzt Hilfe.',
    urgent: 'Dringend: Lass dich noch heute ärztlich untersuchen.',
    soon: 'Bald: Vereinbare innerhalb von 1-2 Wochen einen Termin.',
  },
  onTheirOwn: '{{level}} Jedes dieser Zeichen reicht schon für sich allein:',
  combinations: 'Oder diese Kombinationen:',
  anyOneOf: '{{signs}} (mindestens eines davon)',
  signSeparator: ' / ',
  // Case-neutral joins: a label after "zusammen mit" or "eines von" would need the dative.
  togetherWith: ', dazu: ',
  screeningSays: 'Was der Check dann rät: „{{advice}}“',
  noSigns: 'Keine Warnzeichen: „{{advice}}“',
  veryUnwell: 'Wenn du dich sehr krank, verwirrt oder kurzatmig fühlst, ruf den Notruf an.',
  readCourse: 'Lies, wie Rückenschmerzen meist verlaufen.',
};

/** German texts of the warning-signs lesson (`lessons-warning-signs.ts`), built like the English. */
export const deWarningSigns: LessonCatalogue = {
  'warning-signs': warningSignsTexts(deWarningSignsWords, triageWordsIn('de')),
};
