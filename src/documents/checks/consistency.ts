import { compareNames } from '../../screening/matcher.js';
import type { MrzResult } from '../../mrz/index.js';
import type { FeedbackProperty, DocumentIssue, VisualFields } from '../types.js';
import { statement } from './feedback.js';

const compact = (value: string) => value.toUpperCase().replace(/[\s<-]/g, '');

/**
 * MRZ against the visual zone: names with the screening matcher's name comparison (transliteration and
 * word order tolerant: a difference is referred, not failed), dates and document numbers exactly.
 */
export function compareMrzWithVisualZone(mrz: MrzResult, visual: VisualFields, nameThreshold: number): { properties: FeedbackProperty[]; issues: DocumentIssue[] } {
  const properties: FeedbackProperty[] = [];
  const issues: DocumentIssue[] = [];
  const names: Array<[string, string | null, string | undefined]> = [
    ['Last name', mrz.fields.lastName, visual.lastName],
    ['First name', mrz.fields.firstName, visual.firstName],
  ];
  for (const [label, fromMrz, fromVisual] of names) {
    if (!fromMrz || !fromVisual) continue;
    const score = compareNames(fromMrz, fromVisual, { type: 'person' }).score;
    const agrees = score >= nameThreshold;
    const message = `MRZ '${fromMrz}' vs visual zone '${fromVisual}' (similarity ${score.toFixed(2)}, needs ${nameThreshold})`;
    properties.push(statement(`${label} in the MRZ matches the visual zone`, agrees, message));
    if (!agrees) issues.push({ code: 'IDV_NAME_MISMATCH', severity: 'REVIEW', message: `${label}: ${message}` });
  }
  const exact: Array<[string, string, string | null, string | undefined]> = [
    ['IDV_DATE_OF_BIRTH_MISMATCH', 'Date of birth', mrz.dateOfBirth, visual.dateOfBirth],
    ['IDV_EXPIRY_DATE_MISMATCH', 'Expiry date', mrz.dateOfExpiry, visual.expiryDate],
    ['IDV_DOCUMENT_NUMBER_MISMATCH', 'Document number', mrz.fields.documentNumber && compact(mrz.fields.documentNumber), visual.documentNumber && compact(visual.documentNumber)],
  ];
  for (const [code, label, fromMrz, fromVisual] of exact) {
    if (!fromMrz || !fromVisual) continue;
    const agrees = fromMrz === fromVisual;
    const message = `MRZ '${fromMrz}' vs visual zone '${fromVisual}'`;
    properties.push(statement(`${label} in the MRZ matches the visual zone`, agrees, message));
    if (!agrees) issues.push({ code, severity: 'FAIL', message: `${label}: ${message}` });
  }
  return { properties, issues };
}
