import { manual } from './uk-lists.js';
import { CHECK_DATE, IDSP_PASS, PERSON, doc, type DocumentJson, type Scenario } from './types.js';

type Uk = NonNullable<Scenario['input']['ukRightToWork']>;
type Profile = NonNullable<Uk['onlineProfile']>;

const online = (profile: Partial<Profile>, extra: Partial<Scenario['input']> = {}): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  ukRightToWork: { route: 'ONLINE', onlineProfile: { shareCode: 'WAB-C12-D34', status: 'NO_TIME_LIMIT', photoMatches: true, ...profile } },
  ...extra,
});
const idvt = (documents: DocumentJson[], idsp: Partial<Uk['idsp'] & object> = {}): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  documents,
  ukRightToWork: { route: 'IDVT', idsp: { ...IDSP_PASS, ...idsp } },
});
const ecs = (pvn: Uk['pvn'], extra: Partial<Uk> = {}): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  ukRightToWork: { route: 'ECS', pvn, ...extra },
});
const VALID_PASSPORT = doc('BRITISH_PASSPORT', { expiryDate: '2031-04-30' });
const student = { type: 'STUDENT_TERM_TIME', maxHoursPerWeekInTerm: 20, text: 'Work limited to 20 hrs per week during term time' } as const;

/** Scenarios of the check methods (§1.1) and outcome rules (§1.4). */
export const UK_ROUTE_SCENARIOS: Scenario[] = [
  { rule: 'RTW-M1', title: 'manual check of an original British passport', check: 'UK_RTW', input: manual([VALID_PASSPORT]), expect: { status: 'Continuous', evidence: 'RTW-A1' } },
  { rule: 'RTW-M2', title: 'online check with a W share code typed with hyphens', check: 'UK_RTW', input: online({}), expect: { status: 'Continuous', evidence: 'RTW-R6', notes: [/profile page \(PDF\)/] } },
  {
    rule: 'RTW-M3',
    title: 'IDVT of a valid British passport by a certified IDSP',
    check: 'UK_RTW',
    input: idvt([VALID_PASSPORT]),
    expect: { status: 'Continuous', evidence: 'RTW-R1', validations: { RightToWorkDigitalIdentityVerificationCheck: 'Passed' }, profile: { RightToWorkIdentityProfile: 'M1B' } },
  },
  { rule: 'RTW-M4', title: 'Employer Checking Service PVN alone', check: 'UK_RTW', input: ecs({ issueDate: '2025-01-15', outcome: 'POSITIVE' }), expect: { status: 'Time Limited', followUpDate: '2025-07-15', evidence: 'RTW-B2.5' } },
  {
    rule: 'RTW-SHARE-CODE',
    title: 'a right to rent code (R…) cannot be used for right to work',
    check: 'UK_RTW',
    input: online({ shareCode: 'R12345678' }),
    expect: { status: 'Rejected', recommendedRoute: 'ONLINE', notes: [/starts with R: it is for right to rent/] },
  },
  { rule: 'RTW-SHARE-CODE', title: 'a share code must have 9 characters', check: 'UK_RTW', input: online({ shareCode: 'W1234567' }), expect: { status: 'Rejected', notes: [/must be 9 letters or digits/] } },
  {
    rule: 'RTW-SHARE-CODE',
    title: 'a share code generated 90 days before the check has expired',
    check: 'UK_RTW',
    input: online({ shareCodeIssueDate: '2024-12-10' }),
    expect: { status: 'Rejected', notes: [/expired on 2025-03-10/] },
  },
  { rule: 'RTW-SHARE-CODE', title: 'a share code generated 89 days before the check is valid', check: 'UK_RTW', input: online({ shareCodeIssueDate: '2024-12-11' }), expect: { status: 'Continuous' } },
  {
    rule: 'RTW-R1',
    title: 'IDVT of a valid Irish passport card at GPG45 high',
    check: 'UK_RTW',
    input: idvt([doc('IRISH_PASSPORT_CARD', { expiryDate: '2026-02-01' })], { identityProfile: 'H1A' }),
    expect: { status: 'Continuous', followUpDate: null, profile: { RightToWorkIdentityProfile: 'H1A' } },
  },
  {
    rule: 'RTW-R1',
    title: 'IDVT at GPG45 low confidence is not enough',
    check: 'UK_RTW',
    input: idvt([VALID_PASSPORT], { identityProfile: 'L1A' }),
    expect: { status: 'Rejected', notes: [/below the required MEDIUM/], validations: { RightToWorkDigitalIdentityVerificationCheck: 'Failed' }, profile: { RightToWorkIdentityProfile: 'Fail' } },
  },
  {
    rule: 'RTW-R1',
    title: 'IDVT by an uncertified provider is not enough',
    check: 'UK_RTW',
    input: idvt([VALID_PASSPORT], { certified: false }),
    expect: { status: 'Rejected', notes: [/not certified/] },
  },
  {
    rule: 'RTW-R1',
    title: 'IDVT cannot check a non-British, non-Irish passport: use the online check',
    check: 'UK_RTW',
    input: idvt([doc('PASSPORT', { expiryDate: '2030-01-01', endorsement: 'INDEFINITE_LEAVE' })]),
    expect: { status: 'Rejected', recommendedRoute: 'ONLINE', validations: { RightToWorkDigitalIdentityPermittedDocumentVerification: 'Failed', RightToWorkDigitalIdentityFaceMatchVerification: 'NotPerformed' } },
  },
  {
    rule: 'RTW-R2',
    title: 'expired British passport via IDVT: not eligible, fall back to a manual check',
    check: 'UK_RTW',
    input: idvt([doc('NI_NUMBER_DOCUMENT'), doc('BRITISH_PASSPORT', { expiryDate: '2025-03-09' })]),
    expect: {
      status: 'Rejected',
      recommendedRoute: 'MANUAL',
      notes: [/not eligible for IDVT/],
      validations: { RightToWorkDigitalIdentityVerificationCheck: 'Failed', RightToWorkDigitalIdentityPermittedDocumentVerification: 'Failed' },
    },
  },
  { rule: 'RTW-R3', title: 'List A gives a continuous excuse with no follow-up', check: 'UK_RTW', input: manual([doc('IRISH_PASSPORT', { expiryDate: '2029-01-01' })]), expect: { status: 'Continuous', followUpDate: null } },
  {
    rule: 'RTW-R4',
    title: 'permission ending on the check day still gives an excuse, with follow-up that day',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { expiryDate: '2030-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: CHECK_DATE })]),
    expect: { status: 'Time Limited', followUpDate: CHECK_DATE },
  },
  { rule: 'RTW-R5', title: 'PVN six-month window: the last day before it closes', check: 'UK_RTW', input: ecs({ issueDate: '2024-09-11', outcome: 'POSITIVE' }), expect: { status: 'Time Limited', followUpDate: '2025-03-11' } },
  {
    rule: 'RTW-R5',
    title: 'PVN six-month window: closed on the check date',
    check: 'UK_RTW',
    input: ecs({ issueDate: '2024-09-10', outcome: 'POSITIVE' }),
    expect: { status: 'Rejected', recommendedRoute: 'ECS', notes: [/covered checks until 2025-03-10/], alsoApplied: ['RTW-R9'] },
  },
  {
    rule: 'RTW-R5',
    title: 'PVN dated 31 August: six calendar months end on 28 February',
    check: 'UK_RTW',
    input: { ...ecs({ issueDate: '2024-08-31', outcome: 'POSITIVE' }), checkDate: '2024-12-01' },
    expect: { status: 'Time Limited', followUpDate: '2025-02-28' },
  },
  { rule: 'RTW-R6', title: 'online profile with settled status', check: 'UK_RTW', input: online({ immigrationStatus: 'EU Settlement Scheme - settled status' }), expect: { status: 'Continuous', followUpDate: null, notes: [/settled status/] } },
  { rule: 'RTW-R7', title: 'online profile with limited permission', check: 'UK_RTW', input: online({ status: 'TIME_LIMITED', permissionExpiry: '2026-01-31' }), expect: { status: 'Time Limited', followUpDate: '2026-01-31', evidence: 'RTW-R7' } },
  {
    rule: 'RTW-R8',
    title: 'student term-time restriction: a 25-hour term-time job is excluded',
    check: 'UK_RTW',
    input: online({ status: 'TIME_LIMITED', permissionExpiry: '2026-01-31', conditions: [student] }, { job: { termTimeHoursPerWeek: 25 } }),
    expect: { status: 'Rejected', followUpDate: null, restrictions: student.text, notes: [/needs 25 hours a week in term time; the permission allows 20/] },
  },
  {
    rule: 'RTW-R8',
    title: 'student term-time restriction: a 20-hour job fits, restriction stored verbatim',
    check: 'UK_RTW',
    input: online({ status: 'TIME_LIMITED', permissionExpiry: '2026-01-31', conditions: [student] }, { job: { termTimeHoursPerWeek: 20 } }),
    expect: { status: 'Time Limited', followUpDate: '2026-01-31', restrictions: student.text, notes: [/term and vacation dates/] },
  },
  {
    rule: 'RTW-R8',
    title: 'sponsor-specific permission, employer not given: stored for the employer to confirm',
    check: 'UK_RTW',
    input: manual(
      [doc('PASSPORT', { expiryDate: '2030-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2027-01-01', workConditions: [{ type: 'SPONSOR_SPECIFIC', sponsorName: 'Northwind Care Ltd' }] })],
      {},
    ),
    expect: { status: 'Time Limited', restrictions: 'Work only for the sponsor Northwind Care Ltd', notes: [/Confirm this employer is the sponsor/] },
  },
  {
    rule: 'RTW-R8',
    title: 'sponsor-specific permission: another employer is excluded',
    check: 'UK_RTW',
    input: {
      ...manual([doc('PASSPORT', { expiryDate: '2030-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2027-01-01', workConditions: [{ type: 'SPONSOR_SPECIFIC', sponsorName: 'Northwind Care Ltd' }] })]),
      job: { employerName: 'Contoso Retail plc' },
    },
    expect: { status: 'Rejected', notes: [/for the sponsor Northwind Care Ltd, not Contoso Retail plc/] },
  },
  {
    rule: 'RTW-R9',
    title: 'EEA national ID card after July 2021 is not acceptable: online check instead',
    check: 'UK_RTW',
    input: manual([doc('NATIONAL_ID_CARD', { issuingCountry: 'FRA', expiryDate: '2030-01-01' })]),
    expect: { status: 'Rejected', recommendedRoute: 'ONLINE', notes: [/not acceptable since 2021-07-01/] },
  },
  {
    rule: 'RTW-R9',
    title: 'physical BRP after April 2022 is not acceptable: online check instead',
    check: 'UK_RTW',
    input: manual([doc('BIOMETRIC_RESIDENCE_PERMIT', { expiryDate: '2029-12-31' })]),
    expect: { status: 'Rejected', recommendedRoute: 'ONLINE', notes: [/not acceptable since 2022-04-06; use an online check/] },
  },
  {
    rule: 'RTW-R9',
    title: 'EEA passport without UK endorsement is not acceptable',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { issuingCountry: 'DEU', expiryDate: '2030-01-01' })]),
    expect: { status: 'Rejected', recommendedRoute: 'ONLINE', notes: [/EEA and Swiss passports are not acceptable/] },
  },
  {
    rule: 'RTW-R9',
    title: 'expired permission on an endorsed passport',
    check: 'UK_RTW',
    input: manual([doc('PASSPORT', { expiryDate: '2030-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry: '2025-03-09' })]),
    expect: { status: 'Rejected', notes: [/permission expired on 2025-03-09/], alsoApplied: ['RTW-B1.1'] },
  },
  {
    rule: 'RTW-R9',
    title: 'date of birth on the document differs from the person’s',
    check: 'UK_RTW',
    input: manual([doc('BRITISH_PASSPORT', { dateOfBirth: '1990-05-18' })]),
    expect: { status: 'Rejected', notes: [/gives date of birth 1990-05-18, not 1990-05-17/], alsoApplied: ['RTW-CHECK'] },
  },
  { rule: 'RTW-R9', title: 'online profile photo is not a likeness', check: 'UK_RTW', input: online({ photoMatches: false }), expect: { status: 'Rejected', notes: [/not a likeness/] } },
  { rule: 'RTW-R9', title: 'IDVT face match failed', check: 'UK_RTW', input: idvt([VALID_PASSPORT], { faceMatch: 'FAIL' }), expect: { status: 'Rejected', validations: { RightToWorkDigitalIdentityFaceMatchVerification: 'Failed' } } },
  {
    rule: 'RTW-R9',
    title: 'negative verification notice from the ECS',
    check: 'UK_RTW',
    input: ecs({ issueDate: '2025-03-01', outcome: 'NEGATIVE' }),
    expect: { status: 'Rejected', recommendedRoute: null, notes: [/negative verification notice/] },
  },
  {
    rule: 'RTW-R10',
    title: 'a time-limited excuse carries the follow-up instruction',
    check: 'UK_RTW',
    input: online({ status: 'TIME_LIMITED', permissionExpiry: '2025-09-30' }),
    expect: { status: 'Time Limited', followUpDate: '2025-09-30', notes: [/Repeat the check by 2025-09-30/] },
  },
  {
    rule: 'RTW-R10',
    title: 'expired permission with an in-time application outstanding: use the ECS',
    check: 'UK_RTW',
    input: { ...online({ status: 'TIME_LIMITED', permissionExpiry: '2025-02-28' }), ukRightToWork: { route: 'ONLINE', outstandingApplication: true, onlineProfile: { shareCode: 'W12345678', status: 'TIME_LIMITED', permissionExpiry: '2025-02-28', photoMatches: true } } },
    expect: { status: 'Rejected', recommendedRoute: 'ECS', notes: [/outstanding in-time application/] },
  },
  {
    rule: 'RTW-R10',
    title: 'a follow-up PVN restarts the six-month window',
    check: 'UK_RTW',
    input: ecs({ issueDate: '2025-03-05', outcome: 'POSITIVE' }, { previousFollowUpDate: '2025-03-10' }),
    expect: { status: 'Time Limited', followUpDate: '2025-09-05', notes: [/restarts the 6-month window, to 2025-09-05/] },
  },
  {
    rule: 'RTW-CHECK',
    title: 'a different name on the document without an explanation',
    check: 'UK_RTW',
    input: manual([doc('BRITISH_PASSPORT', { holderName: 'Alex Taylor' })]),
    expect: { status: 'Rejected', notes: [/deed poll/] },
  },
  {
    rule: 'RTW-CHECK',
    title: 'a different name explained by a marriage certificate',
    check: 'UK_RTW',
    input: { ...manual([doc('BRITISH_PASSPORT', { holderName: 'Alex Taylor' })]), manualCheck: { photographsConsistent: true, documentsGenuine: true, nameDifferencesExplained: true } },
    expect: { status: 'Continuous' },
  },
  { rule: 'RTW-CHECK', title: 'names match whatever the order and case', check: 'UK_RTW', input: manual([doc('BRITISH_PASSPORT', { holderName: 'MORGAN, alex' })]), expect: { status: 'Continuous' } },
  {
    rule: 'RTW-CHECK',
    title: 'a photocopy is not an original',
    check: 'UK_RTW',
    input: manual([doc('BRITISH_PASSPORT', { original: false })]),
    expect: { status: 'Rejected', notes: [/is not an original/] },
  },
  {
    rule: 'RTW-CHECK',
    title: 'a document that appears tampered with',
    check: 'UK_RTW',
    input: { ...manual([VALID_PASSPORT]), manualCheck: { photographsConsistent: true, documentsGenuine: false } },
    expect: { status: 'Rejected', notes: [/tampered/], alsoApplied: ['RTW-R9'] },
  },
  { rule: 'RTW-RETENTION', title: 'every check says how long to keep its evidence', check: 'UK_RTW', input: manual([VALID_PASSPORT]), expect: { status: 'Continuous', notes: [/employment \+ 2 years/] } },
];
