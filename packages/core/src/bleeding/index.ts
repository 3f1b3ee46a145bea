export * from './advice.js';
export * from './answers.js';
export * from './check.js';
export * from './cycle-check.js';
export * from './from-log.js';
export * from './i18n/index.js';
export * from './schema.js';
