export * from './api.js';
export * from './next.js';
export * from './schema.js';
