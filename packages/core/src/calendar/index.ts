export * from './events.js';
export * from './i18n/index.js';
export { vtimezone } from './vtimezone.js';
