export * from './model.js';
export * from './summary.js';
