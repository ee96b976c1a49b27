/** The shapes the back office reads from /api/v1 (only the fields it uses). */

export type Role = 'admin' | 'reviewer' | 'viewer';

export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  tenantId: string;
  tenantName: string;
}

export interface Session {
  user: SessionUser;
  csrfToken: string;
}

export interface InstanceHeader {
  id: string;
  tenantId: string;
  processDefnId: string;
  processDefnName: string;
  processDefnVersion: number;
  processDefinitionType: string | null;
  processTokenId: string | null;
  processTokenCounter: number | null;
  status: string;
  statusLabel?: string;
  createdDtm: string;
  lastUpdatedDtm: string | null;
  completedDtm: string | null;
  elapsedMilliseconds: number | null;
  extId: string | null;
  firstName: string | null;
  lastName: string | null;
  dateOfBirth: string | null;
  phoneNumber: string | null;
  email: string | null;
  nationality: string | null;
  reviewedBy: string | null;
  docNum: string | null;
}

export interface InstancePage {
  processInstances: InstanceHeader[];
  nextCursor: string | null;
}

export interface RiskFactor {
  riskFactorId: string;
  factor: string;
  value: string | null;
  score: number;
  manualOverrideScore?: number | null;
  description?: string;
  status?: string;
}

export interface ProcessResult {
  processResultId: string;
  class: string;
  result: string;
  stepName?: string;
  providerResult?: { name?: string; source?: string; reference?: string; confidence?: number };
  supplementaryData?: Record<string, unknown>;
  systemStatus?: string;
  manualStatus?: string | null;
  updatedBy?: string | null;
}

export interface StepResult {
  stepName: string;
  stepType?: string;
  stepResultId: string;
  elementId?: string;
  result: string;
  startedAt: string | null;
  endedAt: string | null;
  processResults: ProcessResult[];
  summary: Record<string, unknown>;
  errors: unknown[];
}

export interface TimelineActivity {
  name: string;
  elementId: string;
  stepType: string;
  startedAt: string;
  endedAt: string | null;
  durationMs: number | null;
  outcome: string | null;
  attempt?: number;
}

export interface Validation {
  Name: string;
  DisplayName?: string;
  DetailedResult?: string;
  ValidationOutcome?: string | number;
}

export interface InstanceRecord extends InstanceHeader {
  documentIdentifiersHidden?: boolean;
  tokenParameters: Record<string, unknown>;
  workflowResult: {
    workflowExecutionState: string | null;
    status: string;
    result: string | null;
    statusOverrideAt?: string | null;
    statusOverrideBy?: string | null;
    riskAssessment: { riskLevel: string | null; riskScore: number | null; riskFactors: RiskFactor[] } | null;
    workflowStepResults: StepResult[];
    issues: Array<{ category?: string; issue?: string; description?: string } | string>;
  };
  application: { OverallStatus?: string; Validations?: Validation[]; FlexibleFields?: Record<string, unknown>; LivenessTestResult?: string };
  timeline: TimelineActivity[];
  review: { reviewedBy: string | null; statusOverrideAt: string | null; statusOverrideBy: string | null; comment: string | null };
}

export interface FeedbackProperty {
  Name: string;
  Value: boolean;
  ValueUndefined: boolean;
  ErrorMessage: string | null;
}

export interface DocumentRecord {
  DocumentId: string;
  DocumentType: string | null;
  DocumentName: string | null;
  IssuingCountry?: string | null;
  OperatorStatus: string | number;
  OperatorMessage: string | null;
  AuditorStatus: string | number;
  AuditorMessage: string | null;
  AuditedByUser?: string | null;
  OverallStatusName?: string;
  FeedbackFeatures: FeedbackProperty[] | null;
  MrzValidationProperties?: FeedbackProperty[] | null;
  MoreData: Record<string, unknown> | null;
  Images: Array<{ id: string; kind: string; contentType: string; width: number; height: number }>;
  masked?: boolean;
}

export interface Proposal {
  id: string;
  instanceId: string;
  proposedBy: string;
  status: string;
  comment: string | null;
  createdAt: string;
  state: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  decisionComment?: string | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  details: unknown;
}
