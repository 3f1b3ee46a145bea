export * from './areas.js';
export * from './i18n/index.js';
export { ERGONOMIC_NOT_APPLICABLE, type ErgonomicOption, type ErgonomicQuestion } from './question.js';
export * from './questions.js';
export * from './schema.js';
export * from './score.js';
