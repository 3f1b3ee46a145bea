export * from './api.js';
export * from './i18n/index.js';
export { lessonFor } from './in-context.js';
export * from './library.js';
export * from './schema.js';
export * from './today.js';
