export * from './vocabulary.js';
export * from './status-mapping.js';
export * from './schemas.js';
