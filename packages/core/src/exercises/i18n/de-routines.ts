import type { Catalogue } from '../../i18n/catalogue.js';
import type { RoutineTexts } from './texts.js';

/** Every built-in routine (routines.ts, routines-relax.ts, routines-bones.ts) in German, by routine id. */
export const deRoutines: Readonly<Record<string, Catalogue<RoutineTexts>>> = {
  'morning-5': {
    name: 'Morgens beweglich',
    description:
      'Fünf sanfte Minuten, die einen steifen Rücken nach der Nacht lockern, vom Liegen bis zum Stehen. Alles knochenschonend.',
  },
  'desk-shoulders-neck': {
    name: 'Schreibtischpause: Schultern und Nacken',
    description: 'Zwei Minuten für steifen Nacken und steife Schultern nach der Bildschirmarbeit.',
  },
  'desk-back-release': {
    name: 'Schreibtischpause: Rücken lockern',
    description: 'Zwei Minuten gegen das lange Sitzen, ohne Vorbeugen oder Drehen.',
  },
  'desk-stand-up': {
    name: 'Schreibtischpause: aufstehen und bewegen',
    description: 'Zwei Minuten auf den Beinen, die Beine und Rücken aufwecken.',
  },
  'pilates-core-15': {
    name: 'Rumpf im Pilates-Stil',
    description:
      'Fünfzehn Minuten langsame, kontrollierte Übungen für die tiefen Bauch-, Rücken- und Hüftmuskeln, meist im Liegen.',
  },
  'gentle-yoga-15': {
    name: 'Sanftes Yoga',
    description:
      'Fünfzehn Minuten ohne Eile: Dehnungen und Gleichgewicht im Yoga-Stil, im Rhythmus deines Atems.',
  },
  'strength-a': {
    name: 'Kraft A',
    description:
      'Etwa 20–25 Minuten für Beine, Po, oberen Rücken und Rumpf, mit dem eigenen Körpergewicht und einem Band.',
  },
  'strength-b': {
    name: 'Kraft B',
    description:
      'Etwa 20–25 Minuten, das Gegenstück zu Kraft A: Halteübungen, Hüftbeugen mit geradem Rücken und Rückenkraft.',
  },
  'evening-wind-down-10': {
    name: 'Abends zur Ruhe kommen',
    description:
      'Zehn ruhige Minuten auf dem Boden, um den Tag loszulassen: langsames Atmen und leichte Dehnungen.',
  },
  'travel-stretch-5': {
    name: 'Dehnen unterwegs',
    description:
      'Fünf Minuten für Flugzeug, Zug oder eine Pause im Auto: meist im Sitzen, ein wenig im Stehen.',
  },
  'relax-breathing-5': {
    name: 'Langsames Atmen',
    description:
      'Fünf Minuten langsames Atmen mit etwa sechs Atemzügen pro Minute: fünf Sekunden ein, fünf aus. Im Sitzen oder Liegen, ohne Bewegung.',
    evidence: {
      reason:
        'Kleine Studien, meist mit gesunden Menschen, bringen langsames Atmen mit einem ruhigeren Gefühl in Verbindung; dass es allein Rückenschmerzen lindert, ist nicht belegt.',
    },
  },
  'relax-pmr-12': {
    name: 'Progressive Muskelentspannung',
    description:
      'Etwa 12 Minuten: Spanne jede Muskelgruppe fünf Sekunden lang sanft an und lass dann fünfzehn Sekunden los, von den Armen bis zu den Füßen. Den Rücken selbst lassen wir bewusst aus.',
    evidence: {
      reason:
        'Eine kleine randomisierte Studie mit gesunden Erwachsenen fand, dass sie das Gefühl von Entspannung verstärkte; zu Rückenschmerzen selbst gibt es nur wenige Belege.',
    },
  },
  'relax-body-scan-10': {
    name: 'Body-Scan',
    description:
      'Zehn ruhige Minuten im Liegen oder Sitzen: Du wanderst mit deiner Aufmerksamkeit von den Füßen bis zum Kopf und nimmst jeden Bereich wahr, ohne etwas zu verändern.',
    evidence: {
      reason:
        'Der Body-Scan ist Teil des Achtsamkeitskurses, der in einer guten Studie die Funktion des Rückens verbessert hat; für sich allein ist er weniger untersucht.',
    },
  },
  'desk-tension-release': {
    name: 'Schreibtischpause: Anspannung lösen',
    description:
      'Zwei Minuten am Schreibtisch: Schultern hochziehen und fallen lassen, Gesicht und Kiefer entspannen, dann ein paar langsame Atemzüge.',
    evidence: {
      reason:
        'Kurze Pausen zum Anspannen und Loslassen am Schreibtisch wurden für sich allein nicht untersucht; sie sind risikoarm und greifen Methoden auf, für die es einige Belege gibt.',
    },
  },
  'bone-strength': {
    name: 'Knochen: Kraft',
    description:
      'Die Krafteinheit des Knochenprogramms: Beine, Hüfte, Rücken und Arme gegen einen Widerstand.',
  },
  'bone-impact': {
    name: 'Knochen: Stoßbelastung',
    description: 'Ein paar Minuten gezählte Stöße, vom Fersenfallen bis zu kleinen Hüpfern.',
  },
  'bone-balance': {
    name: 'Knochen: Gleichgewicht',
    description: 'Tägliches Gleichgewichtstraining, mit einem Stuhl oder einer Arbeitsfläche in Reichweite.',
  },
  'bone-posture': {
    name: 'Knochen: Haltung',
    description: 'Aufrecht stehen: Rückenstrecken und eine aufrechte Haltung.',
  },
};
