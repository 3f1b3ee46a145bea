/**
 * A walk logged as a session; the weekly plan's walking part is met by these. A module of its own: the
 * web names walks in History without the exercise library that refs.ts brings.
 */
export const WALKING_ROUTINE_ID = 'walking';
