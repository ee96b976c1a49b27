import { CHECK_DATE, IDSP_PASS, PERSON, doc, type DocumentJson, type Scenario } from './types.js';

type Dbs = NonNullable<Scenario['input']['dbs']>;

const dbs = (level: Dbs['level'], documents: DocumentJson[], section: Partial<Dbs> = {}, extra: Partial<Scenario['input']> = {}): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  documents,
  dbs: { level, route: 'DOCUMENTS', ...section },
  ...extra,
});
const digital = (level: Dbs['level'], identityProfile: string, documents: DocumentJson[] = [PASSPORT]) =>
  dbs(level, documents, { route: 'DIGITAL', idsp: { ...IDSP_PASS, identityProfile } });

const PASSPORT = doc('BRITISH_PASSPORT', { expiryDate: '2030-01-01' });
const UTILITY = doc('UTILITY_BILL', { issueDate: '2025-02-01', showsCurrentAddress: true });
const BANK = doc('BANK_STATEMENT', { issueDate: '2025-01-20' });
const P60 = doc('P45_P60', { issueDate: '2024-04-30' });
const COUNCIL_TAX = doc('COUNCIL_TAX_STATEMENT', { issueDate: '2024-06-01', showsCurrentAddress: true });
const MARRIAGE = doc('MARRIAGE_OR_CIVIL_PARTNERSHIP_CERTIFICATE');
const LATER_BIRTH = doc('BIRTH_CERTIFICATE', { issueDate: '2010-06-01' });
const FIREARMS = doc('FIREARMS_LICENCE');
const ROUTE_3_DOCS = [LATER_BIRTH, FIREARMS, UTILITY, BANK, P60];
const STANDARD_CHECK = 'DBSStandardOrEnhancedDigitalIdentityVerificationCheck';

/** Scenarios of DBS identity checking (§4). */
export const DBS_SCENARIOS: Scenario[] = [
  { rule: 'DBS-ROUTE-1', title: 'passport + utility bill + bank statement', check: 'DBS', input: dbs('STANDARD', [PASSPORT, UTILITY, BANK]), expect: { status: 'Passed', route: 'ROUTE_1', validations: { [STANDARD_CHECK]: 'Passed' } } },
  { rule: 'DBS-ROUTE-1', title: 'Group 1 document + only one more', check: 'DBS', input: dbs('STANDARD', [PASSPORT, UTILITY]), expect: { status: 'Failed', route: 'NONE', notes: [/Route 1 needs 3 documents/], validations: { [STANDARD_CHECK]: 'Failed' } } },
  { rule: 'DBS-ROUTE-1', title: 'no document shows the current address', check: 'DBS', input: dbs('ENHANCED', [PASSPORT, BANK, P60]), expect: { status: 'Failed', notes: [/current address/] } },
  {
    rule: 'DBS-ROUTE-2',
    title: 'no Group 1: marriage certificate + council tax + P60 + external ID validation',
    check: 'DBS',
    input: dbs('BASIC', [MARRIAGE, COUNCIL_TAX, P60], { externalIdValidation: 'PASS' }),
    expect: { status: 'Passed', route: 'ROUTE_2', validations: { DBSBasicIdentityVerificationCheck: 'Passed' } },
  },
  { rule: 'DBS-ROUTE-2', title: 'Route 2 without the external ID validation', check: 'DBS', input: dbs('BASIC', [MARRIAGE, COUNCIL_TAX, P60]), expect: { status: 'Failed', notes: [/external ID validation/] } },
  {
    rule: 'DBS-ROUTE-3',
    title: 'later-issued birth certificate + firearms licence + three 2b documents (Enhanced)',
    check: 'DBS',
    input: dbs('ENHANCED', ROUTE_3_DOCS),
    expect: { status: 'Passed', route: 'ROUTE_3' },
  },
  { rule: 'DBS-ROUTE-3', title: 'Route 3 with one document short: fingerprints may be needed', check: 'DBS', input: dbs('STANDARD', ROUTE_3_DOCS.slice(0, 4)), expect: { status: 'Failed', notes: [/fingerprints/] } },
  { rule: 'DBS-BASIC-ROUTES', title: 'Basic checks cannot use Route 3', check: 'DBS', input: dbs('BASIC', ROUTE_3_DOCS), expect: { status: 'Failed', route: 'NONE', notes: [/Routes 1 and 2 only/] } },
  {
    rule: 'DBS-NON-UK-ROUTE-1',
    title: 'non-UK national applying for paid work in the UK cannot use Route 2',
    check: 'DBS',
    input: dbs('STANDARD', [MARRIAGE, COUNCIL_TAX, P60], { externalIdValidation: 'PASS', paidWorkInUk: true }, { person: { ...PERSON, nationality: 'IND' } }),
    expect: { status: 'Failed', notes: [/must use Route 1/] },
  },
  {
    rule: 'DBS-ORIGINALS',
    title: 'a self-printed bank statement does not count',
    check: 'DBS',
    input: dbs('STANDARD', [PASSPORT, UTILITY, { ...BANK, original: false }]),
    expect: { status: 'Failed', notes: [/not an original/] },
  },
  { rule: 'DBS-ORIGINALS', title: 'a document in a previous name does not count', check: 'DBS', input: dbs('STANDARD', [PASSPORT, UTILITY, { ...BANK, inCurrentName: false }]), expect: { status: 'Failed', notes: [/current name/] } },
  {
    rule: 'DBS-GROUP-1',
    title: 'birth certificate issued within 12 months of birth is Group 1',
    check: 'DBS',
    input: dbs('STANDARD', [doc('BIRTH_CERTIFICATE', { issueDate: '1991-05-16' }), UTILITY, BANK]),
    expect: { status: 'Passed', route: 'ROUTE_1' },
  },
  {
    rule: 'DBS-GROUP-2A',
    title: 'birth certificate issued 12 months after birth is Group 2a, so Route 1 is not open',
    check: 'DBS',
    input: dbs('STANDARD', [doc('BIRTH_CERTIFICATE', { issueDate: '1991-05-17' }), UTILITY, BANK]),
    expect: { status: 'Failed', alsoApplied: ['DBS-ROUTE-2', 'DBS-ROUTE-3'] },
  },
  { rule: 'DBS-GROUP-1', title: 'an expired passport does not count', check: 'DBS', input: dbs('STANDARD', [doc('PASSPORT', { expiryDate: '2025-03-09' }), UTILITY, BANK]), expect: { status: 'Failed', notes: [/must be current/] } },
  {
    rule: 'DBS-GROUP-2A',
    title: 'an Irish passport card does not count together with an Irish passport',
    check: 'DBS',
    input: dbs('STANDARD', [doc('IRISH_PASSPORT', { expiryDate: '2030-01-01' }), doc('IRISH_PASSPORT_CARD', { expiryDate: '2030-01-01' }), UTILITY]),
    expect: { status: 'Failed', notes: [/together with an Irish passport/] },
  },
  {
    rule: 'DBS-GROUP-2A',
    title: 'a Polish licence counts up to 12 months from entry to the UK',
    check: 'DBS',
    input: dbs('STANDARD', [doc('PHOTOCARD_DRIVING_LICENCE', { issuingCountry: 'POL', expiryDate: '2030-01-01' }), COUNCIL_TAX, P60], { externalIdValidation: 'PASS', dateOfEntryToUk: '2024-03-11' }),
    expect: { status: 'Passed', route: 'ROUTE_2' },
  },
  {
    rule: 'DBS-GROUP-2A',
    title: 'a Polish licence no longer counts 12 months after entry',
    check: 'DBS',
    input: dbs('STANDARD', [doc('PHOTOCARD_DRIVING_LICENCE', { issuingCountry: 'POL', expiryDate: '2030-01-01' }), COUNCIL_TAX, P60], { externalIdValidation: 'PASS', dateOfEntryToUk: '2024-03-10' }),
    expect: { status: 'Failed', notes: [/12 months from entry to the UK \(2024-03-10\)/] },
  },
  {
    rule: 'DBS-GROUP-2B',
    title: 'a utility bill older than 3 months does not count',
    check: 'DBS',
    input: dbs('STANDARD', [PASSPORT, BANK, { ...UTILITY, issueDate: '2024-12-09' }]),
    expect: { status: 'Failed', notes: [/must be issued within 3 months \(on or after 2024-12-10\)/] },
  },
  { rule: 'DBS-GROUP-2B', title: 'a utility bill issued exactly 3 months before counts', check: 'DBS', input: dbs('STANDARD', [PASSPORT, BANK, { ...UTILITY, issueDate: '2024-12-10' }]), expect: { status: 'Passed' } },
  { rule: 'DBS-GROUP-2B', title: 'a mobile phone bill does not count', check: 'DBS', input: dbs('STANDARD', [PASSPORT, UTILITY, doc('MOBILE_PHONE_BILL', { issueDate: '2025-03-01' })]), expect: { status: 'Failed', notes: [/mobile/] } },
  {
    rule: 'DBS-GPG45-PROFILE',
    title: 'profile M1B is medium confidence',
    check: 'DBS',
    input: digital('BASIC', 'M1B'),
    expect: { status: 'Passed', route: 'DIGITAL', profile: { DBSBasicIdentityProfile: 'M1B' }, validations: { DBSBasicIdentityVerificationCheck: 'Passed' } },
  },
  { rule: 'DBS-DIGITAL-BASIC', title: 'Basic digital identity at GPG45 low fails', check: 'DBS', input: digital('BASIC', 'L1A'), expect: { status: 'Failed', profile: { DBSBasicIdentityProfile: 'Fail' } } },
  {
    rule: 'DBS-DIGITAL-BASIC',
    title: 'Basic digital identity on a non-permitted document: later checks not performed, liveness still run',
    check: 'DBS',
    input: digital('BASIC', 'M1B', [doc('NI_NUMBER_DOCUMENT')]),
    expect: {
      status: 'Failed',
      profile: { DBSBasicIdentityProfile: 'Fail' },
      validations: {
        DBSBasicIdentityVerificationCheck: 'Failed',
        DBSBasicDigitalIdentityPermittedDocumentVerification: 'Failed',
        DBSBasicDigitalIdentityDocumentValidationVerification: 'NotPerformed',
        DBSBasicDigitalIdentityIdentityFraudVerification: 'NotPerformed',
        DBSBasicDigitalIdentityFaceMatchVerification: 'NotPerformed',
        DBSBasicDigitalIdentityLivenessVerification: 'Passed',
      },
    },
  },
  {
    rule: 'DBS-DIGITAL-STANDARD-ENHANCED',
    title: 'Standard digital identity needs high confidence: M1B fails',
    check: 'DBS',
    input: digital('STANDARD', 'M1B'),
    expect: { status: 'Failed', profile: { DBSStandardOrDBSEnhancedProfile: 'Fail' }, notes: [/below the required HIGH/] },
  },
  {
    rule: 'DBS-DIGITAL-STANDARD-ENHANCED',
    title: 'Enhanced with barred lists at H2A passes',
    check: 'DBS',
    input: digital('ENHANCED_WITH_BARRED_LISTS', 'H2A'),
    expect: { status: 'Passed', profile: { DBSStandardOrDBSEnhancedProfile: 'H2A' }, validations: { [STANDARD_CHECK]: 'Passed', DBSStandardOrEnhancedDigitalIdentityLivenessVerification: 'Passed' } },
  },
  { rule: 'DBS-RETENTION', title: 'the digital identity report is kept 6 months', check: 'DBS', input: digital('BASIC', 'M1C'), expect: { status: 'Passed', retainUntil: '2025-09-10' } },
];
