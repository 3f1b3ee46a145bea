/**
 * Sentences the exercise rules write (the bone note and caution, progression advice), in English;
 * `de.ts`/`es.ts` of this folder are the library's texts, these messages' translations live in
 * `messages-de.ts` and `messages-es.ts`.
 */
export const en = {
  boneNote:
    'Your profile says osteoporosis or osteopenia, so your exercises avoid bending or twisting the spine under load; those are swapped for bone-safe exercises with the same aim, or left out (UK consensus: {{citation}}).',
  boneCaution_one:
    'This routine includes {{names}}, usually avoided with osteoporosis or osteopenia because of loaded bending or twisting; check with your physiotherapist before doing it.',
  boneCaution_other:
    'This routine includes {{names}}, usually avoided with osteoporosis or osteopenia because of loaded bending or twisting; check with your physiotherapist before doing them.',
  stepBackPainAfter:
    'Pain after your last session was {{painAfter}}/10, more than the 5 out of 10 that is fine while exercising. Next time, go a little easier: an easier version or fewer repetitions.',
  stepBackNextMorning:
    'Your pain the next morning ({{nextMorningPain}}/10) was higher than usual for you ({{usualPain}}/10). Next time, go a little easier: an easier version or fewer repetitions.',
  progress:
    'Your last two sessions felt too easy and your back settled by the next morning, so you could try a harder version or a few more repetitions.',
  keepTooHard:
    'Your pain stayed at a safe level, but the last session felt too hard, so stay at this level until it feels about right.',
  keepTooEasy:
    'The last session felt too easy; if the next one does too and your back stays settled, we will suggest a step up.',
  keepFine: 'Your pain stayed at a safe level, so keep this level.',
};
