/** Reminder lines and notification headings in English (the catalogue `de.ts` and `es.ts` translate). */
export const en = {
  checkin: 'How is your back today? Your check-in takes a minute.',
  routine: '{{name}} at {{time}}',
  yourRoutine: 'Your routine',
  questionnaire_one: '{{name}}: {{count}} short question, when you have a moment',
  questionnaire_other: '{{name}}: {{count}} short questions, when you have a moment',
  period: 'Your next period is likely to start between {{from}} and {{to}}.',
  lesson: "Today's lesson: {{title}}",
  experimentStart: 'Your experiment “{{title}}” starts today. To begin: {{todo}}',
  experimentSwitch: 'Your experiment “{{title}}” switches today. From today: {{todo}}',
  experimentStay: 'Your experiment “{{title}}” moves on to its next part today, with the same plan: {{todo}}',
  experimentStartHidden: 'Your experiment “{{title}}” starts today. Open it to see what to do.',
  experimentNextHidden:
    'Your experiment “{{title}}” moves on to its next part today. Open it to see what to do.',
  /** The heading of each kind's notification. */
  heading: {
    checkin: 'Time for your check-in',
    routine: 'Your routine is coming up',
    questionnaire: 'A short questionnaire',
    period: 'Your period forecast',
    lesson: "Today's lesson",
    experiment: 'Your experiment today',
  },
  /** The notification's buttons. */
  action: { checkin: 'Check in', routine: 'Start', later: 'Later' },
};
