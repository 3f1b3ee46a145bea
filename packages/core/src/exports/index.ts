export * from './cells.js';
export * from './checkin-csv.js';
export * from './csv-dates.js';
export * from './csv-import-body.js';
export * from './csv-long.js';
export * from './csv-scale.js';
export * from './header-match.js';
export * from './record-csv.js';
