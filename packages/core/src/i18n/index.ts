export * from './catalogue.js';
export * from './error-messages/index.js';
export * from './locale-schema.js';
export * from './locales.js';
export * from './messages.js';
