export * from './checkins.js';
export * from './users.js';
