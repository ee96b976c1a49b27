// Every enum of the design, defined once. Names are the references' own.

export const INSTANCE_STATUSES = [
  'PENDING',
  'ACTIVE',
  'PAUSED',
  'REVIEW',
  'COMPLETED_ENDED_SUCCESS',
  'COMPLETED_ENDED_ERROR',
  'COMPLETED_PROCESS_ERROR',
  'COMPLETED_TERMINATED',
] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

export const INSTANCE_STATUS_LABELS: Record<InstanceStatus, string> = {
  PENDING: 'Pending',
  ACTIVE: 'In Progress',
  PAUSED: 'Paused',
  REVIEW: 'Review',
  COMPLETED_ENDED_SUCCESS: 'Accepted',
  COMPLETED_ENDED_ERROR: 'Declined',
  COMPLETED_PROCESS_ERROR: 'Error',
  COMPLETED_TERMINATED: 'Abandoned',
};

export const WORKFLOW_EXECUTION_STATES = ['IN_PROGRESS', 'COMPLETED', 'ERROR', 'TIMEOUT', 'CANCELED'] as const;
export type WorkflowExecutionState = (typeof WORKFLOW_EXECUTION_STATES)[number];

/** The 14 workflow statuses/results of the FrankieOne reference. */
export const WORKFLOW_STATUSES = [
  'UNCHECKED',
  'IN_PROGRESS',
  'REVIEW',
  'PASS',
  'FAIL',
  'COMPLETE',
  'INCOMPLETE',
  'NEEDS_APPROVAL',
  'APPROVED',
  'REJECTED',
  'BLOCKED',
  'CLEAR',
  'URGENT',
  'MONITOR',
] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const STEP_RESULTS = [
  'UNCHECKED',
  'SKIPPED',
  'MISSING_DATA',
  'PASS',
  'FAIL',
  // DECISION's third outcome (PASS, FAIL, REVIEW).
  'REVIEW',
  'COMPLETE',
  'INCOMPLETE',
  'MATCH',
  'NO_MATCH',
  'PARTIAL',
  'CLEAR',
  'HIT',
  'CLEARED',
  'EXPIRED',
  'NOT_APPLICABLE',
  'ERROR',
] as const;
export type StepResultCode = (typeof STEP_RESULTS)[number];

/** Step results counted as "passed" in `steps.passed`; the others go to `steps.failed`. */
export const PASSING_STEP_RESULTS: ReadonlySet<StepResultCode> = new Set([
  'PASS',
  'COMPLETE',
  'MATCH',
  'CLEAR',
  'CLEARED',
  'NOT_APPLICABLE',
  'SKIPPED',
]);

export const PRO_STATES = ['IN_PROGRESS', 'COMPLETED', 'TIMEOUT', 'ERROR'] as const;
export type ProState = (typeof PRO_STATES)[number];

export const PRO_SYSTEM_STATUSES = ['VALID', 'STALE', 'MARKED_INVALID'] as const;
export type ProSystemStatus = (typeof PRO_SYSTEM_STATUSES)[number];

/** Manual statuses a reviewer may set on a process result object. */
export const PRO_MANUAL_STATUSES = ['TRUE_POSITIVE', 'FALSE_POSITIVE', 'CLEAR', 'REJECTED'] as const;
export type ProManualStatus = (typeof PRO_MANUAL_STATUSES)[number];

export const PRO_CLASSES = ['KYC', 'AML', 'IDV', 'MATCHLIST', 'FACE', 'RTW', 'RISK', 'DECISION'] as const;
export type ProClass = (typeof PRO_CLASSES)[number];

export const RISK_LEVELS = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'UNACCEPTABLE'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_FACTOR_STATUSES = ['VALID', 'STALE', 'OVERRIDDEN', 'DISCARDED'] as const;
export type RiskFactorStatus = (typeof RISK_FACTOR_STATUSES)[number];

export const ENTITY_TYPES = ['INDIVIDUAL', 'ORGANIZATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** TrustID document status, with its numeric code. */
export const DOCUMENT_STATUS = {
  Undefined: 0,
  Accepted: 1,
  Referred: 2,
  Failed: 3,
  Rejected: 4,
  NoValidation: 5,
} as const;
export type DocumentStatus = keyof typeof DOCUMENT_STATUS;
export const DOCUMENT_STATUSES = Object.keys(DOCUMENT_STATUS) as DocumentStatus[];

export const PROCESS_TOKEN_TYPES = ['UNLIMITED', 'MULTI_USE_COUNT_LIMITED', 'MULTI_USE_TIME_LIMITED'] as const;
export type ProcessTokenType = (typeof PROCESS_TOKEN_TYPES)[number];

export const PROCESS_TOKEN_STATUSES = ['ACTIVE', 'INACTIVE', 'EXPIRED', 'CONSUMED'] as const;
export type ProcessTokenStatus = (typeof PROCESS_TOKEN_STATUSES)[number];

export const ROLES = ['admin', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Shown wherever an applicant field is empty. */
export const NOT_AVAILABLE = 'Not available';
