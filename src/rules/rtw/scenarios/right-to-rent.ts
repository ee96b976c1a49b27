import { CHECKED_IN_PERSON, CHECK_DATE, IDSP_PASS, PERSON, doc, type DocumentJson, type Scenario } from './types.js';

type Rtr = NonNullable<Scenario['input']['rightToRent']>;

const rent = (documents: DocumentJson[], section: Partial<Rtr> = {}, extra: Partial<Scenario['input']> = {}): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  documents,
  manualCheck: CHECKED_IN_PERSON,
  rightToRent: { propertyCountry: 'ENGLAND', route: 'MANUAL', ...section },
  ...extra,
});
const LIMITED = (permissionExpiry: string) => doc('PASSPORT', { issuingCountry: 'NGA', expiryDate: '2031-01-01', endorsement: 'LIMITED_LEAVE', permissionExpiry });

/** Scenarios of UK right to rent (§2). */
export const RIGHT_TO_RENT_SCENARIOS: Scenario[] = [
  { rule: 'RTR-1', title: 'property in Wales: no check', check: 'UK_RTR', input: rent([], { propertyCountry: 'WALES' }), expect: { status: 'Not Required' } },
  { rule: 'RTR-1', title: 'not the only or main home: no check', check: 'UK_RTR', input: rent([], { onlyOrMainHome: false }), expect: { status: 'Not Required' } },
  {
    rule: 'RTR-1',
    title: 'a 17-year-old (born 29 Feb) is checked when they turn 18 on 1 March',
    check: 'UK_RTR',
    input: rent([], {}, { person: { ...PERSON, dateOfBirth: '2008-02-29' } }),
    expect: { status: 'Not Required', followUpDate: '2026-03-01' },
  },
  { rule: 'RTR-1', title: 'check exactly 28 days before the tenancy', check: 'UK_RTR', input: rent([doc('BRITISH_PASSPORT')], { tenancyStartDate: '2025-04-07' }), expect: { status: 'Continuous' } },
  { rule: 'RTR-1', title: 'check 29 days before the tenancy is too early', check: 'UK_RTR', input: rent([doc('BRITISH_PASSPORT')], { tenancyStartDate: '2025-04-08' }), expect: { status: 'Rejected', notes: [/repeat it on or after 2025-03-11/] } },
  { rule: 'RTR-1', title: 'check after the tenancy started', check: 'UK_RTR', input: rent([doc('BRITISH_PASSPORT')], { tenancyStartDate: '2025-03-09' }), expect: { status: 'Rejected', notes: [/before the tenancy starts/] } },
  {
    rule: 'RTR-2',
    title: 'online check needs an R share code',
    check: 'UK_RTR',
    input: rent([], { route: 'ONLINE', onlineProfile: { shareCode: 'W12345678', status: 'NO_TIME_LIMIT', photoMatches: true } }),
    expect: { status: 'Rejected', notes: [/starts with W: it is for right to work/] },
  },
  { rule: 'RTR-2', title: 'online check with an R code and no time limit', check: 'UK_RTR', input: rent([], { route: 'ONLINE', onlineProfile: { shareCode: 'r 1234 5678', status: 'NO_TIME_LIMIT', photoMatches: true } }), expect: { status: 'Continuous' } },
  {
    rule: 'RTR-2',
    title: 'IDVT of a valid British passport',
    check: 'UK_RTR',
    input: rent([doc('BRITISH_PASSPORT', { expiryDate: '2030-01-01' })], { route: 'IDVT', idsp: IDSP_PASS }),
    expect: { status: 'Continuous', validations: { RightToRentDigitalIdentityVerificationCheck: 'Passed' }, profile: { RightToRentIdentityProfile: 'M1B' } },
  },
  { rule: 'RTR-2', title: 'Landlord Checking Service PVN', check: 'UK_RTR', input: rent([], { route: 'LCS', pvn: { issueDate: '2025-03-01', outcome: 'POSITIVE' } }), expect: { status: 'Time Limited', followUpDate: '2026-03-10' } },
  { rule: 'RTR-3', title: 'List A group 1: expired British passport', check: 'UK_RTR', input: rent([doc('BRITISH_PASSPORT', { expiryDate: '2020-01-01' })]), expect: { status: 'Continuous', evidence: 'LIST_A_GROUP_1' } },
  {
    rule: 'RTR-3',
    title: 'List A group 2: UK birth certificate + UK photocard driving licence',
    check: 'UK_RTR',
    input: rent([doc('BIRTH_CERTIFICATE'), doc('PHOTOCARD_DRIVING_LICENCE', { expiryDate: '2030-01-01' })]),
    expect: { status: 'Continuous', evidence: 'LIST_A_GROUP_2' },
  },
  { rule: 'RTR-3', title: 'a single group 2 document is not enough', check: 'UK_RTR', input: rent([doc('BIRTH_CERTIFICATE')]), expect: { status: 'Rejected', notes: [/count in pairs/] } },
  {
    rule: 'RTR-3',
    title: 'a government letter older than 3 months does not count',
    check: 'UK_RTR',
    input: rent([doc('BIRTH_CERTIFICATE'), doc('GOVERNMENT_LETTER', { issueDate: '2024-12-09' })]),
    expect: { status: 'Rejected', notes: [/within 3 months/] },
  },
  { rule: 'RTR-4', title: 'List B permission ending within 12 months: follow-up 12 months after the check', check: 'UK_RTR', input: rent([LIMITED('2025-06-30')]), expect: { status: 'Time Limited', followUpDate: '2026-03-10' } },
  { rule: 'RTR-4', title: 'List B permission ending after 12 months: follow-up when it ends', check: 'UK_RTR', input: rent([LIMITED('2027-01-01')]), expect: { status: 'Time Limited', followUpDate: '2027-01-01' } },
  { rule: 'RTR-4', title: 'List B group 2 without a PVN', check: 'UK_RTR', input: rent([doc('APPLICATION_REGISTRATION_CARD')]), expect: { status: 'Rejected', notes: [/Landlord Checking Service/] } },
  { rule: 'RTR-5', title: 'retention: tenancy + 1 year', check: 'UK_RTR', input: rent([doc('IRISH_PASSPORT')]), expect: { status: 'Continuous', notes: [/tenancy \+ 1 year/] } },
  {
    rule: 'RTR-6',
    title: 'physical BRP is not acceptable for right to rent',
    check: 'UK_RTR',
    input: rent([doc('BIOMETRIC_RESIDENCE_PERMIT', { expiryDate: '2029-01-01' })]),
    expect: { status: 'Rejected', notes: [/not acceptable since 2022-04-06/] },
  },
  {
    rule: 'RTR-7',
    title: 'the stated nationality does not change the outcome',
    check: 'UK_RTR',
    input: rent([LIMITED('2027-01-01')], {}, { person: { ...PERSON, nationality: 'NGA' } }),
    expect: { status: 'Time Limited', followUpDate: '2027-01-01' },
    sameOutcomeAs: rent([LIMITED('2027-01-01')], {}, { person: { ...PERSON, nationality: 'GBR' } }),
  },
];
