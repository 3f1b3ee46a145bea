import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The exercise rules' sentences in German. */
export const de: Catalogue<typeof en> = {
  boneNote:
    'In deinem Profil steht Osteoporose oder Osteopenie. Deshalb vermeiden deine Übungen, die Wirbelsäule unter Belastung zu beugen oder zu drehen; solche Übungen werden durch knochenschonende mit dem gleichen Ziel ersetzt oder weggelassen (britischer Konsens: {{citation}}).',
  boneCaution_one:
    'Diese Routine enthält {{names}}. Diese Übung wird bei Osteoporose oder Osteopenie meist vermieden, weil sie die Wirbelsäule unter Belastung beugt oder dreht; sprich mit deiner Physiotherapeutin oder deinem Physiotherapeuten, bevor du sie machst.',
  boneCaution_other:
    'Diese Routine enthält {{names}}. Diese Übungen werden bei Osteoporose oder Osteopenie meist vermieden, weil sie die Wirbelsäule unter Belastung beugen oder drehen; sprich mit deiner Physiotherapeutin oder deinem Physiotherapeuten, bevor du sie machst.',
  stepBackPainAfter:
    'Nach deiner letzten Einheit lag dein Schmerz bei {{painAfter}}/10, also über den 5 von 10, die beim Training in Ordnung sind. Mach es beim nächsten Mal etwas leichter: eine leichtere Variante oder weniger Wiederholungen.',
  stepBackNextMorning:
    'Dein Schmerz am nächsten Morgen ({{nextMorningPain}}/10) war höher als sonst bei dir ({{usualPain}}/10). Mach es beim nächsten Mal etwas leichter: eine leichtere Variante oder weniger Wiederholungen.',
  progress:
    'Deine letzten beiden Einheiten waren dir zu leicht, und dein Rücken hatte sich bis zum nächsten Morgen beruhigt. Du könntest also eine schwerere Variante oder ein paar Wiederholungen mehr versuchen.',
  keepTooHard:
    'Dein Schmerz blieb in einem sicheren Bereich, aber die letzte Einheit war dir zu schwer. Bleib deshalb bei dieser Stufe, bis sie sich ungefähr richtig anfühlt.',
  keepTooEasy:
    'Die letzte Einheit war dir zu leicht. Wenn es dir beim nächsten Mal auch so geht und dein Rücken ruhig bleibt, schlagen wir dir eine Steigerung vor.',
  keepFine: 'Dein Schmerz blieb in einem sicheren Bereich. Bleib also bei dieser Stufe.',
};
