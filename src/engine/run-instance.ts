import type { Individual, StepResult } from '../domain/index.js';
import { displayNameOf } from '../domain/applicant.js';
import type { WorkflowGraph } from '../domain/workflow-graph.js';
import type { Db } from '../store/db.js';
import { LeaseLostError, type CommitArgs } from '../store/sql/commit-steps.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { runStep } from './run-step.js';
import type { StepRegistry } from './step-registry.js';
import type { StepServices } from './step-type.js';
import { advance, beginWalk, committed, currentApplicant, mustCommitBefore, nextStepNode, progressOf, stepOf, type Next } from './walk.js';

/** The queue operations a worker is handed (store/sql in production; see instance-queue.ts). */
export interface InstanceQueue {
  claim(workerId: string, limit: number, leaseMs: number): Promise<InstanceRow[]>;
  claimOne(instanceId: string, workerId: string, leaseMs: number): Promise<InstanceRow | undefined>;
  /** Records steps and moves the instance on in one statement, only while the lease holds (else LeaseLostError). */
  commit(args: CommitArgs): Promise<{ paused: boolean }>;
  /** Gives the instance back to the queue (a paused one, or one whose worker stops). */
  release(instanceId: string, workerId: string): Promise<void>;
  renewLease(instanceId: string, workerId: string, leaseMs: number): Promise<boolean>;
  /** Abandons instances past their expiringDtm. */
  expire(): Promise<number>;
  loadStepResults(instanceId: string): Promise<StepResult[]>;
  loadEntity(tenantId: string, entityId: string): Promise<Individual | undefined>;
  loadGraph(definitionId: string): Promise<WorkflowGraph | undefined>;
  /** Tells every worker, in any process, that an instance may be ready to run. */
  announce(): Promise<void>;
  /** Calls `onReady` whenever some process announces work; returns how to stop. */
  onAnnounce(onReady: () => void): Promise<() => Promise<void>>;
}

export interface EngineContext {
  /** The database steps read through (`ctx.db`). */
  db: Db;
  queue: InstanceQueue;
  registry: StepRegistry;
  services: StepServices;
  workerId: string;
  leaseMs: number;
  /** The clock steps and timestamps read. */
  now(): Date;
  loadGraph(definitionId: string): Promise<WorkflowGraph>;
  /**
   * Called inside the transaction that completes an instance created with notifyWebhooks (its webhook
   * deliveries are enqueued there); other instances complete in one statement, without a transaction.
   */
  onCompleted?(tx: Db, row: InstanceRow): Promise<void>;
}

export type RunOutcome = 'completed' | 'waiting' | 'retry-scheduled' | 'paused' | 'lease-lost';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Walks a claimed instance from its next element until it completes, waits for the applicant, must retry
 * later, is paused, or the lease is lost. The decisions are walk.ts's; this loop runs the steps and commits.
 * Each commit checks the lease, so a worker that lost its lease records nothing.
 */
export async function runInstance(engine: EngineContext, row: InstanceRow, known: { entity?: Individual } = {}): Promise<RunOutcome> {
  const graph = await engine.loadGraph(row.definition_id);
  const fresh = row.next_element === null && row.started_at === null;
  const previous = fresh ? [] : await engine.queue.loadStepResults(row.id);
  const stored = known.entity ?? (row.entity_id ? await engine.queue.loadEntity(row.tenant_id, row.entity_id) : undefined);
  const entity = stored ?? entityFromRow(row);
  let state = beginWalk(row, graph, previous, engine.now());

  const commit = async (next: Next | { kind: 'checkpoint' }): Promise<{ paused: boolean }> => {
    const steps = state.pending.steps;
    const done = await engine.queue.commit({
      instanceId: row.id,
      tenantId: row.tenant_id,
      workerId: engine.workerId,
      steps,
      processResults: steps.flatMap((s) => s.processResults),
      activities: state.pending.activities,
      risk: state.pending.risk,
      firstSeq: state.seq - steps.length,
      progress: progressOf(state, row, next),
      afterUpdate: next.kind === 'finish' && row.notify_webhooks && engine.onCompleted ? (tx) => engine.onCompleted!(tx, row) : undefined,
    });
    state = committed(state);
    return done;
  };
  const pause = async (): Promise<RunOutcome> => {
    await engine.queue.release(row.id, engine.workerId);
    return 'paused';
  };

  try {
    for (;;) {
      const node = nextStepNode(graph, state, { entity, applicant: state.applicant, input: row.input });
      state = { ...state, elementId: node.id };
      const { stepType, stepName } = stepOf(node);
      const step = engine.registry.get(stepType);
      if (!step) throw new Error(`step type ${stepType} is not registered`);
      if (mustCommitBefore(state, step.kind) && (await commit({ kind: 'checkpoint' })).paused) return await pause();

      const timeoutMs = (node.kind === 'task' && node.timeoutMs) || DEFAULT_TIMEOUT_MS;
      const renew = step.kind === 'remote' ? keepLease(engine, row.id) : undefined;
      const run = await runStep(
        step,
        {
          db: engine.db,
          tenantId: row.tenant_id,
          instanceId: row.id,
          workflowExecutionId: row.id,
          requestId: row.request_id ?? row.id,
          elementId: node.id,
          stepName,
          config: node.kind === 'task' ? node.config : {},
          entity,
          applicant: currentApplicant(row, state.applicant),
          input: row.input,
          previous: state.previous,
          now: engine.now(),
          services: engine.services,
        },
        timeoutMs,
        engine.now,
      ).finally(() => renew?.stop());

      const identity = { workflowExecutionId: row.id, requestId: row.request_id ?? row.id, entityId: entity.entityId, elementId: node.id, stepName, stepType };
      const advanced = advance(state, graph, { node, stepKind: step.kind, identity, run });
      state = advanced.state;
      const next = advanced.next;
      switch (next.kind) {
        case 'wait':
          await commit(next);
          return 'waiting';
        case 'retry':
          await commit(next);
          return 'retry-scheduled';
        case 'finish':
          await commit(next);
          return 'completed';
        case 'continue':
          if (next.commit && (await commit({ kind: 'checkpoint' })).paused) return await pause();
      }
    }
  } catch (err) {
    if (err instanceof LeaseLostError) return 'lease-lost';
    throw err;
  }
}

function keepLease(engine: EngineContext, instanceId: string) {
  const timer = setInterval(() => {
    engine.queue.renewLease(instanceId, engine.workerId, engine.leaseMs).catch(() => {});
  }, Math.max(250, Math.floor(engine.leaseMs / 3)));
  return { stop: () => clearInterval(timer) };
}

/** An instance without a stored entity: the applicant fields of its row stand in for one. */
function entityFromRow(row: InstanceRow): Individual {
  const name = { givenName: row.first_name ?? undefined, familyName: row.last_name ?? undefined };
  return {
    entityId: row.entity_id ?? row.id,
    entityType: 'INDIVIDUAL',
    name: { ...name, displayName: displayNameOf(name) ?? '' },
    ...(row.date_of_birth ? { dateOfBirth: row.date_of_birth } : {}),
    ...(row.nationality ? { nationality: row.nationality } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.phone_number ? { phoneNumber: row.phone_number } : {}),
  };
}

