export * from './schedule.js';
export * from './schema.js';
export * from './state.js';
export * from './zoned-time.js';
