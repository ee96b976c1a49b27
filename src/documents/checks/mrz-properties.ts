import type { MrzResult } from '../../mrz/index.js';
import type { FeedbackProperty } from '../types.js';
import { notEstablished, statement } from './feedback.js';

const CHECKSUM_NAMES: Record<string, string> = {
  documentNumber: 'Document number checksum is matching',
  birthDate: 'Date of birth checksum is matching',
  expiryDate: 'Expiry date checksum is matching',
  personalNumber: 'Personal number checksum is matching',
  composite: 'Composite checksum is matching',
};

/** MrzValidationProperties: one statement per structural rule and per check digit of the MRZ. */
export function mrzValidationProperties(mrz: MrzResult | null): FeedbackProperty[] {
  if (mrz === null) return [statement('MRZ is present', false, 'no MRZ was submitted')];
  const errorsOf = (...codes: string[]) => mrz.errors.filter((e) => codes.includes(e.code));
  const message = (codes: string[]) => errorsOf(...codes).map((e) => e.message).join('; ') || null;
  const structural = ['MRZ_UNKNOWN_LAYOUT', 'MRZ_LINE_COUNT', 'MRZ_LINE_LENGTH'];
  const properties: FeedbackProperty[] = [
    statement('MRZ is present', true),
    statement('MRZ layout is recognised', mrz.format !== 'UNKNOWN', message(['MRZ_UNKNOWN_LAYOUT'])),
    statement('MRZ lines have the correct number and length', errorsOf(...structural).length === 0, message(structural)),
    statement('MRZ characters are valid', errorsOf('MRZ_INVALID_CHARACTER').length === 0, message(['MRZ_INVALID_CHARACTER'])),
  ];
  if (errorsOf(...structural).length > 0) return properties;
  for (const check of mrz.checks) {
    const name = CHECKSUM_NAMES[check.field] ?? `${check.field} checksum is matching`;
    if (check.expected === null && !check.valid) properties.push(notEstablished(name, `the ${check.field} field could not be checked`));
    else properties.push(statement(name, check.valid, `found '${check.found}', expected ${check.expected}`));
  }
  if (mrz.checks.length === 0) properties.push(notEstablished('MRZ checksums are matching', `the ${mrz.format} layout has no check digits`));
  const dateError = (field: string) => mrz.errors.find((e) => e.code === 'MRZ_INVALID_DATE' && e.field === field)?.message ?? null;
  if (mrz.fields.birthDate !== null) properties.push(statement('Date of birth is a valid date', dateError('birthDate') === null, dateError('birthDate')));
  if (mrz.fields.expiryDate !== null) properties.push(statement('Expiry date is a valid date', dateError('expiryDate') === null, dateError('expiryDate')));
  if (mrz.fields.sex !== null) properties.push(statement('Sex is valid', errorsOf('MRZ_INVALID_SEX').length === 0, message(['MRZ_INVALID_SEX'])));
  const stateFinding = (field: string) => [...mrz.errors, ...mrz.warnings].find((f) => f.field === field && f.code.includes('STATE_CODE'));
  for (const [field, label] of [['issuingState', 'Issuing state code is known'], ['nationality', 'Nationality code is known']] as const) {
    if (mrz.fields[field] === null) continue;
    const finding = stateFinding(field);
    properties.push(statement(label, finding === undefined, finding?.message ?? null));
  }
  return properties;
}
