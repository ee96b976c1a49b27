import { z } from 'zod';
import {
  documentSchema,
  idspResultSchema,
  isoDate,
  jobSchema,
  manualCheckSchema,
  onlineProfileSchema,
  pvnSchema,
} from './evidence-schema.js';
import { checkInputConsistency } from './input-consistency.js';

export const UK_RTW_ROUTES = ['MANUAL', 'ONLINE', 'IDVT', 'ECS'] as const;
export const RTR_ROUTES = ['MANUAL', 'ONLINE', 'IDVT', 'LCS'] as const;
export const DBS_LEVELS = ['BASIC', 'STANDARD', 'ENHANCED', 'ENHANCED_WITH_BARRED_LISTS'] as const;
export type DbsLevel = (typeof DBS_LEVELS)[number];

const personSchema = z
  .strictObject({
    givenNames: z.string().min(1),
    familyName: z.string().min(1),
    dateOfBirth: isoDate('Date of birth'),
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code in capitals, e.g. GBR')
      .optional()
      .describe('Stated nationality (only DBS route restrictions read it; documents prove citizenship)'),
  })
  .describe('The person being checked');

const ukRightToWorkSchema = z
  .strictObject({
    route: z.enum(UK_RTW_ROUTES).describe('MANUAL documents, ONLINE share code, IDVT via an IDSP, ECS verification notice'),
    onlineProfile: onlineProfileSchema.optional(),
    idsp: idspResultSchema.optional(),
    pvn: pvnSchema.optional().describe('Employer Checking Service Positive Verification Notice'),
    outstandingApplication: z
      .boolean()
      .default(false)
      .describe('The person has an in-time application, appeal or administrative review outstanding'),
    previousFollowUpDate: isoDate('When this is a follow-up check: the follow-up date of the previous check').optional(),
  })
  .describe('UK right to work check');

const roiRightToWorkSchema = z
  .strictObject({
    employmentPermit: z
      .strictObject({
        permitType: z.enum(['CRITICAL_SKILLS', 'GENERAL', 'INTRA_COMPANY_TRANSFER', 'OTHER']),
        employerName: z.string().min(1).describe('Employer named on the permit'),
        expiryDate: isoDate('Permit expiry'),
      })
      .optional(),
    specificPermission: z
      .strictObject({ kind: z.enum(['WORKING_HOLIDAY', 'BUSINESS_PERMISSION']), expiryDate: isoDate('Permission expiry') })
      .optional()
      .describe('Stamp 1 without an employment permit: a working holiday or business permission'),
    permissionLetterAllowsWork: z
      .boolean()
      .default(false)
      .describe('Stamp 0: the immigration permission letter expressly allows work'),
  })
  .describe('Republic of Ireland right to work check');

const rightToRentSchema = z
  .strictObject({
    propertyCountry: z.enum(['ENGLAND', 'WALES', 'SCOTLAND', 'NORTHERN_IRELAND']),
    onlyOrMainHome: z.boolean().default(true).describe('The person will live in the property as their only or main home'),
    tenancyStartDate: isoDate('Start of the tenancy (the check must be within the 28 days before)').optional(),
    route: z.enum(RTR_ROUTES).describe('MANUAL documents, ONLINE share code, IDVT via an IDSP, LCS verification notice'),
    onlineProfile: onlineProfileSchema.optional(),
    idsp: idspResultSchema.optional(),
    pvn: pvnSchema.optional().describe('Landlord Checking Service Positive Verification Notice'),
  })
  .describe('UK right to rent check');

const dbsSchema = z
  .strictObject({
    level: z.enum(DBS_LEVELS).optional().describe('DBS check level (the RTW step’s dbsLevel config takes precedence)'),
    route: z.enum(['DOCUMENTS', 'DIGITAL']).describe('Documents seen by the checker (Routes 1–3), or a digital identity check'),
    idsp: idspResultSchema.optional(),
    externalIdValidation: z.enum(['PASS', 'FAIL']).optional().describe('Route 2: result of the external ID validation service'),
    paidWorkInUk: z.boolean().default(false).describe('The application is for paid work in the UK'),
    roleOutsideUk: z.boolean().default(false).describe('The applicant lives and works outside the UK'),
    dateOfEntryToUk: isoDate('Non-UK driving licences count for 12 months from this date').optional(),
  })
  .describe('DBS identity check');

export const rtwInputSchema = z
  .strictObject({
    checkDate: isoDate('The date of the check; expiry, age and follow-up dates are computed from it'),
    person: personSchema,
    documents: z.array(documentSchema).default([]).describe('Documents presented'),
    manualCheck: manualCheckSchema.optional(),
    job: jobSchema.optional(),
    ukRightToWork: ukRightToWorkSchema.optional(),
    roiRightToWork: roiRightToWorkSchema.optional(),
    rightToRent: rightToRentSchema.optional(),
    dbs: dbsSchema.optional(),
  })
  .superRefine(checkInputConsistency)
  .describe('Input of the idflow right-to-work rules engine (UK right to work, Ireland, UK right to rent, DBS identity)');

export type RtwInput = z.infer<typeof rtwInputSchema>;
export type RtwInputJson = z.input<typeof rtwInputSchema>;
export type UkRightToWorkInput = NonNullable<RtwInput['ukRightToWork']>;
export type RightToRentInput = NonNullable<RtwInput['rightToRent']>;
export type DbsInput = NonNullable<RtwInput['dbs']>;
