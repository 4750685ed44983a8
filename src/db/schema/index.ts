export * from './bodies.js';
export * from './meetings.js';
export * from './reference.js';
