export * from './schema.js';
export * from './stage.js';
