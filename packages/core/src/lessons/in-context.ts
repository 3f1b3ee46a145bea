/**
 * Lessons linked from places in the app that are not data of their own (issue #17, point 3):
 * the triage result links the warning signs (always after the advice, never above it), the desk
 * check's result links desk set-up, the fragile-bones note links bone health, the walking plan
 * links walking. Drivers, routines and checklist items carry their own `lessonId`.
 */
export const lessonFor = {
  triageResult: 'warning-signs',
  deskCheckResult: 'desk-setup',
  boneNote: 'bone-health',
  walkingPlan: 'walking',
} as const;
