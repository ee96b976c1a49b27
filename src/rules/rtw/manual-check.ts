import type { RtwInput } from './input-schema.js';
import { label, sameName } from './evidence.js';

/**
 * The CHECK step of a manual check (rule RTW-CHECK): photographs consistent, dates of birth
 * consistent, documents genuine originals, name differences explained. Returns the failures.
 */
export function manualCheckFailures(input: RtwInput, documentIndexes: number[]): string[] {
  const failures: string[] = [];
  const { manualCheck, person } = input;
  if (manualCheck) {
    if (!manualCheck.photographsConsistent) failures.push('The photographs are not consistent across the documents and with the person');
    if (!manualCheck.documentsGenuine) failures.push('A document appears not genuine, tampered with, or not to belong to the holder');
  }
  const fullName = `${person.givenNames} ${person.familyName}`;
  for (const i of documentIndexes) {
    const doc = input.documents[i];
    if (!doc.original) failures.push(`${label(doc, i)} is not an original`);
    if (doc.dateOfBirth && doc.dateOfBirth !== person.dateOfBirth) {
      failures.push(`${label(doc, i)} gives date of birth ${doc.dateOfBirth}, not ${person.dateOfBirth}`);
    }
    if (doc.holderName && !sameName(doc.holderName, fullName) && !manualCheck?.nameDifferencesExplained) {
      failures.push(`${label(doc, i)} is in the name "${doc.holderName}": document the reason for the different name (marriage certificate, divorce decree, deed poll)`);
    }
  }
  return failures;
}
