/**
 * The insights sentences in English, whole messages with `{{parameters}}` (the English catalogue; `de.ts` and
 * `es.ts` translate it). Every hedge stays: "on average", "about", "could be chance", "not proof of cause".
 */
export const en = {
  notProof: 'This is a pattern in your data, not proof of cause.',
  keepLogging: 'keep logging.',
  /** A range on one side of zero, and one across it (drivers: lower/higher; trend: down/up). */
  rangeSameSide: '{{low}} to {{high}}',
  rangeAcross: '{{low}} lower to {{high}} higher',
  rangeAcrossTrend: '{{low}} down to {{high}} up',
  days_one: '{{count}} day',
  days_other: '{{count}} days',
  pointsHigher: '{{value}} points higher',
  pointsLower: '{{value}} points lower',
  /** The parenthesis of a driver sentence. */
  driverRange: '95% range {{range}}; {{days}}',
  /** How a numeric driver's sentence starts: "For each extra hour of sleep the night before". */
  leadNumeric: 'For each extra {{step}} {{timing}}',
  /** How a yes/no driver's sentence starts, by when the yes-day was. */
  leadDayWith: 'On days {{yes}}',
  leadDayAfterDay: 'On days after a day {{yes}}',
  leadDayAfterNight: 'On days after a night {{yes}}',
  leadDayBeforeNight: 'On days before a night {{yes}}',
  timingNightBefore: 'the night before',
  timingNightAfter: 'the night after',
  timingDayBefore: 'the day before',
  timingSameDay: 'on the same day',
  driverNotEnough: 'Not enough data yet to compare {{name}} {{timing}} with your pain: {{missing}}',
  driverNone:
    'No clear pattern yet. {{lead}}, your pain was {{size}} on average ({{range}}), which could easily be chance.',
  driverLikely: '{{lead}}, your pain was {{size}} on average ({{range}}). {{notProof}}',
  driverPossible:
    '{{lead}}, your pain was {{size}} on average ({{range}}). It is only a possible pattern so far and could still be chance. {{notProof}}',
  /** What a driver needs before it can be tested. */
  logMore_one: 'log {{name}} on {{count}} more day.',
  logMore_other: 'log {{name}} on {{count}} more days.',
  moreDays_one: '{{count}} more day {{which}}',
  moreDays_other: '{{count}} more days {{which}}',
  needsOne: 'it needs {{first}}.',
  needsTwo: 'it needs {{first}} and {{second}}.',
  sameValue_one:
    '{{name}} was the same on almost every day; it needs {{count}} more day with a different value.',
  sameValue_other:
    '{{name}} was the same on almost every day; it needs {{count}} more days with a different value.',
  /** The pain trend. */
  trendNotEnough: 'Not enough data yet for a trend: {{missing}}',
  trendLogMore_one: 'log your pain on {{count}} more day.',
  trendLogMore_other: 'log your pain on {{count}} more days.',
  daysLogged_one: '{{count}} day with pain logged',
  daysLogged_other: '{{count}} days with pain logged',
  trendRange: '95% range {{range}}; {{logged}}',
  pointsAMonth: '{{value}} points a month',
  trendNone: 'No clear trend in your pain over this time (about {{size}}; {{range}}).',
  trendNoneUp: 'No clear trend in your pain over this time (about {{size}} up; {{range}}).',
  trendNoneDown: 'No clear trend in your pain over this time (about {{size}} down; {{range}}).',
  trendRising: 'Your pain has been going up by about {{size}} ({{range}}).',
  trendFalling: 'Your pain has been going down by about {{size}} ({{range}}).',
  /** Treatments' before/after comparison. */
  treatmentWarning:
    'Other things may have changed around the same time (season, sleep, stress, your cycle, other treatments), so a before/after difference cannot show what the treatment itself did.',
  treatmentNotEnough: 'Not enough data yet to compare your pain before and after {{name}}: {{missing}}',
  treatmentNeedBefore_one: '{{count}} more day with pain logged before it started',
  treatmentNeedBefore_other: '{{count}} more days with pain logged before it started',
  treatmentNeedAfter_one: '{{count}} more day with pain logged after it started',
  treatmentNeedAfter_other: '{{count}} more days with pain logged after it started',
  treatmentNeedVaried: 'it needs more varied days.',
  treatmentSentence:
    'After you started {{name}}, your pain was {{size}} than the earlier trend would suggest (95% range {{range}}; {{before}} before, {{after}} after).',
  /** How a driver is named when core has no name for it. */
  aTreatment: 'a treatment',
  yourTracker: 'your tracker',
  thePhase: 'the {{phase}} phase',
  inThePhase: 'in the {{phase}} phase',
  outsideThePhase: 'outside the {{phase}} phase',
  /** Yes/no days of a driver, after "days": "with night sweats". */
  with: 'with {{name}}',
  without: 'without {{name}}',
  inPhase: 'in {{name}}',
  outsidePhase: 'outside {{name}}',
  duringTreatment: 'during {{name}}',
  withoutTreatment: 'without {{name}}',
  /** One step of a custom tracker, after "each extra". */
  unitOf: 'unit of {{name}}',
};

/** Names of the drivers core knows, and for a numeric one its step after "each extra" (see `DriverWords`). */
export const enWords = {
  numeric: {
    sleepHours: { name: 'sleep hours', step: 'hour of sleep' },
    sleepQuality: { name: 'sleep quality', step: 'point of sleep quality' },
    nightWakings: { name: 'night wakings', step: 'time you woke in the night' },
    mood: { name: 'mood', step: 'point of mood' },
    stress: { name: 'stress', step: 'point of stress' },
    // UI copy says "hot flashes" (DESIGN.md); the field id stays `hotFlushes`.
    hotFlushes: { name: 'hot flashes', step: 'hot flash' },
    activityMinutes: { name: 'activity', step: '10 minutes of activity' },
    sittingHours: { name: 'sitting', step: 'hour of sitting' },
    waterGlasses: { name: 'water', step: 'glass of water' },
    weightKg: { name: 'weight', step: 'kg of weight' },
    waistCm: { name: 'waist size', step: 'cm of waist size' },
    stiffnessMinutes: { name: 'morning stiffness', step: '10 minutes of morning stiffness' },
    exerciseSessions: { name: 'exercise sessions', step: 'exercise session' },
    exerciseMinutes: { name: 'exercise minutes', step: '10 minutes of exercise' },
    relaxMinutes: { name: 'relaxation minutes', step: '10 minutes of relaxation' },
    breaksTaken: { name: 'movement breaks', step: 'movement break' },
    steps: { name: 'steps', step: '1,000 steps' },
  },
  /** Yes/no things: the name, and the yes-day and no-day after "days". */
  things: {
    nightPain: { name: 'night pain', yes: 'with night pain', no: 'without night pain' },
    nightSweats: { name: 'night sweats', yes: 'with night sweats', no: 'without night sweats' },
    bleeding: { name: 'bleeding', yes: 'with bleeding', no: 'without bleeding' },
    'food:oily_fish': { name: 'oily fish', yes: 'with oily fish', no: 'without oily fish' },
    'food:leafy_greens': { name: 'leafy greens', yes: 'with leafy greens', no: 'without leafy greens' },
    'food:berries': { name: 'berries', yes: 'with berries', no: 'without berries' },
    'food:turmeric_ginger': {
      name: 'turmeric or ginger',
      yes: 'with turmeric or ginger',
      no: 'without turmeric or ginger',
    },
    'food:wholegrains': { name: 'wholegrains', yes: 'with wholegrains', no: 'without wholegrains' },
    'food:ultra_processed': {
      name: 'ultra-processed food',
      yes: 'with ultra-processed food',
      no: 'without ultra-processed food',
    },
    'food:alcohol': { name: 'alcohol', yes: 'with alcohol', no: 'without alcohol' },
    'food:caffeine_after_noon': {
      name: 'caffeine after noon',
      yes: 'with caffeine after noon',
      no: 'without caffeine after noon',
    },
  },
  /** Cycle phases: the name, and the yes-day and no-day after "days". */
  phases: {
    menstrual: { name: 'your period', yes: 'in your period', no: 'outside your period' },
    follicular: {
      name: 'your follicular phase',
      yes: 'in your follicular phase',
      no: 'outside your follicular phase',
    },
    ovulation: {
      name: 'the days around ovulation',
      yes: 'in the days around ovulation',
      no: 'outside the days around ovulation',
    },
    luteal: { name: 'your luteal phase', yes: 'in your luteal phase', no: 'outside your luteal phase' },
    premenstrual: {
      name: 'your premenstrual days',
      yes: 'in your premenstrual days',
      no: 'outside your premenstrual days',
    },
  },
};
