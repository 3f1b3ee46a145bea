import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** The bone-health programme in German (informal "du"); every caution as strict as in English. */
export const de: Catalogue<typeof en> = {
  name: 'Starke Knochen: 12 Wochen',
  description:
    'Kraft an 2–3 Tagen pro Woche, an den meisten Tagen etwas Stoßbelastung, wenn deine Knochen es erlauben, täglich Gleichgewicht und dazu Haltungsübungen: das, was der britische Konsens zur Knochengesundheit empfiehlt, Woche für Woche aufgebaut.',
  note: 'Dieses Programm ersetzt nie einen Plan deiner Ärztin, deines Arztes oder deiner Physiotherapie. Zeig es wenn möglich einer Physiotherapeutin oder einem Physiotherapeuten: Sie können deine Technik prüfen und das Programm für dich anpassen.',
  evidenceReason:
    'Konsenspapiere, die auf Studien zu Bewegung und Knochendichte oder Stürzen beruhen; das Programm selbst wurde als Ganzes nicht untersucht.',
  block: {
    vertebral_fracture:
      'Keine Übungen mit Stoßbelastung: Du hast uns von einem gebrochenen Wirbel erzählt, deshalb stattdessen Gehen mit geringer Stoßbelastung.',
    recent_fracture:
      'Keine Übungen mit Stoßbelastung: Du hattest im letzten Jahr einen Knochenbruch, deshalb stattdessen Gehen mit geringer Stoßbelastung, solange er ausheilt. Frag deine Physiotherapeutin oder deinen Physiotherapeuten, wann Stoßbelastung für dich passt.',
    osteoporosis_not_cleared:
      'Noch keine Übungen mit Stoßbelastung: In deinem Profil steht Osteoporose, und es ist kein ärztliches oder physiotherapeutisches OK für Stoßbelastung eingetragen, deshalb stattdessen Gehen mit geringer Stoßbelastung. Wenn deine Ärztin, dein Arzt oder deine Physiotherapie sagt, dass Stoßbelastung in Ordnung ist, trag das in deinem Profil ein.',
    fracture_after_50_not_cleared:
      'Noch keine Übungen mit Stoßbelastung: Ein Knochenbruch nach dem 50. Lebensjahr kann ein Zeichen für brüchige Knochen sein, deshalb stattdessen Gehen mit geringer Stoßbelastung, bis deine Ärztin, dein Arzt oder deine Physiotherapie sagt, dass Stoßbelastung in Ordnung ist.',
    vertebral_fracture_unknown:
      'Noch keine Übungen mit Stoßbelastung: Du weißt nicht sicher, ob du schon einmal einen gebrochenen Wirbel hattest, deshalb stattdessen Gehen mit geringer Stoßbelastung. Deine Ärztin oder dein Arzt kann es dir sagen; dann aktualisiere dein Profil.',
  },
  impactCleared:
    'Übungen mit Stoßbelastung sind dabei, weil deine Ärztin, dein Arzt oder deine Physiotherapie sie erlaubt hat: Fang auf der untersten Stufe an und hör auf, wenn etwas stechend wehtut.',
  backLong:
    'Bei jeder Übung bleibt dein Rücken lang: kein Vorbeugen oder Verdrehen unter Last, und beim Heben beugst du dich aus der Hüfte.',
  backExtensorDaily:
    'Übungen für die Rückenstrecker und die Haltung jeden Tag, wie nach einem Wirbelbruch empfohlen.',
  kindStrength: 'Muskelkräftigung an 2–3 Tagen pro Woche belastet den Knochen und baut Kraft auf.',
  kindImpact:
    'Kurze Einheiten mit Stoßbelastung an den meisten Tagen, langsam gesteigert, stärken die Hüften.',
  kindWalkingWithImpact:
    'Gehen ist immer gut, aber Übungen mit Stoßbelastung tun mehr für die Knochen, wenn deine Knochen es erlauben.',
  kindWalkingInstead:
    'Zügiges Gehen belastet die Knochen sanft, solange Übungen mit Stoßbelastung nicht das Richtige für dich sind.',
  kindBalance: 'Täglich ein paar Minuten Gleichgewichtstraining senkt das Sturzrisiko.',
  kindPosture: 'Übungen für die Rückenstrecker und eine aufrechte Haltung helfen dir, gerade zu stehen.',
  strengthWhy: 'Kraft, Woche {{week}}: {{why}}',
  strengthPhase: [
    'Lern die Bewegungen mit leichten Gewichten: Beende jeden Satz mit dem Gefühl, dass noch 4–5 Wiederholungen gingen (Anstrengung etwa 5–6 von 10).',
    'Mehr Last: Wähl ein Gewicht oder Band, mit dem du nur noch 2–3 Wiederholungen mehr schaffen würdest (Anstrengung etwa 7 von 10).',
    'Schwerer und weniger: Anstrengung etwa 7–8 von 10 mit sauberer Ausführung; halte nie die Luft an und press nicht.',
  ],
  impactWhy:
    'Stoßbelastung, Woche {{week}}: etwa {{count}} Stöße, insgesamt ein paar Minuten. Halt dich an etwas Stabilem fest und hör auf, wenn etwas stechend wehtut.',
  balanceWhy:
    'Gleichgewicht, jeden Tag ein paar Minuten, mit einem Stuhl oder einer Arbeitsplatte in Reichweite: sicherer auf den Beinen, weniger Stürze.',
  postureWhy:
    'Gerade stehen: sanfte Rückenstreckung und Haltungsübungen, um die Muskeln zu kräftigen, die dich aufrecht halten.',
  paused:
    'Dein Sicherheits-Check hat Warnzeichen gefunden, deshalb ist das Programm pausiert, bis du ärztlich untersucht worden bist. {{advice}}',
  howKg: '{{kg}} kg',
  howBand: {
    yellow: 'das gelbe Band',
    red: 'das rote Band',
    green: 'das grüne Band',
    blue: 'das blaue Band',
    black: 'das schwarze Band',
  },
  howNoBand: 'ohne Band',
  howLightWeight: 'ein leichtes Gewicht in den Händen',
  howReps_one: '{{count}} Wiederholung',
  howReps_other: '{{count}} Wiederholungen',
  stepBackPainAfter:
    'Deine Schmerzen nach der letzten Einheit lagen bei {{pain}}/10, also mach es beim nächsten Mal etwas leichter: {{how}}.',
  stepBackMorning:
    'Deine Schmerzen am nächsten Morgen lagen {{rise}} Punkte über deinem üblichen Wert, also mach es beim nächsten Mal etwas leichter: {{how}}.',
  progress:
    'Deine letzten zwei Einheiten fühlten sich wie 7/10 oder leichter an, und dein Rücken hatte sich bis zum nächsten Morgen beruhigt – probier beim nächsten Mal {{how}}.',
  keepMorning:
    'Deine Schmerzen am nächsten Morgen lagen etwas über deinem üblichen Wert, also bleib vorerst auf dieser Stufe.',
  keepLogEffort:
    'Trag ein, wie anstrengend sich jeder Satz angefühlt hat (Anstrengung 0–10), dann können wir dir sagen, wann du steigern kannst.',
  keepHard: 'Das war anstrengend genug: Bleib bei dieser Last, bis es sich wie 7/10 oder leichter anfühlt.',
  keepOneMore:
    'Noch eine Einheit wie diese, mit einem beruhigten Rücken am nächsten Morgen, und du kannst steigern.',
};
