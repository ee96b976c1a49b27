import { CHECK_DATE, PERSON, doc, type DocumentJson, type Scenario } from './types.js';

type Roi = NonNullable<Scenario['input']['roiRightToWork']>;

const roi = (documents: DocumentJson[], section: Roi = {}, job?: Scenario['input']['job']): Scenario['input'] => ({
  checkDate: CHECK_DATE,
  person: PERSON,
  documents,
  roiRightToWork: section,
  ...(job ? { job } : {}),
});
const irp = (irpStamp: NonNullable<DocumentJson['irpStamp']>, expiryDate = '2026-06-30') => doc('IRP_CARD', { irpStamp, expiryDate });
const permit = (employerName: string, expiryDate = '2026-01-31') => ({ employmentPermit: { permitType: 'CRITICAL_SKILLS', employerName, expiryDate } }) as const;

/** Scenarios of the Republic of Ireland rules (§3). */
export const IRELAND_SCENARIOS: Scenario[] = [
  { rule: 'IE-1', title: 'Irish passport', check: 'ROI_RTW', input: roi([doc('IRISH_PASSPORT', { expiryDate: '2030-01-01' })]), expect: { status: 'Permanent', followUpDate: null, evidence: 'IE-1' } },
  {
    rule: 'IE-1',
    title: 'expired Irish passport card alone is not current evidence',
    check: 'ROI_RTW',
    input: roi([doc('IRISH_PASSPORT_CARD', { expiryDate: '2025-03-09' })]),
    expect: { status: 'Rejected', notes: [/is not current \(expired 2025-03-09\)/], alsoApplied: ['IE-4'] },
  },
  { rule: 'IE-2', title: 'French national ID card', check: 'ROI_RTW', input: roi([doc('NATIONAL_ID_CARD', { expiryDate: '2029-01-01' })]), expect: { status: 'Permanent', evidence: 'IE-2' } },
  { rule: 'IE-2', title: 'Norwegian passport (EEA)', check: 'ROI_RTW', input: roi([doc('PASSPORT', { issuingCountry: 'NOR', expiryDate: '2029-01-01' })]), expect: { status: 'Permanent', evidence: 'IE-2' } },
  { rule: 'IE-2', title: 'Swiss passport', check: 'ROI_RTW', input: roi([doc('PASSPORT', { issuingCountry: 'CHE', expiryDate: '2029-01-01' })]), expect: { status: 'Permanent' } },
  { rule: 'IE-3', title: 'British passport: Common Travel Area', check: 'ROI_RTW', input: roi([doc('BRITISH_PASSPORT', { expiryDate: '2029-01-01' })]), expect: { status: 'Permanent', evidence: 'IE-3' } },
  {
    rule: 'IE-4',
    title: 'a non-EEA passport without an Irish Residence Permit',
    check: 'ROI_RTW',
    input: roi([doc('PASSPORT', { issuingCountry: 'BRA', expiryDate: '2029-01-01' })]),
    expect: { status: 'Rejected', notes: [/no current Irish Residence Permit/] },
  },
  { rule: 'IE-4', title: 'an IRP card that expired the day before the check', check: 'ROI_RTW', input: roi([irp('4', '2025-03-09')]), expect: { status: 'Rejected', notes: [/expired on 2025-03-09/] } },
  { rule: 'IE-STAMP-0', title: 'Stamp 0 does not allow work', check: 'ROI_RTW', input: roi([irp('0')]), expect: { status: 'Rejected', evidence: 'IE-STAMP-0' } },
  {
    rule: 'IE-STAMP-0',
    title: 'Stamp 0 with a permission letter that allows work',
    check: 'ROI_RTW',
    input: roi([irp('0')], { permissionLetterAllowsWork: true }),
    expect: { status: 'Temporary', followUpDate: '2026-06-30', restrictions: /permission letter/ },
  },
  {
    rule: 'IE-STAMP-1',
    title: 'Stamp 1 with an employment permit for this employer: follow-up at the permit’s end',
    check: 'ROI_RTW',
    input: roi([irp('1')], permit('Contoso Ireland Ltd'), { employerName: 'CONTOSO IRELAND LTD' }),
    expect: { status: 'Temporary', followUpDate: '2026-01-31', restrictions: 'Employment permit (CRITICAL_SKILLS) for Contoso Ireland Ltd only' },
  },
  {
    rule: 'IE-STAMP-1',
    title: 'Stamp 1 with another employer’s permit',
    check: 'ROI_RTW',
    input: roi([irp('1')], permit('Fabrikam Dublin DAC'), { employerName: 'Contoso Ireland Ltd' }),
    expect: { status: 'Rejected', notes: [/permit is for Fabrikam Dublin DAC, not this employer/] },
  },
  { rule: 'IE-STAMP-1', title: 'Stamp 1 with an expired permit', check: 'ROI_RTW', input: roi([irp('1')], permit('Contoso Ireland Ltd', '2025-03-09'), { employerName: 'Contoso Ireland Ltd' }), expect: { status: 'Rejected', notes: [/permit expired on 2025-03-09/] } },
  {
    rule: 'IE-STAMP-1',
    title: 'Stamp 1 on a working holiday permission',
    check: 'ROI_RTW',
    input: roi([irp('1', '2025-12-01')], { specificPermission: { kind: 'WORKING_HOLIDAY', expiryDate: '2025-11-30' } }),
    expect: { status: 'Temporary', followUpDate: '2025-11-30' },
  },
  { rule: 'IE-STAMP-1', title: 'Stamp 1 with no permit', check: 'ROI_RTW', input: roi([irp('1')]), expect: { status: 'Rejected' } },
  { rule: 'IE-STAMP-1A', title: 'Stamp 1A for accountancy training with the named body', check: 'ROI_RTW', input: roi([irp('1A')], {}, { accountancyTrainingWithNamedBody: true }), expect: { status: 'Temporary', restrictions: /accountancy training/ } },
  { rule: 'IE-STAMP-1A', title: 'Stamp 1A for any other job', check: 'ROI_RTW', input: roi([irp('1A')]), expect: { status: 'Rejected' } },
  { rule: 'IE-STAMP-1G', title: 'Stamp 1G graduate: up to 40 hours', check: 'ROI_RTW', input: roi([irp('1G')], {}, { hoursPerWeek: 40 }), expect: { status: 'Temporary', restrictions: 'Up to 40 hours per week' } },
  { rule: 'IE-STAMP-1G', title: 'Stamp 1G with a 45-hour job', check: 'ROI_RTW', input: roi([irp('1G')], {}, { hoursPerWeek: 45 }), expect: { status: 'Rejected' } },
  {
    rule: 'IE-STAMP-2',
    title: 'Stamp 2 student, 20 hours in term: casual work with restrictions',
    check: 'ROI_RTW',
    input: roi([irp('2')], {}, { termTimeHoursPerWeek: 20, holidayHoursPerWeek: 40 }),
    expect: { status: 'Temporary', followUpDate: '2026-06-30', restrictions: /20 hours per week in term time/, notes: [/in term time/] },
  },
  { rule: 'IE-STAMP-2', title: 'Stamp 2 with 25 hours in term', check: 'ROI_RTW', input: roi([irp('2')], {}, { termTimeHoursPerWeek: 25 }), expect: { status: 'Rejected', notes: [/up to 20 hours a week in term time/] } },
  { rule: 'IE-STAMP-2', title: 'Stamp 2 self-employment', check: 'ROI_RTW', input: roi([irp('2')], {}, { selfEmployed: true }), expect: { status: 'Rejected', notes: [/self-employment/] } },
  { rule: 'IE-STAMP-2', title: 'Stamp 2 check in the Christmas holidays', check: 'ROI_RTW', input: { ...roi([irp('2')]), checkDate: '2025-12-15' }, expect: { status: 'Temporary', notes: [/student holidays/] } },
  { rule: 'IE-STAMP-2A', title: 'Stamp 2A does not allow work', check: 'ROI_RTW', input: roi([irp('2A')]), expect: { status: 'Rejected' } },
  { rule: 'IE-STAMP-3', title: 'Stamp 3 does not allow work', check: 'ROI_RTW', input: roi([irp('3')]), expect: { status: 'Rejected' } },
  { rule: 'IE-STAMP-4', title: 'Stamp 4: temporary until the IRP expires', check: 'ROI_RTW', input: roi([irp('4')]), expect: { status: 'Temporary', followUpDate: '2026-06-30', restrictions: undefined } },
  { rule: 'IE-STAMP-4EUFAM', title: 'Stamp 4 EU FAM', check: 'ROI_RTW', input: roi([irp('4EUFAM', '2027-02-28')]), expect: { status: 'Temporary', followUpDate: '2027-02-28' } },
  { rule: 'IE-STAMP-5', title: 'Stamp 5: without condition as to time', check: 'ROI_RTW', input: roi([irp('5')]), expect: { status: 'Permanent', followUpDate: null } },
  { rule: 'IE-STAMP-6', title: 'Stamp 6: dual Irish citizenship', check: 'ROI_RTW', input: roi([irp('6')]), expect: { status: 'Permanent', followUpDate: null } },
];
