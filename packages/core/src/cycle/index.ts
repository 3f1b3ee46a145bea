export * from './days.js';
export * from './episodes.js';
export * from './forecast.js';
export * from './i18n/index.js';
export * from './phase.js';
export * from './schema.js';
export * from './stage.js';
