export * from './checkins.js';
export * from './tracking.js';
export * from './users.js';
