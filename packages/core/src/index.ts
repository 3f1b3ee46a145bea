export * from './auth/schema.js';
export * from './checkins/index.js';
export * from './dates.js';
export * from './errors.js';
export * from './profile/schema.js';
export * from './trackers/schema.js';
export * from './treatments/schema.js';
export * from './triage/index.js';
