import type { InstanceStatus, WorkflowExecutionState, WorkflowStatus } from './vocabulary.js';

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
