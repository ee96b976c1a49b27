import type { ProcessResult, RiskFactor, StepResult } from '../domain/index.js';
import type { RiskRecord } from '../store/sql/commit-steps.js';
import { newId } from '../domain/ids.js';
import type { StepOutput } from './step-type.js';

export interface StepIdentity {
  workflowExecutionId: string;
  requestId: string;
  entityId: string;
  elementId: string;
  stepName: string;
  stepType: string;
}

/** Turns what a step returned into the stored step result, its PROs and (for RISK) the risk assessment. */
export function buildStepResult(
  id: StepIdentity,
  output: StepOutput,
  startedAt: Date,
  endedAt: Date,
): { step: StepResult; risk?: RiskRecord } {
  const stepResultId = newId();
  const ended = endedAt.toISOString();
  const processResults: ProcessResult[] = (output.processResults ?? []).map((draft) => ({
    ...draft,
    processResultId: draft.processResultId ?? newId(),
    schemaVersion: 2,
    entityId: id.entityId,
    requestId: id.requestId,
    stepName: id.stepName,
    stepType: id.stepType,
    createdAt: ended,
    updatedAt: ended,
    systemStatus: draft.systemStatus ?? 'VALID',
    state: draft.state ?? 'COMPLETED',
  }));
  const assessment = output.riskAssessment;
  const stepData: Record<string, unknown> = { ...(output.stepData ?? {}), ...(assessment ? { riskAssessment: assessment } : {}) };
  let risk: RiskRecord | undefined;
  if (output.riskFactors?.length || assessment) {
    const factors: RiskFactor[] = (output.riskFactors ?? []).map((f) => ({
      riskFactorId: newId(),
      factor: f.factor,
      value: f.value,
      score: f.score,
      ...(f.description ? { description: f.description } : {}),
      workflowExecutionId: id.workflowExecutionId,
      stepResultId,
      status: 'VALID',
      createdAt: ended,
      updatedAt: ended,
      createdWorkflowExecutionId: id.workflowExecutionId,
      createdStepResultId: stepResultId,
    }));
    if (assessment) {
      risk = {
        assessmentId: newId(),
        stepResultId,
        entityId: id.entityId,
        thresholds: assessment.thresholds,
        riskScore: assessment.riskScore,
        riskLevel: assessment.riskLevel,
        factors,
      };
    } else {
      // A factor contributed by a non-RISK step: the RISK step reads it from stepData.
      stepData.riskFactors = factors;
    }
  }
  const step: StepResult = {
    stepName: id.stepName,
    stepType: id.stepType,
    stepResultId,
    workflowExecutionId: id.workflowExecutionId,
    elementId: id.elementId,
    result: output.result,
    startedAt: startedAt.toISOString(),
    endedAt: ended,
    requestId: id.requestId,
    objectType: output.objectType ?? 'INDIVIDUAL',
    ...(output.objectId ? { objectId: output.objectId } : { objectId: id.entityId }),
    serviceProviders: output.serviceProviders ?? [],
    processResults,
    summary: output.summary ?? {},
    stepData,
    errors: output.errors ?? [],
  };
  return { step, risk };
}
