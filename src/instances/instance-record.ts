import { isoTimestamp, isoTimestampOrNull } from '../domain/timestamps.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import type { ActivityRow, RiskRows } from '../store/sql/load-instance.js';
import type { RiskAssessment, RiskFactor, StepResult, WorkflowResult } from '../domain/schemas.js';
import { INSTANCE_STATUS_LABELS, PASSING_STEP_RESULTS, type InstanceStatus } from '../domain/vocabulary.js';

const opt = <K extends string, V>(key: K, value: V | null | undefined) => (value === null || value === undefined ? {} : { [key]: value });

/** The TrustX instance header of a row. */
export function instanceHeader(row: InstanceRow) {
  const ended = row.completed_dtm ? new Date(row.completed_dtm).getTime() : Date.now();
  return {
    id: row.id,
    tenantId: row.tenant_id,
    processDefnId: row.definition_id,
    processDefnName: row.process_defn_name,
    processDefnVersion: row.process_defn_version,
    processDefinitionType: row.process_definition_type,
    processTokenId: row.process_token_id,
    processTokenCounter: row.process_token_counter,
    status: row.status as InstanceStatus,
    statusLabel: INSTANCE_STATUS_LABELS[row.status as InstanceStatus],
    processServerId: row.process_server_id,
    createdDtm: isoTimestamp(row.created_dtm),
    lastUpdatedDtm: isoTimestamp(row.last_updated_dtm),
    expiringDtm: isoTimestampOrNull(row.expiring_dtm),
    completedDtm: isoTimestampOrNull(row.completed_dtm),
    elapsedMilliseconds: Math.max(0, ended - new Date(row.created_dtm).getTime()),
    extId: row.ext_id,
    lastName: row.last_name,
    firstName: row.first_name,
    dateOfBirth: row.date_of_birth,
    phoneNumber: row.phone_number,
    email: row.email,
    nationality: row.nationality,
    reviewedBy: row.reviewed_by,
    docNum: row.doc_num,
  };
}
export type InstanceHeader = ReturnType<typeof instanceHeader>;

export function riskAssessmentOf(rows: RiskRows, row: InstanceRow): RiskAssessment {
  const a = rows.assessment;
  return {
    riskAssessmentId: a.id,
    workflowId: row.definition_id,
    workflowExecutionId: row.id,
    entityId: a.entity_id,
    schemaVersion: 2,
    createdAt: isoTimestamp(a.created_at),
    updatedAt: isoTimestamp(a.updated_at),
    ...opt('updatedBy', a.updated_by),
    ...opt('updatedRequestId', a.updated_request_id),
    workflowRiskScore: Number(a.workflow_risk_score),
    workflowRiskLevel: a.workflow_risk_level,
    riskScore: Number(a.risk_score),
    riskLevel: a.risk_level,
    isOutdated: a.is_outdated,
    riskFactors: rows.factors.map(
      (f): RiskFactor => ({
        riskFactorId: f.id,
        factor: f.factor,
        value: f.value,
        score: Number(f.score),
        ...opt('description', f.description),
        workflowExecutionId: row.id,
        ...opt('stepResultId', f.step_result_id),
        ...opt('manualOverrideScore', f.manual_override_score === null ? null : Number(f.manual_override_score)),
        status: f.status,
        createdAt: isoTimestamp(f.created_at),
        updatedAt: isoTimestamp(f.updated_at),
        ...opt('updatedBy', f.updated_by),
        ...opt('updatedRequestId', f.updated_request_id),
        createdWorkflowExecutionId: row.id,
        ...opt('createdStepResultId', f.step_result_id),
      }),
    ),
  };
}

/** The FrankieOne workflowResult of an instance. */
export function workflowResultOf(row: InstanceRow, steps: StepResult[], risk: RiskRows | undefined): WorkflowResult {
  const order = steps.map((s) => s.stepName);
  return {
    workflowExecutionId: row.id,
    workflowExecutionState: row.execution_state as WorkflowResult['workflowExecutionState'],
    status: row.wf_status as WorkflowResult['status'],
    result: row.wf_result as WorkflowResult['result'],
    ...opt('statusOverrideAt', isoTimestampOrNull(row.status_override_at)),
    ...opt('statusOverrideRequestId', row.status_override_request_id),
    ...opt('statusOverrideBy', row.status_override_by),
    ...(risk ? { riskAssessment: riskAssessmentOf(risk, row) } : {}),
    steps: {
      passed: steps.filter((s) => PASSING_STEP_RESULTS.has(s.result)).map((s) => s.stepName),
      failed: steps.filter((s) => !PASSING_STEP_RESULTS.has(s.result)).map((s) => s.stepName),
      order,
    },
    issues: row.issues as WorkflowResult['issues'],
    workflowStepResults: steps,
    workflowId: row.definition_id,
    workflowName: row.process_defn_name,
    entityType: 'INDIVIDUAL',
    entityId: row.entity_id ?? row.id,
    errors: row.errors as WorkflowResult['errors'],
    ...opt('requestId', row.request_id),
    ...opt('startedAt', isoTimestampOrNull(row.started_at)),
    ...opt('endedAt', isoTimestampOrNull(row.ended_at)),
    createdAt: isoTimestamp(row.created_dtm),
    updatedAt: isoTimestamp(row.last_updated_dtm),
    ...opt('updatedBy', row.updated_by),
    schemaVersion: 2,
    ...opt('notes', row.notes),
  };
}

export function timelineOf(activities: ActivityRow[]) {
  return activities.map((a) => ({
    name: a.name,
    elementId: a.element_id,
    stepType: a.step_type,
    startedAt: isoTimestamp(a.started_at),
    endedAt: isoTimestamp(a.ended_at),
    durationMs: a.duration_ms,
    outcome: a.outcome,
    attempt: a.attempt,
  }));
}

/** TrustID application-level results of an instance. */
export function applicationOf(row: InstanceRow) {
  return {
    OverallStatus: INSTANCE_STATUS_LABELS[row.status as InstanceStatus],
    Validations: row.validations,
    FlexibleFields: row.flexible_fields,
  };
}
