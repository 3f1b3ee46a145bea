export * from './checklists.js';
export * from './i18n/index.js';
