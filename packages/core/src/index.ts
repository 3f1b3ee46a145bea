export * from './auth/schema.js';
export * from './checkins/index.js';
export * from './dates.js';
export * from './errors.js';
