import type { Individual, Issue, StepResult, Validation, WorkflowStatus } from '../domain/index.js';
import { instanceStatusFor, withKycAmlCheck } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { commitSteps, LeaseLostError, type ActivityRecord, type RiskRecord } from '../store/sql/commit-steps.js';
import { releaseInstance, renewLease } from '../store/sql/claim-instances.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { loadEntity } from '../store/sql/load-entity.js';
import { loadStepResults } from '../store/sql/load-step-results.js';
import type { GraphNode, WorkflowGraph } from '../workflows/graph.js';
import { buildStepResult } from './build-step-result.js';
import { chooseGatewayFlow } from './choose-gateway-flow.js';
import { runStep } from './run-step.js';
import type { StepRegistry } from './step-registry.js';
import type { ApplicantFields, StepServices } from './step-type.js';

export interface EngineContext {
  db: Db;
  registry: StepRegistry;
  services: StepServices;
  workerId: string;
  leaseMs: number;
  loadGraph(definitionId: string): Promise<WorkflowGraph>;
  /**
   * Called inside the transaction that completes an instance created with notifyWebhooks (its webhook
   * deliveries are enqueued there); other instances complete in one statement, without a transaction.
   */
  onCompleted?(tx: Db, row: InstanceRow): Promise<void>;
}

export type RunOutcome = 'completed' | 'waiting' | 'retry-scheduled' | 'paused' | 'lease-lost';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY = { maxAttempts: 3, backoffMs: 1_000 };

/** Mutable state of one instance while a worker walks it. */
interface WalkState {
  seq: number;
  previous: StepResult[];
  issues: Issue[];
  errors: { code: string; message: string }[];
  validations: Validation[];
  flexibleFields: Record<string, string>;
  applicant: ApplicantFields;
  wfResult?: WorkflowStatus;
  pending: { steps: StepResult[]; activities: ActivityRecord[]; risk?: RiskRecord };
}

/**
 * Walks a claimed instance from its next element until it completes, waits for the applicant,
 * must retry later, is paused, or the lease is lost. Each commit checks the lease, so a worker
 * that lost its lease records nothing.
 */
export async function runInstance(engine: EngineContext, row: InstanceRow): Promise<RunOutcome> {
  const graph = await engine.loadGraph(row.definition_id);
  const fresh = row.next_element === null && row.started_at === null;
  const previous = fresh ? [] : await loadStepResults(engine.db, row.id);
  const entity = (row.entity_id && (await loadEntity(engine.db, row.tenant_id, row.entity_id))) || entityFromRow(row);
  const state: WalkState = {
    seq: previous.length + 1,
    previous,
    issues: [...(row.issues as Issue[])],
    errors: [...(row.errors as WalkState['errors'])],
    validations: [...(row.validations as Validation[])],
    flexibleFields: { ...row.flexible_fields },
    applicant: {},
    wfResult: previous.length > 0 && row.wf_result !== 'UNCHECKED' && row.wf_result !== 'IN_PROGRESS' ? (row.wf_result as WorkflowStatus) : undefined,
    pending: { steps: [], activities: [] },
  };
  const startedAt = row.started_at ? undefined : new Date().toISOString();
  let elementId = row.next_element ?? graph.startId;

  const flush = async (progress: { next: string | null; final?: 'COMPLETED' | 'ERROR' | 'TIMEOUT'; waiting?: boolean }) => {
    const executionState = progress.final ?? 'IN_PROGRESS';
    const wfStatus: WorkflowStatus | undefined =
      progress.final === 'COMPLETED' ? (state.wfResult ?? 'COMPLETE') : progress.final ? undefined : 'IN_PROGRESS';
    const status = instanceStatusFor({ executionState, status: wfStatus ?? (row.wf_status as WorkflowStatus) });
    const steps = state.pending.steps;
    const done = await commitSteps(engine.db, {
      instanceId: row.id,
      tenantId: row.tenant_id,
      workerId: engine.workerId,
      steps,
      processResults: steps.flatMap((s) => s.processResults),
      activities: state.pending.activities,
      risk: state.pending.risk,
      firstSeq: state.seq - steps.length,
      progress: {
        nextElement: progress.next,
        status,
        executionState,
        wfStatus: progress.final === 'COMPLETED' && row.status_override_at ? undefined : wfStatus,
        wfResult: progress.final === 'COMPLETED' ? wfStatus : undefined,
        issues: state.issues,
        errors: state.errors,
        validations: state.validations,
        flexibleFields: state.flexibleFields,
        applicant: state.applicant,
        startedAt,
        completed: progress.final !== undefined,
        dequeue: progress.final !== undefined || progress.waiting,
        waiting: progress.waiting,
      },
      afterUpdate: progress.final !== undefined && row.notify_webhooks && engine.onCompleted ? (tx) => engine.onCompleted!(tx, row) : undefined,
    });
    state.pending = { steps: [], activities: [] };
    return done;
  };

  try {
    for (;;) {
      const node: GraphNode | undefined = graph.nodes[elementId];
      if (!node) throw new Error(`definition ${row.definition_id} has no element ${elementId}`);
      if (node.kind === 'gateway') {
        const flowId = chooseGatewayFlow(graph, node, state.previous, { entity, applicant: state.applicant, input: row.input });
        elementId = graph.flows[flowId].target;
        continue;
      }
      const stepType = node.kind === 'start' ? 'START' : node.kind === 'end' ? 'FINISH' : node.stepType;
      const stepName = node.kind === 'task' ? node.stepName : stepType;
      const step = engine.registry.get(stepType);
      if (!step) throw new Error(`step type ${stepType} is not registered`);
      if (step.kind !== 'local' && state.pending.steps.length > 0) {
        if ((await flush({ next: elementId })).paused) return await pause(engine, row);
      }
      const timeoutMs = (node.kind === 'task' && node.timeoutMs) || DEFAULT_TIMEOUT_MS;
      const renew = step.kind === 'provider' ? keepLease(engine, row.id) : undefined;
      const run = await runStep(
        step,
        {
          db: engine.db,
          tenantId: row.tenant_id,
          instanceId: row.id,
          workflowExecutionId: row.id,
          requestId: row.request_id ?? row.id,
          elementId,
          stepName,
          config: node.kind === 'task' ? node.config : {},
          entity,
          applicant: currentApplicant(row, state.applicant),
          input: row.input,
          previous: state.previous,
          now: new Date(),
          services: engine.services,
        },
        timeoutMs,
      ).finally(() => renew?.stop());
      const attempt = row.step_attempt + 1;
      const identity = { workflowExecutionId: row.id, requestId: row.request_id ?? row.id, entityId: entity.entityId, elementId, stepName, stepType };
      const activity = (outcome: string): ActivityRecord => ({
        elementId,
        name: stepName,
        stepType,
        startedAt: run.startedAt.toISOString(),
        endedAt: run.endedAt.toISOString(),
        outcome,
        attempt,
      });

      if (run.kind === 'ok' && run.output.waiting) {
        await flush({ next: elementId, waiting: true });
        return 'waiting';
      }
      if (run.kind === 'failed' && run.failure.retryable) {
        const retry = (node.kind === 'task' && node.retry) || DEFAULT_RETRY;
        if (attempt < retry.maxAttempts) {
          state.pending.activities.push(activity(`RETRY: ${run.failure.code}`));
          await flush({ next: elementId });
          await releaseInstance(engine.db, row.id, engine.workerId, {
            runAfterMs: retry.backoffMs * 2 ** (attempt - 1),
            stepAttempt: attempt,
          });
          return 'retry-scheduled';
        }
      }
      const output =
        run.kind === 'ok'
          ? run.output
          : {
              result: 'ERROR' as const,
              errors: [
                run.kind === 'timeout'
                  ? { code: 'STEP_TIMEOUT', message: `step ${stepName} did not finish within ${run.timeoutMs} ms` }
                  : { code: run.failure.code, message: run.failure.message },
              ],
            };
      const { step: result, risk } = buildStepResult(identity, output, run.startedAt, run.endedAt);
      absorb(state, output, result, risk);
      state.pending.activities.push(activity(result.result));
      if (run.kind !== 'ok') {
        state.errors.push(...output.errors!);
        await flush({ next: null, final: run.kind === 'timeout' ? 'TIMEOUT' : 'ERROR' });
        return 'completed';
      }
      if (node.kind === 'end') {
        await flush({ next: null, final: 'COMPLETED' });
        return 'completed';
      }
      elementId = graph.flows[node.outgoing[0]].target;
      if (step.kind !== 'local' || state.pending.steps.length >= 16) {
        if ((await flush({ next: elementId })).paused) return await pause(engine, row);
      }
    }
  } catch (err) {
    if (err instanceof LeaseLostError) return 'lease-lost';
    throw err;
  }
}

function absorb(state: WalkState, output: import('./step-type.js').StepOutput, result: StepResult, risk: RiskRecord | undefined) {
  state.previous = [...state.previous, result];
  state.pending.steps.push(result);
  state.seq += 1;
  if (risk) state.pending.risk = risk;
  if (output.issues) state.issues.push(...output.issues.map((i) => ({ stepName: result.stepName, ...i })));
  if (output.workflowResult) state.wfResult = output.workflowResult;
  if (output.validations) {
    for (const v of output.validations) {
      state.validations = [...state.validations.filter((x) => x.Name !== v.Name), v];
    }
    // TrustID's KycAmlCheck sums up the KYC address verification and the PEP and sanctions check.
    state.validations = withKycAmlCheck(state.validations, result.workflowExecutionId);
  }
  if (output.flexibleFields) Object.assign(state.flexibleFields, output.flexibleFields);
  if (output.applicantFields) {
    for (const [k, v] of Object.entries(output.applicantFields)) {
      const key = k as keyof ApplicantFields;
      if (v && state.applicant[key] === undefined) state.applicant[key] = v;
    }
  }
}

async function pause(engine: EngineContext, row: InstanceRow): Promise<RunOutcome> {
  await releaseInstance(engine.db, row.id, engine.workerId, {});
  return 'paused';
}

function keepLease(engine: EngineContext, instanceId: string) {
  const timer = setInterval(() => {
    renewLease(engine.db, instanceId, engine.workerId, engine.leaseMs).catch(() => {});
  }, Math.max(250, Math.floor(engine.leaseMs / 3)));
  return { stop: () => clearInterval(timer) };
}

function currentApplicant(row: InstanceRow, learned: ApplicantFields): ApplicantFields {
  const pick = (v: string | null, k: keyof ApplicantFields) => v ?? learned[k];
  return {
    firstName: pick(row.first_name, 'firstName'),
    lastName: pick(row.last_name, 'lastName'),
    dateOfBirth: pick(row.date_of_birth, 'dateOfBirth'),
    email: pick(row.email, 'email'),
    phoneNumber: pick(row.phone_number, 'phoneNumber'),
    nationality: pick(row.nationality, 'nationality'),
    docNum: pick(row.doc_num, 'docNum'),
    extId: pick(row.ext_id, 'extId'),
  };
}

function entityFromRow(row: InstanceRow): Individual {
  const given = row.first_name ?? undefined;
  const family = row.last_name ?? undefined;
  return {
    entityId: row.entity_id ?? row.id,
    entityType: 'INDIVIDUAL',
    name: { givenName: given, familyName: family, displayName: [given, family].filter(Boolean).join(' ') },
    ...(row.date_of_birth ? { dateOfBirth: row.date_of_birth } : {}),
    ...(row.nationality ? { nationality: row.nationality } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.phone_number ? { phoneNumber: row.phone_number } : {}),
  };
}
