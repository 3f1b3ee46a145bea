export * from './brake.js';
export * from './breaks.js';
export * from './checkins.js';
export * from './delivery.js';
export * from './exercise.js';
export * from './tracking.js';
export * from './users.js';
