import { z } from 'zod';
import { DOCUMENT_TYPES, ENDORSEMENTS, IRP_STAMPS } from './document-types.js';

// The pieces of evidence an RTW input is made of: documents, work conditions, an online
// profile, an IDSP result, a Positive Verification Notice. Shared by all four evaluations.

export const isoDate = (description: string) =>
  z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD' }).describe(description);

const countryCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code in capitals, e.g. GBR, IRL, FRA (JEY, GGY, IMN for the Crown Dependencies)');

export const workConditionSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('STUDENT_TERM_TIME'),
      maxHoursPerWeekInTerm: z.number().positive().default(20).describe('Hours a week allowed in term time (usually 20)'),
      text: z.string().optional().describe('The condition exactly as written on the document or profile'),
    }),
    z.strictObject({
      type: z.literal('SPONSOR_SPECIFIC'),
      sponsorName: z.string().min(1).describe('The licensed sponsor the permission is tied to'),
      occupation: z.string().optional().describe('The sponsored role or occupation code'),
      text: z.string().optional(),
    }),
    z.strictObject({ type: z.literal('NO_WORK'), text: z.string().optional() }),
    z.strictObject({ type: z.literal('OTHER'), text: z.string().min(1).describe('A condition the engine cannot evaluate; stored verbatim') }),
  ])
  .meta({ id: 'WorkCondition', description: 'A work restriction or condition attached to a permission' });
export type WorkCondition = z.infer<typeof workConditionSchema>;

export const documentSchema = z
  .strictObject({
    type: z.enum(DOCUMENT_TYPES).describe('What the document is (see docs/rtw.md for the vocabulary)'),
    issuingCountry: countryCode.describe('Country (or Crown Dependency) that issued the document'),
    documentNumber: z.string().optional(),
    holderName: z.string().optional().describe('Name as printed; compared with the person’s name'),
    dateOfBirth: isoDate('Date of birth as printed; must match the person’s').optional(),
    issueDate: isoDate('Date of issue (statements and letters: the date they were issued)').optional(),
    expiryDate: isoDate('Expiry date; a document is current when it expires on or after the check date').optional(),
    current: z.boolean().optional().describe('For documents without an expiry date: whether the document is still valid'),
    original: z.boolean().default(true).describe('False for photocopies and self-printed online statements'),
    inCurrentName: z.boolean().default(true).describe('Whether the document is in the applicant’s current name'),
    showsCurrentAddress: z.boolean().default(false).describe('Whether the document shows the applicant’s current address'),
    hasPhotograph: z.boolean().optional().describe('Whether the document carries the holder’s photograph'),
    endorsement: z.enum(ENDORSEMENTS).optional().describe('Immigration endorsement or Crown Dependency leave shown'),
    permissionExpiry: isoDate('End of a limited permission (LIMITED_LEAVE)').optional(),
    workConditions: z.array(workConditionSchema).optional(),
    homeOfficeVerified: z
      .boolean()
      .optional()
      .describe('Crown Dependency documents: verified by the Home Office Employer (or Landlord) Checking Service'),
    applicationDate: isoDate('EU Settlement Scheme documents: date the application was made').optional(),
    permitsEmployment: z.boolean().optional().describe('Application Registration Card: states the holder may take the employment'),
    irpStamp: z.enum(IRP_STAMPS).optional().describe('Irish Residence Permit stamp'),
    issuerInCountryOfResidence: z
      .boolean()
      .optional()
      .describe('Non-UK bank statements: the branch is in the country where the applicant lives and works'),
  })
  .meta({ id: 'Document', description: 'A document presented by the person' });
export type RtwDocument = z.infer<typeof documentSchema>;

export const onlineProfileSchema = z
  .strictObject({
    shareCode: z.string().min(1).describe('The share code the person gave (W… for work, R… for rent)'),
    shareCodeIssueDate: isoDate('When the share code was generated (valid 90 days)').optional(),
    status: z
      .enum(['NO_TIME_LIMIT', 'TIME_LIMITED', 'NO_RIGHT'])
      .describe('What the Home Office profile shows: no time limit, a limited permission, or no right'),
    immigrationStatus: z.string().optional().describe('Status as shown, e.g. "EU Settlement Scheme - pre-settled status"'),
    permissionExpiry: isoDate('End of a limited permission').optional(),
    conditions: z.array(workConditionSchema).optional(),
    photoMatches: z.boolean().describe('The profile photograph is a likeness of the person (in person or live video)'),
  })
  .meta({ id: 'OnlineProfile', description: 'Home Office view-and-prove result' });

export const idspResultSchema = z
  .strictObject({
    provider: z.string().optional().describe('Identity service provider name'),
    certified: z.boolean().describe('The IDSP is certified against the UK digital identity (DVS) trust framework'),
    identityProfile: z
      .string()
      .regex(/^[LMHV]\d[A-Z]$/, 'expected a GPG45 identity profile code such as M1B or H2A')
      .optional()
      .describe('GPG45 identity profile achieved; absent when the IDSP could not reach any profile'),
    documentIndex: z.number().int().min(0).optional().describe('Index in `documents` of the document the IDSP verified'),
    documentVerification: z.enum(['PASS', 'REJECTED', 'NO_VALIDATION', 'FAILED']),
    documentPresent: z.enum(['PASS', 'FAIL']).optional().describe('The document was physically present (not a screen or photocopy)'),
    identityFraud: z.enum(['PASS', 'FAIL']),
    faceMatch: z.enum(['PASS', 'UNSURE', 'FAIL']),
    liveness: z.enum(['PASS', 'FAIL']),
  })
  .meta({ id: 'IdspResult', description: 'Result of an identity service provider check (IDVT / digital identity)' });
export type IdspResult = z.infer<typeof idspResultSchema>;

export const pvnSchema = z
  .strictObject({
    issueDate: isoDate('Date of the Positive Verification Notice'),
    outcome: z.enum(['POSITIVE', 'NEGATIVE']).describe('POSITIVE: the person may do the work; NEGATIVE: they may not'),
    reference: z.string().optional(),
    workConditions: z.array(workConditionSchema).optional(),
  })
  .meta({ id: 'VerificationNotice', description: 'Employer (or Landlord) Checking Service verification notice' });
export type Pvn = z.infer<typeof pvnSchema>;

export const manualCheckSchema = z
  .strictObject({
    photographsConsistent: z.boolean().describe('Photographs are consistent across documents and with the person'),
    documentsGenuine: z.boolean().describe('Documents are genuine, not tampered with, and belong to the holder'),
    nameDifferencesExplained: z
      .boolean()
      .default(false)
      .describe('Different names are explained by a marriage certificate, divorce decree or deed poll'),
  })
  .meta({ id: 'ManualCheck', description: 'What the checker confirmed in the presence of the holder (or by live video with originals held)' });

export const jobSchema = z
  .strictObject({
    employerName: z.string().optional().describe('This employer'),
    occupation: z.string().optional(),
    hoursPerWeek: z.number().nonnegative().optional(),
    termTimeHoursPerWeek: z.number().nonnegative().optional().describe('Hours a week during the student’s term time'),
    holidayHoursPerWeek: z.number().nonnegative().optional(),
    selfEmployed: z.boolean().optional(),
    accountancyTrainingWithNamedBody: z
      .boolean()
      .optional()
      .describe('Ireland Stamp 1A: the job is full-time paid accountancy training with the body named on the permission'),
  })
  .meta({ id: 'Job', description: 'The work being offered' });
export type Job = z.infer<typeof jobSchema>;
