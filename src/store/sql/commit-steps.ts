import type { Db } from '../db.js';
import type { ProcessResult, StepResult, RiskFactor, Issue, Validation } from '../../domain/index.js';
import type { ApplicantFields } from '../../engine/step-type.js';

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
  thresholds: Record<string, number>;
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
}

export class LeaseLostError extends Error {
  readonly code = 'LEASE_LOST';
}

/**
 * Records the outcome of one or more steps and moves the instance on, in one transaction,
 * only while `workerId` still holds the lease. The unique (instance, element) key means a step
 * is never recorded twice.
 */
export async function commitSteps(
  db: Db,
  args: {
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
  },
): Promise<{ paused: boolean }> {
  return db.transaction(async (tx) => {
    const p = args.progress;
    const updated = await tx.query<{ paused: boolean }>(
      `UPDATE instances SET
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
          lease_owner = CASE WHEN $14 THEN NULL ELSE lease_owner END,
          lease_expires_at = CASE WHEN $14 THEN NULL ELSE lease_expires_at END,
          step_attempt = 0,
          last_updated_dtm = now()
        WHERE id = $1 AND lease_owner = $2
        RETURNING paused`,
      [
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
      ],
    );
    if (updated.rowCount === 0) throw new LeaseLostError(`instance ${args.instanceId}: lease lost by ${args.workerId}`);

    if (args.steps.length > 0) {
      await tx.query(
        `INSERT INTO step_results (id, tenant_id, instance_id, seq, element_id, step_name, step_type, result,
                                   started_at, ended_at, request_id, object_type, object_id,
                                   service_providers, summary, step_data, errors)
         SELECT x.id, $1, $2, $3::int + x.ord - 1, x.s->>'elementId', x.s->>'stepName', x.s->>'stepType', x.s->>'result',
                (x.s->>'startedAt')::timestamptz, (x.s->>'endedAt')::timestamptz, x.s->>'requestId',
                x.s->>'objectType', x.s->>'objectId',
                x.s->'serviceProviders', x.s->'summary', x.s->'stepData', x.s->'errors'
           FROM (SELECT e->>'stepResultId' AS id, e AS s, ord FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS t(e, ord)) x`,
        [args.tenantId, args.instanceId, args.firstSeq, JSON.stringify(args.steps.map(stripProcessResults))],
      );
    }
    if (args.processResults.length > 0) {
      await tx.query(
        `INSERT INTO process_results (id, tenant_id, instance_id, step_result_id, entity_id, class, result, system_status, data, created_at, updated_at)
         SELECT e->>'processResultId', $1, $2, e->>'stepResultId', e->>'entityId', e->>'class', e->>'result',
                e->>'systemStatus', e->'data', (e->>'createdAt')::timestamptz, (e->>'createdAt')::timestamptz
           FROM jsonb_array_elements($3::jsonb) AS t(e)`,
        [
          args.tenantId,
          args.instanceId,
          JSON.stringify(
            args.processResults.map((pro) => ({
              processResultId: pro.processResultId,
              stepResultId: stepResultIdOf(args.steps, pro),
              entityId: pro.entityId,
              class: pro.class,
              result: pro.result,
              systemStatus: pro.systemStatus,
              createdAt: pro.createdAt,
              data: pro,
            })),
          ),
        ],
      );
    }
    if (args.activities.length > 0) {
      await tx.query(
        `INSERT INTO activities (tenant_id, instance_id, element_id, name, step_type, started_at, ended_at, duration_ms, outcome, attempt, worker_id)
         SELECT $1, $2, e->>'elementId', e->>'name', e->>'stepType', (e->>'startedAt')::timestamptz, (e->>'endedAt')::timestamptz,
                GREATEST(0, (extract(epoch FROM (e->>'endedAt')::timestamptz - (e->>'startedAt')::timestamptz) * 1000)::int),
                e->>'outcome', (e->>'attempt')::int, $3
           FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS t(e, ord) ORDER BY ord`,
        [args.tenantId, args.instanceId, args.workerId, JSON.stringify(args.activities)],
      );
    }
    if (args.risk) await insertRisk(tx, args.tenantId, args.instanceId, args.risk);
    if (args.afterUpdate) await args.afterUpdate(tx);
    return { paused: updated.rows[0].paused };
  });
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

async function insertRisk(tx: Db, tenantId: string, instanceId: string, risk: RiskRecord): Promise<void> {
  await tx.query(
    `INSERT INTO risk_assessments (id, tenant_id, instance_id, entity_id, step_result_id, thresholds,
                                   workflow_risk_score, workflow_risk_level, risk_score, risk_level)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $7, $8)`,
    [risk.assessmentId, tenantId, instanceId, risk.entityId, risk.stepResultId, JSON.stringify(risk.thresholds), risk.riskScore, risk.riskLevel],
  );
  if (risk.factors.length === 0) return;
  await tx.query(
    `INSERT INTO risk_factors (id, tenant_id, assessment_id, instance_id, step_result_id, seq, factor, value, score, description, status, created_at, updated_at)
     SELECT e->>'riskFactorId', $1, $2, $3, e->>'stepResultId', ord, e->>'factor', e->>'value', (e->>'score')::numeric,
            e->>'description', e->>'status', (e->>'createdAt')::timestamptz, (e->>'createdAt')::timestamptz
       FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS t(e, ord)`,
    [tenantId, risk.assessmentId, instanceId, JSON.stringify(risk.factors)],
  );
}
