import { Failure } from '../domain/failure.js';
import type { Db } from '../store/db.js';
import { tokenParameterNames } from './sql/parameter-names.js';

/** The parameters every token may have (TrustX's), searchable even before a token uses them. */
export const STANDARD_PARAMETERS = ['firstName', 'lastName', 'email', 'phoneNumber', 'referenceID', 'dateOfBirth', 'nationality'] as const;

/** Standard names and every name the tenant's tokens use, sorted. */
export async function searchableParameterNames(db: Db, tenantId: string): Promise<string[]> {
  const names = new Set<string>([...STANDARD_PARAMETERS, ...(await tokenParameterNames(db, tenantId))]);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** A search on a parameter no token has is a mistake to report, not an empty list. */
export async function assertSearchableParameter(db: Db, tenantId: string, name: string): Promise<void> {
  const names = await searchableParameterNames(db, tenantId);
  if (!names.includes(name)) {
    throw new Failure('INVALID', 'INVALID_QUERY', `paramName ${JSON.stringify(name)} is not a process-token parameter of this tenant (names are case-sensitive): use one of ${names.join(', ')}`);
  }
}
