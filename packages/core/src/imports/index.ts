export * from './apple-dates.js';
export * from './apple-health.js';
export * from './apple-health-types.js';
export * from './apple-periods.js';
export * from './daily-metrics.js';
