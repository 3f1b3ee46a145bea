/**
 * The lesson that explains each insights driver (issue #17, point 3), by lesson id (`lessonById`).
 * Every driver gets one: those without a lesson of their own (her trackers, her treatments)
 * point to the lesson on reading her own insights.
 */
const byDriver: Readonly<Record<string, string>> = {
  sleepHours: 'sleep-pain-loop',
  sleepQuality: 'sleep-pain-loop',
  nightWakings: 'sleep-pain-loop',
  nightPain: 'mattress-and-night-pain',
  mood: 'stress-mood-and-pain',
  stress: 'stress-mood-and-pain',
  hotFlushes: 'menopause-transition',
  nightSweats: 'menopause-transition',
  bleeding: 'menopause-transition',
  activityMinutes: 'exercise-helps',
  exerciseSessions: 'exercise-helps',
  exerciseMinutes: 'exercise-helps',
  relaxMinutes: 'tension-and-mindfulness',
  steps: 'walking',
  sittingHours: 'posture-and-sitting',
  breaksTaken: 'movement-breaks',
  waterGlasses: 'hydration-and-discs',
  weightKg: 'weight-and-back',
  waistCm: 'weight-and-back',
  stiffnessMinutes: 'menopause-transition',
};

const byPrefix: Readonly<Record<string, string>> = {
  cyclePhase: 'menopause-transition',
  food: 'food-patterns',
};

/** Every lesson id a driver can link to (for the test that each one resolves). */
export const driverLessonIds: readonly string[] = [
  ...new Set([...Object.values(byDriver), ...Object.values(byPrefix), 'reading-your-insights']),
];

/** The lesson for a driver id: its own topic, else how to read your own insights. */
export function driverLessonId(driver: string): string {
  const prefix = driver.includes(':') ? driver.slice(0, driver.indexOf(':')) : '';
  return byDriver[driver] ?? byPrefix[prefix] ?? 'reading-your-insights';
}
