import { CHECKED_IN_PERSON, CHECK_DATE, PERSON, doc, type DocumentJson, type Scenario } from './types.js';

/** A manual UK right to work check of these documents (plus an optional PVN). */
export function manual(documents: DocumentJson[], extra: Partial<NonNullable<Scenario['input']['ukRightToWork']>> = {}): Scenario['input'] {
  return { checkDate: CHECK_DATE, person: PERSON, documents, manualCheck: CHECKED_IN_PERSON, ukRightToWork: { route: 'MANUAL', ...extra } };
}

const NI = doc('NI_NUMBER_DOCUMENT');
const PVN_RECENT = { issueDate: '2025-02-01', outcome: 'POSITIVE' } as const;
const continuous = (evidence: string): Scenario['expect'] => ({ status: 'Continuous', followUpDate: null, evidence, alsoApplied: ['RTW-M1', 'RTW-R3'] });

/** Scenarios of List A (§1.2) and List B (§1.3). */
export const UK_LIST_SCENARIOS: Scenario[] = [
  {
    rule: 'RTW-A1',
    title: 'expired British passport in a manual check gives a continuous excuse',
    check: 'UK_RTW',
    input: manual([doc('BRITISH_PASSPORT', { expiryDate: '2019-01-31' })]),
    expect: { ...continuous('RTW-A1'), alsoApplied: ['RTW-M1', 'RTW-R3', 'RTW-CHECK'] },
  },
  {
    rule: 'RTW-A2',
    title: 'Irish passport card, current or expired, is List A',
    check: 'UK_RTW',
    input: manual([doc('IRISH_PASSPORT_CARD', { expiryDate: '2024-12-31' })]),
    expect: continuous('RTW-A2'),
  },
  {
    rule: 'RTW-A3',
    title: 'Jersey document with unlimited leave verified by the ECS is List A',
    check: 'UK_RTW',
    input: manual([doc('CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT', { endorsement: 'INDEFINITE_LEAVE', homeOfficeVerified: true })]),
    expect: continuous('RTW-A3'),
  },
  {
    rule: 'RTW-A3',
    title: 'Jersey document not verified by the ECS does not count',
    check: 'UK_RTW',
    input: manual([doc('CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT', { endorsement: 'INDEFINITE_LEAVE' })]),
    expect: { status: 'Rejected', notes: [/verified as valid by the Employer Checking Service/], alsoApplied: ['RTW-R9'] },
  },
  {
    rule: 'RTW-A4',
    title: 'current US passport endorsed with indefinite leave is List A',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { expiryDate: '2030-06-01', endorsement: 'INDEFINITE_LEAVE' })]),
    expect: continuous('RTW-A4'),
  },
  {
    rule: 'RTW-A4',
    title: 'an endorsed passport must be current: expired the day before the check',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { expiryDate: '2025-03-09', endorsement: 'NO_TIME_LIMIT' })]),
    expect: { status: 'Rejected', notes: [/must be current \(expired 2025-03-09\)/], alsoApplied: ['RTW-R9'] },
  },
  {
    rule: 'RTW-A5',
    title: 'current Immigration Status Document with no time limit + NI number document',
    check: 'UK_RTW',
    input: manual([doc('IMMIGRATION_STATUS_DOCUMENT', { expiryDate: '2026-01-01', endorsement: 'NO_TIME_LIMIT' }), NI]),
    expect: continuous('RTW-A5'),
  },
  {
    rule: 'RTW-A5',
    title: 'Immigration Status Document without the NI number document is not enough',
    check: 'UK_RTW',
    input: manual([doc('IMMIGRATION_STATUS_DOCUMENT', { expiryDate: '2026-01-01', endorsement: 'NO_TIME_LIMIT' })]),
    expect: { status: 'Rejected', notes: [/permanent NI number/], alsoApplied: ['RTW-R9'] },
  },
  {
    rule: 'RTW-A6',
    title: 'UK birth certificate + NI number document',
    check: 'UK_RTW',
    input: manual([doc('BIRTH_CERTIFICATE'), NI]),
    expect: continuous('RTW-A6'),
  },
  {
    rule: 'RTW-A7',
    title: 'Irish adoption certificate + NI number document',
    check: 'UK_RTW',
    input: manual([doc('ADOPTION_CERTIFICATE', { issuingCountry: 'IRL' }), NI]),
    expect: continuous('RTW-A7'),
  },
  {
    rule: 'RTW-A8',
    title: 'certificate of naturalisation as a British citizen + NI number document',
    check: 'UK_RTW',
    input: manual([doc('CERTIFICATE_OF_REGISTRATION_OR_NATURALISATION'), NI]),
    expect: continuous('RTW-A8'),
  },
  {
    rule: 'RTW-B1.1',
    title: 'current passport endorsed with limited leave: excuse until the permission ends',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { issuingCountry: 'IND', expiryDate: '2031-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2026-09-30' })]),
    expect: { status: 'Time Limited', followUpDate: '2026-09-30', evidence: 'RTW-B1.1', alsoApplied: ['RTW-R4'] },
  },
  {
    rule: 'RTW-B1.2',
    title: 'Guernsey document with limited leave verified by the ECS',
    check: 'UK_RTW',
    input: manual([doc('CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT', { issuingCountry: 'GGY', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2027-01-31', homeOfficeVerified: true })]),
    expect: { status: 'Time Limited', followUpDate: '2027-01-31', evidence: 'RTW-B1.2' },
  },
  {
    rule: 'RTW-B1.3',
    title: 'Immigration Status Document with photograph and limited leave + NI number document',
    check: 'UK_RTW',
    input: manual([doc('IMMIGRATION_STATUS_DOCUMENT', { expiryDate: '2027-05-01', hasPhotograph: true, endorsement: 'LIMITED_LEAVE', permissionExpiry: '2026-05-01' }), NI]),
    expect: { status: 'Time Limited', followUpDate: '2026-05-01', evidence: 'RTW-B1.3' },
  },
  {
    rule: 'RTW-B1.3',
    title: 'Immigration Status Document with limited leave but no photograph does not count',
    check: 'UK_RTW',
    input: manual([doc('IMMIGRATION_STATUS_DOCUMENT', { expiryDate: '2027-05-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2026-05-01' }), NI]),
    expect: { status: 'Rejected', notes: [/must contain a photograph/] },
  },
  {
    rule: 'RTW-B2.1',
    title: 'EUSS application made on 30 June 2021 + PVN: 6 months from the PVN',
    check: 'UK_RTW',
    input: manual([doc('EUSS_APPLICATION_DOCUMENT', { applicationDate: '2021-06-30' })], { pvn: PVN_RECENT }),
    expect: { status: 'Time Limited', followUpDate: '2025-08-01', evidence: 'RTW-B2.1', alsoApplied: ['RTW-R5'] },
  },
  {
    rule: 'RTW-B2.2',
    title: 'Certificate of Application for an application made on 1 July 2021 + PVN',
    check: 'UK_RTW',
    input: manual([doc('EUSS_CERTIFICATE_OF_APPLICATION', { applicationDate: '2021-07-01' })], { pvn: { issueDate: '2024-09-30', outcome: 'POSITIVE' } }),
    expect: { status: 'Time Limited', followUpDate: '2025-03-30', evidence: 'RTW-B2.2' },
  },
  {
    rule: 'RTW-B2.2',
    title: 'Certificate of Application for an application made before 1 July 2021 is the wrong evidence',
    check: 'UK_RTW',
    input: manual([doc('EUSS_CERTIFICATE_OF_APPLICATION', { applicationDate: '2021-06-30' })], { pvn: PVN_RECENT }),
    expect: { status: 'Time Limited', evidence: 'RTW-B2.5', notes: [/applications made before 2021-07-01/] },
  },
  {
    rule: 'RTW-B2.3',
    title: 'Isle of Man Appendix EU application document + PVN',
    check: 'UK_RTW',
    input: manual([doc('CROWN_DEPENDENCY_EU_SCHEME_DOCUMENT', { issuingCountry: 'IMN', endorsement: 'APPLICATION_PENDING' })], { pvn: PVN_RECENT }),
    expect: { status: 'Time Limited', followUpDate: '2025-08-01', evidence: 'RTW-B2.3' },
  },
  {
    rule: 'RTW-B2.4',
    title: 'Application Registration Card allowing the employment + PVN',
    check: 'UK_RTW',
    input: manual([doc('APPLICATION_REGISTRATION_CARD', { permitsEmployment: true })], { pvn: PVN_RECENT }),
    expect: { status: 'Time Limited', followUpDate: '2025-08-01', evidence: 'RTW-B2.4' },
  },
  {
    rule: 'RTW-B2.4',
    title: 'Application Registration Card without a PVN: verify with the ECS first',
    check: 'UK_RTW',
    input: manual([doc('APPLICATION_REGISTRATION_CARD', { permitsEmployment: true })]),
    expect: { status: 'Rejected', recommendedRoute: 'ECS', notes: [/need a Positive Verification Notice/] },
  },
  {
    rule: 'RTW-B2.5',
    title: 'PVN alone from the ECS',
    check: 'UK_RTW',
    input: manual([], { pvn: PVN_RECENT }),
    expect: { status: 'Time Limited', followUpDate: '2025-08-01', evidence: 'RTW-B2.5' },
  },
];
