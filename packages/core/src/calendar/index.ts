export * from './events.js';
export { vtimezone } from './vtimezone.js';
