export * from './checklists.js';
