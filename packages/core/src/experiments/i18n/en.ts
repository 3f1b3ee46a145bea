/**
 * The experiments' own sentences in English (the catalogue `de.ts` and `es.ts` translate): the result, what
 * the outcome is called, the question of her own experiment and the refusal of medicines and doses.
 */
export const en = {
  /** What the outcome is called in a result ("your pain … was 1.2 points lower"). */
  outcomePain: 'your pain',
  outcomePainWorst: 'your worst pain',
  outcomeSleepQuality: 'your sleep quality',
  outcomeTracker: '“{{name}}”',
  outcomeYourTracker: 'your tracker',
  notEnough: 'there are not enough days with both a check-in and your plan followed to compare the two yet.',
  notEnoughSoFar:
    'So far, there are not enough days with both a check-in and your plan followed to compare the two yet.',
  points_one: '{{value}} point',
  points_other: '{{value}} points',
  sizeLower: '{{words}} was {{points}} lower on “try it” days than on “as usual” days',
  sizeHigher: '{{words}} was {{points}} higher on “try it” days than on “as usual” days',
  sizeLowerSoFar: 'So far, {{words}} was {{points}} lower on “try it” days than on “as usual” days',
  sizeHigherSoFar: 'So far, {{words}} was {{points}} higher on “try it” days than on “as usual” days',
  verdictLikelyHelps: 'It likely helps.',
  verdictLikelyWorse: 'It is likely worse for you.',
  verdictNoClearDifference: 'No clear difference: a real answer too.',
  verdictNotEnoughData: 'Not enough data yet to say.',
  result:
    '{{verdict}} {{size}} (95% range: {{low}} to {{high}}). The chance of a real benefit (at least {{min}} point better) is {{percent}}%.',
  /** Her own experiment. */
  customQuestion: 'Does “{{title}}” make a difference to my back?',
  medicineRefusal:
    'This experiment looks like it is about a medicine, supplement or dose, so it can’t be set up here.',
  medicineWord:
    '“{{word}}” sounds like a medicine or supplement. Experiments here are for everyday habits only: changes to medicines or supplements are for you and your doctor or pharmacist to plan.',
  doseWord:
    '“{{dose}}” looks like a dose. Experiments here are for everyday habits only, never doses: talk to your doctor or pharmacist about those.',
};
