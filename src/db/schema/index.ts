export * from './accounts.js';
export * from './bodies.js';
export * from './meetings.js';
export * from './reference.js';
export * from './search.js';
