/** The calendar feed's event texts in English (the catalogue `de.ts` and `es.ts` translate). */
export const en = {
  calendarDescription: 'Movement breaks, planned routines and check-in reminders from Spinekind',
  breaksSummary: 'Movement breaks, every {{every}} min',
  breakTimes: 'Break reminders at {{times}}.',
  lunch: 'Lunch {{start}}–{{end}}.',
  alternate: 'They alternate between standing up and sitting down.',
  atEach: 'At each one, stand up and move for a couple of minutes.',
  yourRoutine: 'Your routine',
  fromPlan: 'A routine from your weekly plan.',
  startIt: 'Start it in Spinekind.',
  walkSummary: 'Walk, {{minutes}} min',
  regularWalk: 'Your regular walk.',
  walkWeek: 'Week {{week}} of {{weeks}} of your walking plan.',
  checkinSummary: 'Check in with Spinekind',
  checkinDescription:
    'How is your back today? Your check-in takes a minute. Skip it if you have already checked in.',
  experimentSummary: 'Experiment: {{title}}',
};
