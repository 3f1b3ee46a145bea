export * from './api.js';
export * from './experiments.js';
export * from './i18n/index.js';
export * from './next.js';
export * from './schema.js';
