export * from './adapt.js';
export * from './api.js';
export * from './bone-health.js';
export * from './history.js';
export * from './i18n/index.js';
export * from './load-progression.js';
export * from './programmes.js';
export * from './safety.js';
