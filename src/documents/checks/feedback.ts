import type { FeedbackProperty } from '../types.js';

/** A statement with an outcome: "Expiry date checksum is matching": true. */
export function statement(name: string, value: boolean, errorMessage: string | null = null): FeedbackProperty {
  return { Name: name, Value: value, ValueUndefined: false, ErrorMessage: value ? null : errorMessage };
}

/** A statement that could not be established (not applicable, missing data, or left to a person). */
export function notEstablished(name: string, reason: string): FeedbackProperty {
  return { Name: name, Value: false, ValueUndefined: true, ErrorMessage: reason };
}
