export * from './advice.js';
export * from './emergency-numbers.js';
export * from './leg-symptoms.js';
export * from './prompts.js';
export * from './rules.js';
export * from './schema.js';
export * from './screening.js';
export * from './triage.js';
