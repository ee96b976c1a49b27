import type { z } from 'zod';
import type { Db } from '../store/db.js';
import type { ApplicantFields } from '../domain/applicant.js';
import type { StepKind } from '../domain/workflow-graph.js';
import type { StepRiskAssessment } from '../domain/risk.js';
import type {
  ErrorObject,
  Individual,
  Issue,
  ProcessResult,
  ServiceProvider,
  StepResult,
  StepResultCode,
  Validation,
  WorkflowStatus,
} from '../domain/index.js';

/** Everything a step may read while it runs. Steps get IO only through `db` and `services`. */
export interface StepContext<Config = Record<string, unknown>> {
  db: Db;
  tenantId: string;
  instanceId: string;
  /** Equal to the instance id: one instance is one workflow execution. */
  workflowExecutionId: string;
  requestId: string;
  /** BPMN element id of this step, and its display name (`stepName`). */
  elementId: string;
  stepName: string;
  config: Config;
  entity: Individual;
  applicant: ApplicantFields;
  /** Token parameters and any other input the instance was started with. */
  input: Record<string, unknown>;
  /** Results of the steps already run in this instance, in order. */
  previous: StepResult[];
  now: Date;
  /** Aborted when the step's timeout elapses. */
  signal: AbortSignal;
  services: StepServices;
}

/**
 * Long-lived, process-wide services that steps use (the screening index, …). Each step folder that needs one
 * adds it to this interface by declaration merging (see steps/aml/services.ts), so the composition root
 * that builds the object must supply every service some registered step declares.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging in the step folders
export interface StepServices {}

/** A process result object as a step produces it; the engine fills ids, timestamps and bookkeeping. */
export type ProDraft = Omit<
  ProcessResult,
  'processResultId' | 'schemaVersion' | 'entityId' | 'requestId' | 'stepName' | 'stepType' | 'createdAt' | 'updatedAt' | 'systemStatus' | 'state'
> &
  Partial<Pick<ProcessResult, 'systemStatus' | 'state'>> & {
    /** Optional stable id (e.g. to refer to it from `issues`); generated when absent. */
    processResultId?: string;
  };

export interface RiskFactorDraft {
  factor: string;
  value: string;
  score: number;
  description?: string;
}

export interface StepOutput {
  result: StepResultCode;
  processResults?: ProDraft[];
  serviceProviders?: ServiceProvider[];
  summary?: Record<string, unknown>;
  stepData?: Record<string, unknown>;
  errors?: ErrorObject[];
  objectType?: string;
  objectId?: string;
  /** Issues to add to the workflowResult (DECISION fills these with its reasons). */
  issues?: Issue[];
  /** Risk factors this step contributes (the RISK step computes the assessment from them). */
  riskFactors?: RiskFactorDraft[];
  /** The entity's risk assessment, from a step that computes one (RISK); stored with its factors. */
  riskAssessment?: StepRiskAssessment;
  /** A DECISION-type step sets the workflow result. */
  workflowResult?: WorkflowStatus;
  /** TrustID application-level validations (PepAndSanctionCheck, DBS…IdentityVerificationCheck, …). */
  validations?: Validation[];
  /** TrustID flexible fields (`__RTW_RightToWorkStatus`, …). */
  flexibleFields?: Record<string, string>;
  /** Applicant fields learned by the step; they fill only the instance fields still empty. */
  applicantFields?: ApplicantFields;
  /** A user task that is waiting for the applicant: the instance stops here until input arrives. */
  waiting?: boolean;
}

/** A failure a step reports; `retryable` alone decides retry (with backoff) or ERROR. */
export class StepFailure extends Error {
  readonly code: string;
  readonly retryable: boolean;
  constructor(code: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
  }
}

export interface StepType<Config = unknown> {
  /** Registered name, e.g. 'AML'. */
  type: string;
  /** How the engine runs it (see StepKind). */
  kind: StepKind;
  /** Validates the `config` of the step in a definition; errors name the element. */
  configSchema: z.ZodType<Config>;
  run(ctx: StepContext<Config>): Promise<StepOutput>;
}
