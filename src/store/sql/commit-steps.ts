import type { RiskThresholds } from '../../domain/risk.js';
import type { Db } from '../db.js';
import type { ProcessResult, StepResult, RiskFactor, Issue, Validation } from '../../domain/index.js';
import type { ApplicantFields } from '../../domain/applicant.js';

export interface ActivityRecord {
  elementId: string;
  name: string;
  stepType: string;
  startedAt: string;
  endedAt: string;
  outcome: string;
  attempt: number;
}

export interface RiskRecord {
  assessmentId: string;
  stepResultId: string;
  entityId: string;
  thresholds: RiskThresholds;
  riskScore: number;
  riskLevel: string;
  factors: RiskFactor[];
}

export interface InstanceProgress {
  nextElement: string | null;
  status: string;
  executionState: string | null;
  wfStatus?: string;
  wfResult?: string;
  issues: Issue[];
  errors: { code: string; message: string }[];
  validations: Validation[];
  flexibleFields: Record<string, string>;
  applicant: ApplicantFields;
  startedAt?: string;
  completed?: boolean;
  /** Takes the instance off the queue (finished, or waiting for the applicant). */
  dequeue?: boolean;
  waiting?: boolean;
  /** A retryable failure: the lease is released and the element runs again `runAfterMs` from now. */
  retry?: { runAfterMs: number; stepAttempt: number };
}

export interface CommitArgs {
  instanceId: string;
  workerId: string;
  steps: StepResult[];
  processResults: ProcessResult[];
  activities: ActivityRecord[];
  risk?: RiskRecord;
  progress: InstanceProgress;
  firstSeq: number;
  tenantId: string;
  /** Runs in the same transaction after the instance row is updated. */
  afterUpdate?: (tx: Db) => Promise<void>;
}

export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
}

/**
 * Records the outcome of one or more steps and moves the instance on, atomically and only while
 * `workerId` still holds the lease: one statement whose inserts take their rows from the instance
 * update, so a worker that lost its lease records nothing. The unique (instance, element) key means
 * a step is never recorded twice. With `afterUpdate` the statement and the hook share a transaction.
 */
export async function commitSteps(
  db: Db,
  args: CommitArgs,
): Promise<{ paused: boolean }> {
  const { sql, params } = commitStatement(args);
  const run = async (q: Db) => {
    const updated = await q.query<{ paused: boolean }>(sql, params);
    if (updated.rowCount === 0) throw new LeaseLostError(`instance ${args.instanceId}: lease lost by ${args.workerId}`);
    if (args.afterUpdate) await args.afterUpdate(q);
    return { paused: updated.rows[0].paused };
  };
  return args.afterUpdate ? db.transaction(run) : run(db);
}

/**
 * The update of the instance row, then one INSERT … SELECT … FROM upd per kind of record given: when the
 * lease check leaves `upd` empty, nothing is inserted. Foreign keys between the inserted rows are checked
 * at the end of the statement.
 */
function commitStatement(args: CommitArgs): { sql: string; params: unknown[] } {
  const p = args.progress;
  const params: unknown[] = [
    args.instanceId,
    args.workerId,
    p.nextElement,
    p.status,
    p.executionState,
    p.wfStatus ?? null,
    p.wfResult ?? null,
    JSON.stringify(p.issues),
    JSON.stringify(p.errors),
    JSON.stringify(p.validations),
    JSON.stringify(p.flexibleFields),
    JSON.stringify(p.applicant),
    p.startedAt ?? null,
    p.dequeue ?? false,
    p.completed ?? false,
    p.waiting ?? false,
    args.tenantId,
    p.retry?.runAfterMs ?? null,
    p.retry?.stepAttempt ?? 0,
  ];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const ctes = [
    `upd AS (
      UPDATE instances SET
          next_element = $3, status = CASE WHEN paused AND $15::boolean IS NOT TRUE THEN 'PAUSED' ELSE $4 END,
          execution_state = $5,
          wf_status = COALESCE($6, wf_status), wf_result = COALESCE($7, wf_result),
          issues = $8::jsonb, errors = $9::jsonb, validations = $10::jsonb, flexible_fields = $11::jsonb,
          first_name = COALESCE(first_name, $12::jsonb->>'firstName'),
          last_name = COALESCE(last_name, $12::jsonb->>'lastName'),
          date_of_birth = COALESCE(date_of_birth, $12::jsonb->>'dateOfBirth'),
          email = COALESCE(email, $12::jsonb->>'email'),
          phone_number = COALESCE(phone_number, $12::jsonb->>'phoneNumber'),
          nationality = COALESCE(nationality, $12::jsonb->>'nationality'),
          doc_num = COALESCE(doc_num, $12::jsonb->>'docNum'),
          started_at = COALESCE(started_at, $13::timestamptz),
          completed_dtm = CASE WHEN $15 THEN now() ELSE completed_dtm END,
          ended_at = CASE WHEN $15 THEN now() ELSE ended_at END,
          queued = CASE WHEN $14 THEN false ELSE queued END,
          waiting = $16,
          lease_owner = CASE WHEN $14 OR $18::int IS NOT NULL THEN NULL ELSE lease_owner END,
          lease_expires_at = CASE WHEN $14 OR $18::int IS NOT NULL THEN NULL ELSE lease_expires_at END,
          run_after = CASE WHEN $18::int IS NULL THEN run_after ELSE now() + $18::int * interval '1 millisecond' END,
          step_attempt = $19::int,
          last_updated_dtm = now()
        WHERE id = $1 AND lease_owner = $2 AND tenant_id = $17
        RETURNING id, paused)`,
  ];
  if (args.steps.length > 0) {
    ctes.push(`steps AS (
      INSERT INTO step_results (id, tenant_id, instance_id, seq, element_id, step_name, step_type, result,
                                started_at, ended_at, request_id, object_type, object_id,
                                service_providers, summary, step_data, errors)
      SELECT s->>'stepResultId', $17, upd.id, ${param(args.firstSeq)}::int + ord - 1, s->>'elementId', s->>'stepName', s->>'stepType', s->>'result',
             (s->>'startedAt')::timestamptz, (s->>'endedAt')::timestamptz, s->>'requestId',
             s->>'objectType', s->>'objectId',
             s->'serviceProviders', s->'summary', s->'stepData', s->'errors'
        FROM upd, jsonb_array_elements(${param(JSON.stringify(args.steps.map(stripProcessResults)))}::jsonb) WITH ORDINALITY AS t(s, ord))`);
  }
  if (args.processResults.length > 0) {
    const pros = args.processResults.map((pro) => ({
      processResultId: pro.processResultId,
      stepResultId: stepResultIdOf(args.steps, pro),
      entityId: pro.entityId,
      class: pro.class,
      result: pro.result,
      systemStatus: pro.systemStatus,
      createdAt: pro.createdAt,
      data: pro,
    }));
    ctes.push(`pros AS (
      INSERT INTO process_results (id, tenant_id, instance_id, step_result_id, entity_id, class, result, system_status, data, created_at, updated_at)
      SELECT e->>'processResultId', $17, upd.id, e->>'stepResultId', e->>'entityId', e->>'class', e->>'result',
             e->>'systemStatus', e->'data', (e->>'createdAt')::timestamptz, (e->>'createdAt')::timestamptz
        FROM upd, jsonb_array_elements(${param(JSON.stringify(pros))}::jsonb) AS t(e))`);
  }
  if (args.activities.length > 0) {
    ctes.push(`acts AS (
      INSERT INTO activities (tenant_id, instance_id, element_id, name, step_type, started_at, ended_at, duration_ms, outcome, attempt, worker_id)
      SELECT $17, upd.id, e->>'elementId', e->>'name', e->>'stepType', (e->>'startedAt')::timestamptz, (e->>'endedAt')::timestamptz,
             GREATEST(0, (extract(epoch FROM (e->>'endedAt')::timestamptz - (e->>'startedAt')::timestamptz) * 1000)::int),
             e->>'outcome', (e->>'attempt')::int, $2
        FROM upd, jsonb_array_elements(${param(JSON.stringify(args.activities))}::jsonb) WITH ORDINALITY AS t(e, ord) ORDER BY ord)`);
  }
  const risk = args.risk;
  if (risk) {
    const assessment = param(risk.assessmentId);
    const score = param(risk.riskScore);
    const level = param(risk.riskLevel);
    ctes.push(`risk AS (
      INSERT INTO risk_assessments (id, tenant_id, instance_id, entity_id, step_result_id, thresholds,
                                    workflow_risk_score, workflow_risk_level, risk_score, risk_level)
      SELECT ${assessment}, $17, upd.id, ${param(risk.entityId)}, ${param(risk.stepResultId)}, ${param(JSON.stringify(risk.thresholds))}::jsonb,
             ${score}::numeric, ${level}, ${score}::numeric, ${level}
        FROM upd)`);
    if (risk.factors.length > 0) {
      ctes.push(`factors AS (
        INSERT INTO risk_factors (id, tenant_id, assessment_id, instance_id, step_result_id, seq, factor, value, score, description, status, created_at, updated_at)
        SELECT e->>'riskFactorId', $17, ${assessment}, upd.id, e->>'stepResultId', ord, e->>'factor', e->>'value', (e->>'score')::numeric,
               e->>'description', e->>'status', (e->>'createdAt')::timestamptz, (e->>'createdAt')::timestamptz
          FROM upd, jsonb_array_elements(${param(JSON.stringify(risk.factors))}::jsonb) WITH ORDINALITY AS t(e, ord))`);
    }
  }
  return { sql: `WITH ${ctes.join(',\n')}\nSELECT paused FROM upd`, params };
}

function stripProcessResults(step: StepResult) {
  const { processResults: _omit, ...rest } = step;
  return rest;
}

function stepResultIdOf(steps: StepResult[], pro: ProcessResult): string {
  const step = steps.find((s) => s.processResults.some((p) => p.processResultId === pro.processResultId));
  if (!step) throw new Error(`process result ${pro.processResultId} has no step in this commit`);
  return step.stepResultId;
}
