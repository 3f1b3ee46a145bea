export * from './catalogue.js';
export * from './locales.js';
export * from './messages.js';
