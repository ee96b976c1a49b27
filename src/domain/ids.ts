import { monotonicFactory } from 'ulid';

const next = monotonicFactory();

/** A 26-character ULID: instance ids double as the TrustX "Reference ID". */
export function newId(): string {
  return next();
}
