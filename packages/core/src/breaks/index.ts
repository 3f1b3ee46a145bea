export * from './schedule.js';
export * from './schema.js';
export * from './state.js';
export { isTimeZone, localTimeOf, resolveLocalTime, zonedTimeToUtc, zoneOffsetMs } from './zoned-time.js';
