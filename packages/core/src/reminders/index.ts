export * from './next.js';
export * from './schema.js';
