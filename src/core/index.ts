export * from './roles.js';
export * from './languages.js';
export * from './types.js';
export * from './users-error.js';
export * from './permissions.js';
export * from './user-query.js';
export * from './schemas.js';
export * from './token-status.js';
