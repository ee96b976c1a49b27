import { INSTANCE_STATUSES, WORKFLOW_STATUSES, type InstanceStatus, type WorkflowExecutionState, type WorkflowStatus } from './vocabulary.js';

const ACCEPTED: ReadonlySet<WorkflowStatus> = new Set(['PASS', 'APPROVED', 'CLEAR', 'COMPLETE']);
const DECLINED: ReadonlySet<WorkflowStatus> = new Set(['FAIL', 'REJECTED']);
const TO_REVIEW: ReadonlySet<WorkflowStatus> = new Set(['REVIEW', 'NEEDS_APPROVAL', 'BLOCKED', 'URGENT', 'MONITOR']);

export interface WorkflowState {
  executionState: WorkflowExecutionState | null;
  status: WorkflowStatus;
  paused?: boolean;
  abandoned?: boolean;
}

/**
 * The fixed mapping of design.md §1 from the workflow's execution state and
 * status to the instance status shown in the back office.
 */
export function instanceStatusFor(state: WorkflowState): InstanceStatus {
  if (state.abandoned || state.status === 'INCOMPLETE') return 'COMPLETED_TERMINATED';
  if (state.executionState === null) return 'PENDING';
  if (state.executionState === 'ERROR' || state.executionState === 'TIMEOUT') return 'COMPLETED_PROCESS_ERROR';
  if (state.executionState === 'CANCELED') return 'COMPLETED_TERMINATED';
  if (state.executionState === 'IN_PROGRESS') return state.paused ? 'PAUSED' : 'ACTIVE';
  if (ACCEPTED.has(state.status)) return 'COMPLETED_ENDED_SUCCESS';
  if (DECLINED.has(state.status)) return 'COMPLETED_ENDED_ERROR';
  if (TO_REVIEW.has(state.status)) return 'REVIEW';
  // COMPLETED with UNCHECKED or IN_PROGRESS status: the workflow ended without a decision.
  return 'REVIEW';
}

/** Workflow status implied by an instance status set by a reviewer (override through the instance API). */
export function workflowStatusForInstanceStatus(status: InstanceStatus, current: WorkflowStatus): WorkflowStatus {
  switch (status) {
    case 'COMPLETED_ENDED_SUCCESS':
      return 'APPROVED';
    case 'COMPLETED_ENDED_ERROR':
      return 'REJECTED';
    case 'REVIEW':
      return 'REVIEW';
    case 'COMPLETED_TERMINATED':
      return 'INCOMPLETE';
    case 'PENDING':
      return 'UNCHECKED';
    case 'ACTIVE':
      return 'IN_PROGRESS';
    default:
      return current;
  }
}

export function isFinal(status: InstanceStatus): boolean {
  return status.startsWith('COMPLETED_');
}

/** A reviewer sets a finished status (instance or workflow vocabulary), never a running one. */
const RUNNING = new Set<string>(['PENDING', 'ACTIVE', 'PAUSED', 'UNCHECKED', 'IN_PROGRESS']);
export const OVERRIDE_STATUSES = [...new Set<string>([...INSTANCE_STATUSES, ...WORKFLOW_STATUSES])].filter((s) => !RUNNING.has(s)) as [string, ...string[]];

/** Both statuses after a reviewer's override, given in either vocabulary (design §1's table). */
export function statusesAfterOverride(requested: string, current: WorkflowStatus): { status: InstanceStatus; wfStatus: WorkflowStatus } {
  if ((INSTANCE_STATUSES as readonly string[]).includes(requested)) {
    const status = requested as InstanceStatus;
    return { status, wfStatus: workflowStatusForInstanceStatus(status, current) };
  }
  const wfStatus = requested as WorkflowStatus;
  return { status: instanceStatusFor({ executionState: 'COMPLETED', status: wfStatus }), wfStatus };
}
