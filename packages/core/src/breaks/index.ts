export * from './example.js';
export * from './i18n/index.js';
export * from './kinds.js';
export * from './notification.js';
export * from './notification-schema.js';
export * from './schedule.js';
export * from './schema.js';
export * from './snooze.js';
export * from './state.js';
export * from './state-schema.js';
export * from './stats.js';
export {
  addLocalDays,
  isTimeZone,
  localTimeOf,
  resolveLocalTime,
  zonedTimeToUtc,
  zoneOffsetMs,
} from './zoned-time.js';
