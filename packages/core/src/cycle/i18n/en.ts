/**
 * The cycle screen's explanations in English (the catalogue `de.ts` and `es.ts` translate): why the stage
 * estimate says what it says, and the period forecast or why there is none. Every one stays an estimate.
 */
export const en = {
  note: 'This is an estimate from your log, not a diagnosis.',
  excluded: {
    hormonalContraception: 'Hormonal contraception changes bleeding, so your periods cannot show a stage.',
    hrt: 'HRT changes bleeding, so your periods cannot show a stage.',
    uterusRemoved: 'Without a uterus there are no periods to read a stage from.',
    ovariesRemoved:
      'Removing the ovaries brings on menopause directly; the stages describe a natural change.',
  },
  since12Months:
    'It has been {{days}} days since the end of the last period in your log ({{date}}): 12 months or more.',
  since60Days:
    'It has been {{days}} days since the end of the last period in your log ({{date}}): 60 days or more.',
  longGap: 'In the last 12 months your log shows {{days}} days (60 or more) with no bleeding.',
  varied: 'Your cycle length changed by 7 days or more from one cycle to the next, and again within 10.',
  lastCycles: 'Your last {{count}} cycles were {{shortest}} to {{longest}} days long',
  lastCyclesSame: 'Your last {{count}} cycles were all {{length}} days long',
  steadyChanged:
    '{{cycles}}. One changed by 7 days or more from the cycle before, but no second change followed within 10 cycles, which the staging criteria need before they count it.',
  steadySame: '{{cycles}}. None changed by 7 days or more from the cycle before.',
  noPeriods: 'No periods logged yet. Log {{needed}} periods in a row to see an estimate.',
  morePeriods_one:
    'We need {{needed}} periods in a row ({{cycles}} full cycles); log {{count}} more period to see an estimate.',
  morePeriods_other:
    'We need {{needed}} periods in a row ({{cycles}} full cycles); log {{count}} more periods to see an estimate.',
  /** The period forecast, or why there is none. */
  noForecastContraception: 'Hormonal contraception changes bleeding, so we do not forecast your period.',
  noForecastHrt: 'HRT changes bleeding, so we do not forecast your period.',
  noForecastUterus: 'Without a uterus there are no periods to forecast.',
  noForecastStopped: 'Your log suggests your periods have stopped, so there is nothing to forecast.',
  needCycles: 'A forecast needs at least {{min}} complete cycles in your log.',
  needCyclesSoFar_one:
    'A forecast needs at least {{min}} complete cycles in your log (there is {{count}} so far).',
  needCyclesSoFar_other:
    'A forecast needs at least {{min}} complete cycles in your log (there are {{count}} so far).',
  varyTooMuch:
    '{{cycles}}: they vary too much to forecast the next one honestly. Cycles often vary like this in the years around the menopause.',
  overdue:
    'Your period was expected by {{date}} and is not logged yet. Cycles often get longer or skip in the years around the menopause.',
  forecastBasis: '{{cycles}} (usually {{middle}}), counted from the start of your last period on {{date}}.',
};
