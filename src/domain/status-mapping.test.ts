import { describe, expect, it } from 'vitest';
import { instanceStatusFor, isFinal, workflowStatusForInstanceStatus } from './status-mapping.js';
import { INSTANCE_STATUS_LABELS, WORKFLOW_STATUSES } from './vocabulary.js';

describe('status mapping (design §1)', () => {
  it('maps not started to PENDING and running to ACTIVE or PAUSED', () => {
    expect(instanceStatusFor({ executionState: null, status: 'UNCHECKED' })).toBe('PENDING');
    expect(instanceStatusFor({ executionState: 'IN_PROGRESS', status: 'IN_PROGRESS' })).toBe('ACTIVE');
    expect(instanceStatusFor({ executionState: 'IN_PROGRESS', status: 'IN_PROGRESS', paused: true })).toBe('PAUSED');
  });

  it.each([
    ['PASS', 'COMPLETED_ENDED_SUCCESS'],
    ['APPROVED', 'COMPLETED_ENDED_SUCCESS'],
    ['CLEAR', 'COMPLETED_ENDED_SUCCESS'],
    ['COMPLETE', 'COMPLETED_ENDED_SUCCESS'],
    ['FAIL', 'COMPLETED_ENDED_ERROR'],
    ['REJECTED', 'COMPLETED_ENDED_ERROR'],
    ['REVIEW', 'REVIEW'],
    ['NEEDS_APPROVAL', 'REVIEW'],
    ['BLOCKED', 'REVIEW'],
    ['URGENT', 'REVIEW'],
    ['MONITOR', 'REVIEW'],
    ['INCOMPLETE', 'COMPLETED_TERMINATED'],
  ] as const)('a COMPLETED workflow with status %s is %s', (status, expected) => {
    expect(instanceStatusFor({ executionState: 'COMPLETED', status })).toBe(expected);
  });

  it('maps ERROR and TIMEOUT to COMPLETED_PROCESS_ERROR whatever the status', () => {
    for (const status of WORKFLOW_STATUSES.filter((s) => s !== 'INCOMPLETE')) {
      expect(instanceStatusFor({ executionState: 'ERROR', status })).toBe('COMPLETED_PROCESS_ERROR');
      expect(instanceStatusFor({ executionState: 'TIMEOUT', status })).toBe('COMPLETED_PROCESS_ERROR');
    }
  });

  it('maps an abandoned instance to COMPLETED_TERMINATED (Abandoned)', () => {
    const s = instanceStatusFor({ executionState: 'IN_PROGRESS', status: 'IN_PROGRESS', abandoned: true });
    expect(s).toBe('COMPLETED_TERMINATED');
    expect(INSTANCE_STATUS_LABELS[s]).toBe('Abandoned');
  });

  it('gives the workflow status a reviewer override implies, and finality', () => {
    expect(workflowStatusForInstanceStatus('COMPLETED_ENDED_SUCCESS', 'REVIEW')).toBe('APPROVED');
    expect(workflowStatusForInstanceStatus('COMPLETED_ENDED_ERROR', 'REVIEW')).toBe('REJECTED');
    expect(workflowStatusForInstanceStatus('COMPLETED_PROCESS_ERROR', 'FAIL')).toBe('FAIL');
    expect(isFinal('COMPLETED_TERMINATED')).toBe(true);
    expect(isFinal('REVIEW')).toBe(false);
  });
});
