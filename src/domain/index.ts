export * from './vocabulary.js';
export * from './status-mapping.js';
export * from './schemas.js';
export * from './applicant.js';
export * from './errors.js';
export * from './kyc-aml-check.js';
