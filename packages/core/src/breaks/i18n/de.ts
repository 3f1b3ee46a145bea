import type { Catalogue } from '../../i18n/catalogue.js';
import type { en } from './en.js';

/** Break reminders in German (informal "du"). */
export const de: Catalogue<typeof en> = {
  standTitle: 'Zeit zum Stehen',
  standBody: 'Fahr deinen Schreibtisch hoch und arbeite eine Weile im Stehen.',
  sitTitle: 'Zeit, eine Weile zu sitzen',
  sitBody: 'Fahr deinen Schreibtisch herunter und lehn dich mit gestütztem Rücken zurück.',
  moveTitle: 'Zeit für eine Bewegungspause',
  routine: {
    'desk-shoulders-neck': 'Zwei Minuten für Schultern und Nacken.',
    'desk-back-release': 'Zwei Minuten, um deinen Rücken zu entlasten.',
    'desk-stand-up': 'Steh auf und beweg dich zwei Minuten.',
    'desk-tension-release': 'Zwei Minuten, um die Anspannung in Schultern und Kiefer loszulassen.',
  },
  startAction: 'Starten',
  snoozeAction: '5 Min. später',
};
