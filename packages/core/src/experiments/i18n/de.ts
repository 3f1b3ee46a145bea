import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The experiments' sentences in German (informal "du"); every hedge as in English. */
export const de: Catalogue<typeof en> = {
  outcomePain: 'dein Schmerzwert',
  outcomePainWorst: 'dein stärkster Schmerzwert',
  outcomeSleepQuality: 'deine Schlafqualität',
  outcomeTracker: '„{{name}}“',
  outcomeYourTracker: 'dein Tracker',
  notEnough: 'es gibt noch nicht genug Tage mit einem Eintrag und befolgtem Plan, um beides zu vergleichen.',
  notEnoughSoFar:
    'Bisher gibt es noch nicht genug Tage mit einem Eintrag und befolgtem Plan, um beides zu vergleichen.',
  points_one: '{{value}} Punkt',
  points_other: '{{value}} Punkte',
  sizeLower: '{{words}} war an „Ausprobieren“-Tagen {{points}} niedriger als an „Wie immer“-Tagen',
  sizeHigher: '{{words}} war an „Ausprobieren“-Tagen {{points}} höher als an „Wie immer“-Tagen',
  sizeLowerSoFar:
    'Bisher war {{words}} an „Ausprobieren“-Tagen {{points}} niedriger als an „Wie immer“-Tagen',
  sizeHigherSoFar: 'Bisher war {{words}} an „Ausprobieren“-Tagen {{points}} höher als an „Wie immer“-Tagen',
  verdictLikelyHelps: 'Es hilft wahrscheinlich.',
  verdictLikelyWorse: 'Es ist für dich wahrscheinlich schlechter.',
  verdictNoClearDifference: 'Kein klarer Unterschied: Auch das ist eine echte Antwort.',
  verdictNotEnoughData: 'Noch nicht genug Daten für eine Aussage.',
  result:
    '{{verdict}} {{size}} (95-%-Bereich: {{low}} bis {{high}}). Die Wahrscheinlichkeit für einen echten Nutzen (mindestens {{min}} Punkt besser) liegt bei {{percent}} %.',
  customQuestion: 'Macht „{{title}}“ einen Unterschied für meinen Rücken?',
  medicineRefusal:
    'Dieses Experiment scheint sich um ein Medikament, ein Nahrungsergänzungsmittel oder eine Dosis zu drehen, deshalb kann es hier nicht angelegt werden.',
  medicineWord:
    '„{{word}}“ klingt nach einem Medikament oder Nahrungsergänzungsmittel. Experimente hier sind nur für Alltagsgewohnheiten: Änderungen an Medikamenten oder Nahrungsergänzungsmitteln planst du mit deiner Ärztin, deinem Arzt oder in der Apotheke.',
  doseWord:
    '„{{dose}}“ sieht nach einer Dosis aus. Experimente hier sind nur für Alltagsgewohnheiten, nie für Dosierungen: Sprich darüber mit deiner Ärztin, deinem Arzt oder in der Apotheke.',
};
