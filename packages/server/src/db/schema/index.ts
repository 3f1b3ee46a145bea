// The tables every feature shares: accounts (`users`). Each feature's own tables are in its `table.ts`.
export * from './users.js';
