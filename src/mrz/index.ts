export { parseMrz, splitMrzLines } from './parse-mrz.js';
export { checkDigit } from './check-digit.js';
export { readMrzDate } from './dates.js';
export { isKnownStateCode, ICAO_SPECIAL_CODES, SPECIMEN_STATE, STATE_CODES_VERSION } from './state-codes.js';
export * from './types.js';
