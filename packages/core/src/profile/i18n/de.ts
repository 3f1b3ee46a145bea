import type { Catalogue } from '../../i18n/catalogue.js';
import type { profileFieldReasons } from '../values.js';

/** Why we ask each profile question, in German (informal "du"). */
export const de: Catalogue<typeof profileFieldReasons> = {
  birthYear: 'Das Alter verändert, welche Warnzeichen wichtig sind, deshalb nutzt der Sicherheits-Check es.',
  country: 'Damit wir dir die richtige Notrufnummer zeigen können.',
  language: 'Die Sprache der App, ihrer Ratschläge und deines Berichts für die Ärztin oder den Arzt.',
  weightUnit: 'Wie du dein Gewicht angezeigt haben möchtest.',
  lengthUnit: 'Wie du deinen Taillenumfang angezeigt haben möchtest.',
  menopausalSelfReport:
    'Wie du selbst deine Periode einschätzt – neben dem angezeigt, was dein Periodenprotokoll nahelegt.',
  hormonalContraception:
    'Hormonelle Verhütung verändert das Blutungsmuster, deshalb schätzen wir daraus keine Phase ab.',
  hrt: 'Eine Hormonersatztherapie (HRT) verändert das Blutungsmuster und kann verändern, wie sich Schmerzen anfühlen; die Auswertungen können vorher und nachher vergleichen.',
  hrtStartDate:
    'So können die Auswertungen deine Schmerzen vor und nach dem Beginn vergleichen; Blutungen sind in den ersten 6 Monaten häufig.',
  hrtRegimen:
    'Blutungen bedeuten bei zyklischer und kontinuierlicher HRT Verschiedenes, deshalb muss der Blutungs-Check wissen, welche du nimmst.',
  hrtChangeDate: 'Nach einer Änderung der HRT-Dosis oder des Präparats sind Blutungen 3 Monate lang häufig.',
  uterusRemoved: 'Ohne Gebärmutter gibt es keine Periode, aus der sich eine Phase ablesen lässt.',
  ovariesRemoved:
    'Die Entfernung der Eierstöcke löst die Menopause aus; das verändert, was dein Protokoll uns sagen kann.',
  boneHealth:
    'Bei brüchigen Knochen werden manche Übungen durch sicherere ersetzt, und ein Sturz wiegt schwerer.',
  vertebralFracture:
    'Ein gebrochener Wirbel verändert, welche Knochenübungen sicher sind: dann kein Springen und keine Stoßbelastung.',
  fractureAfter50:
    'Ein Knochenbruch durch einen leichten Sturz nach dem 50. Lebensjahr kann ein Zeichen für brüchige Knochen sein, deshalb warten Übungen mit Stoßbelastung auf ein ärztliches OK.',
  fractureLastYear:
    'Nach einem kürzlichen Knochenbruch warten Übungen mit Stoßbelastung, bis er verheilt ist und untersucht wurde.',
  clinicianClearedImpact:
    'Wenn deine Ärztin, dein Arzt oder deine Physiotherapie gesagt hat, dass Übungen mit Stoßbelastung für dich in Ordnung sind, kann das Knochenprogramm sie enthalten.',
  longTermSteroids:
    'Kortisontabletten über lange Zeit können die Knochen schwächen; der Sicherheits-Check berücksichtigt das.',
  cancerHistory:
    'Eine frühere Krebserkrankung verändert, welche Rückenschmerz-Zeichen rasch abgeklärt werden sollten.',
  immunosuppressed:
    'Ein geschwächtes Immunsystem verändert, welche Rückenschmerz-Zeichen rasch abgeklärt werden sollten.',
  moodQuestionnaires: 'Zwei kurze Fragen zur Stimmung alle zwei Wochen, nur wenn du sie möchtest.',
  pinnedCheckinGroups: 'Teile des Eintrags, die du geöffnet lässt, damit sie jedes Mal bereit sind.',
  hiddenCheckinGroups: 'Teile des Eintragsformulars, die du in einer früheren Version eingeklappt hast.',
  welcomeDone: 'Damit die Begrüßung an deinem ersten Tag nur einmal erscheint.',
  doctorQuestions:
    'Steht am Ende deines Berichts für die Ärztin oder den Arzt, damit du weißt, was du fragen wolltest.',
};
