import type { SymptomKey } from './apple-health-types.js';

/**
 * Symptom names as other apps write them (Bearable's `Back (lower) pain`, drip's `backache`, Clue's
 * `lower_back`, Flo's `Backache`) → our symptom keys, or `hotFlushes` (a count per day). Matched by
 * pattern on the lower-cased name, so renamed or custom symptoms with a plain name still land; anything
 * else is left out and named in the summary. Upper and mid back pain have no key of their own yet.
 */
const patterns: [RegExp, SymptomKey | 'hotFlushes'][] = [
  [/hot ?fl(a|u)sh/, 'hotFlushes'],
  [/night ?sweat/, 'nightSweats'],
  [/back ?ache|low(er)?[ _-]?back|back \(lower\)|^back[ _-]?pain$|^back$/, 'lowerBackPain'],
  [/head ?ache|migraine/, 'headache'],
  [/fatigue|tired|exhaust|low energy/, 'fatigue'],
  [/mood ?(swing|change)|irritab/, 'moodChanges'],
  [/insomnia|sleep ?(problem|change|disturb|issue)|poor sleep/, 'sleepChanges'],
  [/brain ?fog|memory|forgetful/, 'memoryLapse'],
  [/cramp/, 'abdominalCramps'],
  [/bloat/, 'bloating'],
  [/breast|tender ?breasts/, 'breastPain'],
  [/vaginal ?dry/, 'vaginalDryness'],
  [/incontinence|bladder/, 'bladderIncontinence'],
  [/pelvic/, 'pelvicPain'],
  [/body ?ache|joint ?pain|muscle ?(ache|pain)|aches/, 'bodyAche'],
];

/** Our symptom key for another app's symptom name, `hotFlushes`, or undefined when we keep no such symptom. */
export function symptomKeyOf(name: string): SymptomKey | 'hotFlushes' | undefined {
  const text = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}()_ -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return patterns.find(([re]) => re.test(text))?.[1];
}
