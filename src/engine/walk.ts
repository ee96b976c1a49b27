import type { ApplicantFields, ErrorObject, Individual, Issue, StepResult, Validation, WorkflowStatus } from '../domain/index.js';
import { instanceStatusFor, withKycAmlCheck } from '../domain/index.js';
import type { EndNode, StartNode, StepKind, TaskNode, WorkflowGraph } from '../domain/workflow-graph.js';
import type { ActivityRecord, InstanceProgress, RiskRecord } from '../store/sql/commit-steps.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import { buildStepResult, type StepIdentity } from './build-step-result.js';
import { chooseGatewayFlow } from './choose-gateway-flow.js';
import type { StepRun } from './run-step.js';

/**
 * The walk of one instance through its graph: what it has done and learned, where it stands, and what is not
 * yet committed. The engine's decisions are pure functions of this state (this file); the worker
 * (run-instance.ts) runs the steps and commits.
 */
export interface WalkState {
  /** The element to run next. */
  elementId: string;
  /** Sequence number the next step result gets. */
  seq: number;
  previous: StepResult[];
  issues: Issue[];
  errors: ErrorObject[];
  validations: Validation[];
  flexibleFields: Record<string, string>;
  /** Applicant fields learned by steps (they fill only the instance fields still empty). */
  applicant: ApplicantFields;
  /** The workflow result a DECISION-type step set. */
  wfResult?: WorkflowStatus;
  /** Set on the first commit of an instance that had not started. */
  startedAt?: string;
  /** Failed attempts of the element about to run (0 once a step's result is recorded). */
  stepAttempt: number;
  pending: { steps: StepResult[]; activities: ActivityRecord[]; risk?: RiskRecord };
}

/** What the worker does after a step. */
export type Next =
  /** Go on with `state.elementId`; commit what is pending first when `commit`. */
  | { kind: 'continue'; commit: boolean }
  /** The step waits for the applicant: commit and leave the queue until woken. */
  | { kind: 'wait' }
  /** A retryable failure: commit the attempt and release the instance until `runAfterMs` from now. */
  | { kind: 'retry'; runAfterMs: number; attempt: number }
  /** The instance has ended. */
  | { kind: 'finish'; final: 'COMPLETED' | 'ERROR' | 'TIMEOUT' };

export interface StepAttempt {
  node: StartNode | TaskNode | EndNode;
  stepKind: StepKind;
  identity: StepIdentity;
  run: StepRun;
}

const DEFAULT_RETRY = { maxAttempts: 3, backoffMs: 1_000 };
/** Local steps committed together, at most this many at a time. */
const MAX_PENDING_STEPS = 16;

/** The state a worker starts from when it has claimed `row` (and loaded its committed step results). */
export function beginWalk(row: InstanceRow, graph: WorkflowGraph, previous: StepResult[], now: Date): WalkState {
  const decided = previous.length > 0 && row.wf_result !== 'UNCHECKED' && row.wf_result !== 'IN_PROGRESS';
  return {
    elementId: row.next_element ?? graph.startId,
    seq: previous.length + 1,
    previous,
    issues: [...(row.issues as Issue[])],
    errors: [...(row.errors as ErrorObject[])],
    validations: [...(row.validations as Validation[])],
    flexibleFields: { ...row.flexible_fields },
    applicant: {},
    stepAttempt: row.step_attempt,
    ...(decided ? { wfResult: row.wf_result as WorkflowStatus } : {}),
    ...(row.started_at ? {} : { startedAt: now.toISOString() }),
    pending: { steps: [], activities: [] },
  };
}

/** Follows gateways from `state.elementId` to the next element that runs a step (start, task or end); its id is where the walk stands. */
export function nextStepNode(graph: WorkflowGraph, state: WalkState, scope: { entity: Individual; applicant: ApplicantFields; input: unknown }): StartNode | TaskNode | EndNode {
  let elementId = state.elementId;
  for (;;) {
    const node = graph.nodes[elementId];
    if (!node) throw new Error(`the definition has no element ${elementId}`);
    if (node.kind !== 'gateway') return node;
    const flowId = chooseGatewayFlow(graph, node, state.previous, scope);
    const flow = graph.flows[flowId];
    if (!flow) throw new Error(`gateway ${node.id} chose flow ${flowId}, which does not exist`);
    elementId = flow.target;
  }
}

/** A step that is not local starts only once everything before it is committed. */
export function mustCommitBefore(state: WalkState, stepKind: StepKind): boolean {
  return stepKind !== 'local' && state.pending.steps.length > 0;
}

/** The step type an element runs and the name it is recorded under. */
export function stepOf(node: StartNode | TaskNode | EndNode): { stepType: string; stepName: string } {
  if (node.kind === 'task') return { stepType: node.stepType, stepName: node.stepName };
  const stepType = node.kind === 'start' ? 'START' : 'FINISH';
  return { stepType, stepName: stepType };
}

/** A step's outcome applied to the walk: the new state and what the worker must do next. */
export function advance(state: WalkState, graph: WorkflowGraph, a: StepAttempt): { state: WalkState; next: Next } {
  const { node, run } = a;
  const attempt = state.stepAttempt + 1;
  const activity = (outcome: string): ActivityRecord => ({
    elementId: a.identity.elementId,
    name: a.identity.stepName,
    stepType: a.identity.stepType,
    startedAt: run.startedAt.toISOString(),
    endedAt: run.endedAt.toISOString(),
    outcome,
    attempt,
  });

  if (run.kind === 'ok' && run.output.waiting) return { state, next: { kind: 'wait' } };
  if (run.kind === 'failed' && run.failure.retryable) {
    const retry = (node.kind === 'task' && node.retry) || DEFAULT_RETRY;
    if (attempt < retry.maxAttempts) {
      const retried = withPending({ ...state, stepAttempt: attempt }, { activities: [activity(`RETRY: ${run.failure.code}`)] });
      return { state: retried, next: { kind: 'retry', runAfterMs: retry.backoffMs * 2 ** (attempt - 1), attempt } };
    }
  }
  const output =
    run.kind === 'ok'
      ? run.output
      : {
          result: 'ERROR' as const,
          errors: [
            run.kind === 'timeout'
              ? { code: 'STEP_TIMEOUT', message: `step ${a.identity.stepName} did not finish within ${run.timeoutMs} ms` }
              : { code: run.failure.code, message: run.failure.message },
          ],
        };
  const built = buildStepResult(a.identity, output, run.startedAt, run.endedAt);
  const result = built.step;
  let next: WalkState = {
    ...state,
    seq: state.seq + 1,
    stepAttempt: 0,
    previous: [...state.previous, result],
    issues: output.issues ? [...state.issues, ...output.issues.map((i) => ({ stepName: result.stepName, ...i }))] : state.issues,
    validations: output.validations ? validationsAfter(state.validations, output.validations, result.workflowExecutionId) : state.validations,
    flexibleFields: output.flexibleFields ? { ...state.flexibleFields, ...output.flexibleFields } : state.flexibleFields,
    applicant: learnApplicant(state.applicant, output.applicantFields),
    ...(output.workflowResult ? { wfResult: output.workflowResult } : {}),
  };
  next = withPending(next, { steps: [result], activities: [activity(result.result)], risk: built.risk });

  if (run.kind !== 'ok') {
    next = { ...next, errors: [...next.errors, ...(output.errors ?? [])] };
    return { state: next, next: { kind: 'finish', final: run.kind === 'timeout' ? 'TIMEOUT' : 'ERROR' } };
  }
  if (node.kind === 'end') return { state: next, next: { kind: 'finish', final: 'COMPLETED' } };
  const outgoing = node.outgoing[0];
  const flow = outgoing === undefined ? undefined : graph.flows[outgoing];
  if (!flow) throw new Error(`element ${node.id} has no outgoing flow`);
  next = { ...next, elementId: flow.target };
  return { state: next, next: { kind: 'continue', commit: a.stepKind !== 'local' || next.pending.steps.length >= MAX_PENDING_STEPS } };
}

/** What a commit writes to the instance row for `next` (a checkpoint when the walk goes on). */
export function progressOf(state: WalkState, row: InstanceRow, next: Next | { kind: 'checkpoint' }): InstanceProgress {
  const final = next.kind === 'finish' ? next.final : undefined;
  const executionState = final ?? 'IN_PROGRESS';
  const wfStatus: WorkflowStatus | undefined = final === 'COMPLETED' ? (state.wfResult ?? 'COMPLETE') : final ? undefined : 'IN_PROGRESS';
  const status = instanceStatusFor({ executionState, status: wfStatus ?? (row.wf_status as WorkflowStatus) });
  return {
    nextElement: final ? null : state.elementId,
    status,
    executionState,
    // A reviewer's override made while the instance ran stands; the automated result is recorded beside it.
    wfStatus: final === 'COMPLETED' && row.status_override_at ? undefined : wfStatus,
    wfResult: final === 'COMPLETED' ? wfStatus : undefined,
    issues: state.issues,
    errors: state.errors,
    validations: state.validations,
    flexibleFields: state.flexibleFields,
    applicant: state.applicant,
    startedAt: state.startedAt,
    completed: final !== undefined,
    dequeue: final !== undefined || next.kind === 'wait',
    waiting: next.kind === 'wait',
    ...(next.kind === 'retry' ? { retry: { runAfterMs: next.runAfterMs, stepAttempt: next.attempt } } : {}),
  };
}

/** The state once its pending records are committed. */
export function committed(state: WalkState): WalkState {
  return { ...state, startedAt: undefined, pending: { steps: [], activities: [] } };
}

/** The applicant fields a step offers that the instance does not know yet. */
export function currentApplicant(row: InstanceRow, learned: ApplicantFields): ApplicantFields {
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

/** A step's TrustID validations replace those of the same name; KycAmlCheck then sums up the checks of its journey. */
function validationsAfter(current: Validation[], added: Validation[], workflowExecutionId: string): Validation[] {
  const merged = added.reduce((all, v) => [...all.filter((x) => x.Name !== v.Name), v], current);
  return withKycAmlCheck(merged, workflowExecutionId);
}

function learnApplicant(known: ApplicantFields, offered: ApplicantFields | undefined): ApplicantFields {
  if (!offered) return known;
  const learned = { ...known };
  for (const [k, v] of Object.entries(offered)) {
    const key = k as keyof ApplicantFields;
    if (v && learned[key] === undefined) learned[key] = v;
  }
  return learned;
}

function withPending(state: WalkState, add: { steps?: StepResult[]; activities: ActivityRecord[]; risk?: RiskRecord }): WalkState {
  return {
    ...state,
    pending: {
      steps: [...state.pending.steps, ...(add.steps ?? [])],
      activities: [...state.pending.activities, ...add.activities],
      ...((add.risk ?? state.pending.risk) ? { risk: add.risk ?? state.pending.risk } : {}),
    },
  };
}
