import { z } from 'zod';
import {
  ENTITY_TYPES,
  PRO_MANUAL_STATUSES,
  PRO_STATES,
  PRO_SYSTEM_STATUSES,
  RISK_FACTOR_STATUSES,
  RISK_LEVELS,
  STEP_RESULTS,
  WORKFLOW_EXECUTION_STATES,
  WORKFLOW_STATUSES,
} from './vocabulary.js';

// The shapes of the FrankieOne workflowResult, field for field.

export const issueSchema = z.object({
  category: z.string(),
  issue: z.string(),
  severity: z.enum(['INFO', 'WARNING', 'ERROR', 'CRITICAL']).optional(),
  stepName: z.string().optional(),
  processResultId: z.string().optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const errorObjectSchema = z.object({ code: z.string(), message: z.string() });
export type ErrorObject = z.infer<typeof errorObjectSchema>;

export const providerResultSchema = z.object({
  name: z.string(),
  source: z.string().optional(),
  sourceNormalized: z.string().optional(),
  /** A number (AML scores) or, for KYC, the match strength "0"–"100" as the reference writes it. */
  confidence: z.union([z.number(), z.string()]).optional(),
  reference: z.string().optional(),
  riskScore: z.number().optional(),
});

export const riskFactorSchema = z.object({
  riskFactorId: z.string(),
  factor: z.string(),
  value: z.string(),
  score: z.number(),
  description: z.string().optional(),
  workflowExecutionId: z.string().optional(),
  stepResultId: z.string().optional(),
  manualOverrideScore: z.number().optional(),
  status: z.enum(RISK_FACTOR_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
  updatedRequestId: z.string().optional(),
  createdServiceProfileId: z.string().optional(),
  createdWorkflowExecutionId: z.string().optional(),
  createdStepResultId: z.string().optional(),
});
export type RiskFactor = z.infer<typeof riskFactorSchema>;

export const riskAssessmentSchema = z.object({
  serviceProfileId: z.string().optional(),
  riskAssessmentId: z.string(),
  workflowId: z.string().optional(),
  workflowExecutionId: z.string(),
  entityId: z.string(),
  schemaVersion: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
  updatedRequestId: z.string().optional(),
  workflowRiskScore: z.number(),
  workflowRiskLevel: z.enum(RISK_LEVELS),
  riskScore: z.number(),
  riskLevel: z.enum(RISK_LEVELS),
  isOutdated: z.boolean(),
  riskFactors: z.array(riskFactorSchema),
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

export const processResultSchema = z.object({
  processResultId: z.string(),
  schemaVersion: z.number(),
  entityId: z.string(),
  requestId: z.string().optional(),
  stepName: z.string(),
  stepType: z.string(),
  class: z.string(),
  objectType: z.string(),
  objectId: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  groupId: z.string().optional(),
  providerResult: providerResultSchema,
  result: z.enum(STEP_RESULTS),
  supplementaryData: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(errorObjectSchema).optional(),
  notes: z.record(z.string(), z.unknown()).optional(),
  systemStatus: z.enum(PRO_SYSTEM_STATUSES),
  manualStatus: z.enum(PRO_MANUAL_STATUSES).optional(),
  state: z.enum(PRO_STATES),
  riskFactors: z.array(riskFactorSchema).optional(),
  updatedBy: z.string().optional(),
});
export type ProcessResult = z.infer<typeof processResultSchema>;

export const serviceProviderSchema = z.object({
  provider: z.string(),
  result: z.enum(STEP_RESULTS),
  startedAt: z.string(),
  endedAt: z.string(),
  errorCount: z.number().optional(),
});
export type ServiceProvider = z.infer<typeof serviceProviderSchema>;

export const stepResultSchema = z.object({
  stepName: z.string(),
  stepType: z.string(),
  stepResultId: z.string(),
  workflowExecutionId: z.string(),
  elementId: z.string(),
  result: z.enum(STEP_RESULTS),
  startedAt: z.string(),
  endedAt: z.string(),
  requestId: z.string().optional(),
  objectType: z.string(),
  objectId: z.string().optional(),
  serviceProviders: z.array(serviceProviderSchema),
  processResults: z.array(processResultSchema),
  summary: z.record(z.string(), z.unknown()),
  stepData: z.record(z.string(), z.unknown()),
  errors: z.array(errorObjectSchema),
});
export type StepResult = z.infer<typeof stepResultSchema>;

export const workflowResultSchema = z.object({
  workflowExecutionId: z.string(),
  workflowExecutionState: z.enum(WORKFLOW_EXECUTION_STATES).nullable(),
  status: z.enum(WORKFLOW_STATUSES),
  result: z.enum(WORKFLOW_STATUSES),
  statusOverrideAt: z.string().optional(),
  statusOverrideRequestId: z.string().optional(),
  statusOverrideBy: z.string().optional(),
  riskAssessment: riskAssessmentSchema.optional(),
  steps: z.object({ passed: z.array(z.string()), failed: z.array(z.string()), order: z.array(z.string()) }),
  issues: z.array(issueSchema),
  workflowStepResults: z.array(stepResultSchema),
  serviceProfileId: z.string().optional(),
  workflowId: z.string(),
  workflowName: z.string(),
  entityType: z.enum(ENTITY_TYPES),
  entityId: z.string(),
  errors: z.array(errorObjectSchema),
  requestId: z.string().optional(),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().optional(),
  schemaVersion: z.literal(2),
  notes: z.record(z.string(), z.unknown()).optional(),
});
export type WorkflowResult = z.infer<typeof workflowResultSchema>;

/** Parsed address components (KYC address verification compares them one by one). */
export const addressComponentFields = {
  unitNumber: z.string().optional(),
  streetNumber: z.string().optional(),
  streetName: z.string().optional(),
  streetType: z.string().optional(),
  district: z.string().optional(),
  subdivision: z.string().optional(),
};

/** An individual's address: as one street line, or parsed into components. */
export const addressSchema = z.object({
  streetAddress: z.string().optional(),
  ...addressComponentFields,
  locality: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
});

/** An individual (the FrankieOne entity), with the fields idflow's checks use. */
export const individualSchema = z.object({
  entityId: z.string(),
  entityType: z.literal('INDIVIDUAL'),
  name: z.object({
    givenName: z.string().optional(),
    middleName: z.string().optional(),
    familyName: z.string().optional(),
    displayName: z.string(),
  }),
  dateOfBirth: z.string().optional(),
  nationality: z.string().optional(),
  gender: z.enum(['M', 'F', 'U']).optional(),
  email: z.string().optional(),
  phoneNumber: z.string().optional(),
  addresses: z.array(addressSchema).optional(),
  documents: z.array(z.object({ type: z.string(), number: z.string(), country: z.string().optional() })).optional(),
  monitored: z.boolean().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type Individual = z.infer<typeof individualSchema>;

/** A TrustID application-level validation (KycAmlCheck, PepAndSanctionCheck, …). */
export const validationSchema = z.object({
  Name: z.string(),
  DisplayName: z.string(),
  DetailedResult: z.string(),
  ValidationOutcome: z.enum(['Passed', 'Failed', 'Referred', 'NotPerformed']),
  // The rest of a TrustID validation's fields (null where TrustID has nothing to say).
  ActionsText: z.string().nullable().optional(),
  DescriptionText: z.string().nullable().optional(),
  DocumentContainerId: z.string().nullable().optional(),
  Id: z.string().nullable().optional(),
  InformationText: z.string().nullable().optional(),
  OutcomeCommentText: z.string().nullable().optional(),
  RefFieldNames: z.array(z.string()).nullable().optional(),
});
export type Validation = z.infer<typeof validationSchema>;
