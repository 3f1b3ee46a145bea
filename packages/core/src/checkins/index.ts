export * from './body-areas.js';
export * from './fields.js';
export * from './schema.js';
