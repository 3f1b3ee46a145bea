export * from './due.js';
export * from './function-tests.js';
export * from './mood.js';
export * from './mrs.js';
export * from './peg.js';
export * from './registry.js';
export * from './responses.js';
export * from './types.js';
