export * from './body-areas.js';
export * from './schema.js';
