export * from './mrs.js';
export * from './registry.js';
export * from './types.js';
