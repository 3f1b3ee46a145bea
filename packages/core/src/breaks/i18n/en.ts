/** Break reminder notifications in English (the catalogue `de.ts` and `es.ts` translate). */
export const en = {
  standTitle: 'Time to stand',
  standBody: 'Raise your desk and work standing for a while.',
  sitTitle: 'Time to sit for a while',
  sitBody: 'Lower your desk and sit back with your back supported.',
  moveTitle: 'Time for a movement break',
  /** The line of each desk routine a movement break offers, by routine id. */
  routine: {
    'desk-shoulders-neck': 'Two minutes for your shoulders and neck.',
    'desk-back-release': 'Two minutes to ease your back.',
    'desk-stand-up': 'Stand up and move for two minutes.',
    'desk-tension-release': 'Two minutes to let go of tension in your shoulders and jaw.',
  },
  /** The notification's buttons. */
  startAction: 'Start',
  snoozeAction: 'Snooze 5 min',
};
