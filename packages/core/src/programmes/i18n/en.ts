/**
 * The bone-health programme's own words in English (the catalogue `de.ts` and `es.ts` translate): why each
 * block, every change made for her and why, the safety pause and the load advice. Exercise names come from
 * the exercise library; citations stay as published.
 */
export const en = {
  name: 'Strong bones: 12 weeks',
  description:
    'Strength 2–3 days a week, a little impact on most days when your bones allow it, balance every day and posture work: what the UK consensus on bone health asks for, built up week by week.',
  note: 'This programme never replaces a plan from your doctor or physiotherapist. Show it to a physiotherapist if you can: they can check your technique and adjust it for you.',
  evidenceReason:
    'Consensus statements built on trials of exercise and bone density or falls; the programme itself has not been tested as a whole.',
  /** Why impact work is left out, by `ImpactBlock`. */
  block: {
    vertebral_fracture:
      'No impact work: you told us about a broken bone in your spine, so low-impact walking instead.',
    recent_fracture:
      'No impact work: you broke a bone in the last year, so low-impact walking instead while it settles. Ask your physiotherapist when impact is right for you.',
    osteoporosis_not_cleared:
      "No impact work yet: your profile says osteoporosis and no clinician's OK for impact is recorded, so low-impact walking instead. If your doctor or physiotherapist says impact is fine, note it in your profile.",
    fracture_after_50_not_cleared:
      'No impact work yet: a bone broken after 50 can be a sign of fragile bones, so low-impact walking instead until your doctor or physiotherapist says impact is fine.',
    vertebral_fracture_unknown:
      'No impact work yet: you are not sure whether you have had a broken bone in your spine, so low-impact walking instead. Your doctor can tell you; then update your profile.',
  },
  impactCleared:
    'Impact work included because your clinician said it is fine: start at the bottom of the ladder and stop if anything hurts sharply.',
  backLong:
    'Every move keeps your back long: no bending forward or twisting under load, and you bend from the hips when you lift.',
  backExtensorDaily: 'Back-extensor and posture work every day, as advised after a spinal fracture.',
  /** Each kind of work, why it is offered (or not). */
  kindStrength: 'Muscle strengthening 2–3 days a week loads bone and builds strength.',
  kindImpact: 'Short bursts of impact on most days, building up slowly, strengthen the hips.',
  kindWalkingWithImpact:
    'Walking is always good, but impact work does more for bone when your bones allow it.',
  kindWalkingInstead: 'Brisk walking keeps the bones loaded gently while impact work is not right for you.',
  kindBalance: 'A few minutes of balance practice daily lowers the chance of a fall.',
  kindPosture: 'Back-extensor and upright-posture work helps you stand straight.',
  /** A day's blocks. */
  strengthWhy: 'Strength, week {{week}}: {{why}}',
  strengthPhase: [
    'Learn the moves with light loads: end each set feeling you could do 4–5 more (effort about 5–6 out of 10).',
    'Add load: choose a weight or band you could lift only 2–3 more times (effort about 7 out of 10).',
    'Heavier and fewer: effort about 7–8 out of 10 with good form; never hold your breath or strain.',
  ],
  impactWhy:
    'Impact, week {{week}}: about {{count}} impacts, a few minutes in all. Hold on to something steady and stop if anything hurts sharply.',
  balanceWhy:
    'Balance, a few minutes every day with a chair or worktop in reach: steadier on your feet, fewer falls.',
  postureWhy:
    'Standing straight: gentle back-extension and posture moves to strengthen the muscles that hold you upright.',
  /** The pause after a red-flag safety check; `advice` is the triage advice of that level. */
  paused:
    'Your safety check found warning signs, so the programme is paused until you have been checked. {{advice}}',
  /** Load advice per exercise. */
  howKg: '{{kg}} kg',
  howBand: {
    yellow: 'the yellow band',
    red: 'the red band',
    green: 'the green band',
    blue: 'the blue band',
    black: 'the black band',
  },
  howNoBand: 'no band',
  howLightWeight: 'a light weight in your hands',
  howReps_one: '{{count}} repetition',
  howReps_other: '{{count}} repetitions',
  stepBackPainAfter:
    'Pain after your last session was {{pain}}/10, so go a little lighter next time: {{how}}.',
  stepBackMorning:
    'Your pain the next morning was {{rise}} points above your usual, so go a little lighter next time: {{how}}.',
  progress:
    'Your last two sessions felt 7/10 or easier and your back settled by the next morning, so try {{how}} next time.',
  keepMorning: 'Your pain the next morning was a little above your usual, so stay at this level for now.',
  keepLogEffort: 'Log how hard each set felt (effort 0–10) and we can tell you when to step up.',
  keepHard: 'That felt hard enough: stay at this load until it feels 7/10 or easier.',
  keepOneMore: 'One more session like that, with your back settled the next morning, and you can step up.',
};
