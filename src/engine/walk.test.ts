import { describe, expect, it } from 'vitest';
import type { Individual } from '../domain/index.js';
import type { TaskNode, WorkflowGraph } from '../domain/workflow-graph.js';
import type { InstanceRow } from '../store/sql/instance-row.js';
import type { StepRun } from './run-step.js';
import { StepFailure } from './step-type.js';
import { advance, beginWalk, committed, mustCommitBefore, nextStepNode, progressOf, type WalkState } from './walk.js';

// START → Task_A (remote, 3 attempts, 100 ms backoff) → Gw → (A.result == "HIT") Task_B | default End
const task = (id: string, stepType: string, outgoing: string[], extra: Partial<TaskNode> = {}): TaskNode => ({
  id, kind: 'task', taskKind: 'service', stepType, stepName: stepType, config: {}, outgoing, ...extra,
});
const graph: WorkflowGraph = {
  processId: 'P',
  startId: 'Start',
  nodes: {
    Start: { id: 'Start', kind: 'start', outgoing: ['f1'] },
    Task_A: task('Task_A', 'A', ['f2'], { retry: { maxAttempts: 3, backoffMs: 100 } }),
    Gw: { id: 'Gw', kind: 'gateway', outgoing: ['f_hit', 'f_clear'], defaultFlow: 'f_clear' },
    Task_B: task('Task_B', 'B', ['f3']),
    End: { id: 'End', kind: 'end', outgoing: [] },
  },
  flows: {
    f1: { id: 'f1', source: 'Start', target: 'Task_A' },
    f2: { id: 'f2', source: 'Task_A', target: 'Gw' },
    f_hit: { id: 'f_hit', source: 'Gw', target: 'Task_B', condition: 'A.result == "HIT"' },
    f_clear: { id: 'f_clear', source: 'Gw', target: 'End' },
    f3: { id: 'f3', source: 'Task_B', target: 'End' },
  },
};

const row = {
  id: 'inst-1', tenant_id: 't', definition_id: 'd', next_element: null, started_at: null, step_attempt: 0,
  wf_result: 'UNCHECKED', wf_status: 'UNCHECKED', status_override_at: null, issues: [], errors: [], validations: [], flexible_fields: {},
} as unknown as InstanceRow;
const entity: Individual = { entityId: 'e1', entityType: 'INDIVIDUAL', name: { displayName: 'Jo' } };
const at = new Date('2026-01-01T00:00:00Z');
const ok = (result: 'COMPLETE' | 'HIT' | 'CLEAR', extra = {}): StepRun => ({ kind: 'ok', output: { result, ...extra }, startedAt: at, endedAt: at });
const failed = (retryable: boolean): StepRun => ({ kind: 'failed', failure: new StepFailure('DOWN', 'provider down', { retryable }), startedAt: at, endedAt: at });

function step(state: WalkState, stepKind: 'local' | 'remote' | 'user', run: StepRun) {
  const node = nextStepNode(graph, state, { entity, applicant: {}, input: {} });
  const here = { ...state, elementId: node.id };
  const name = node.kind === 'task' ? node.stepType : node.kind === 'start' ? 'START' : 'FINISH';
  const identity = { workflowExecutionId: 'inst-1', requestId: 'r', entityId: 'e1', elementId: node.id, stepName: name, stepType: name };
  return advance(here, graph, { node, stepKind, identity, run });
}

describe('the walk (the engine without a database)', () => {
  it('runs local steps without committing, and commits after a remote one', () => {
    const s0 = beginWalk(row, graph, [], at);
    expect(s0).toMatchObject({ elementId: 'Start', seq: 1, startedAt: at.toISOString() });
    const afterStart = step(s0, 'local', ok('COMPLETE'));
    expect(afterStart.next).toEqual({ kind: 'continue', commit: false });
    expect(afterStart.state).toMatchObject({ elementId: 'Task_A', seq: 2 });
    expect(mustCommitBefore(afterStart.state, 'remote')).toBe(true);
    const afterA = step(committed(afterStart.state), 'remote', ok('CLEAR'));
    expect(afterA.next).toEqual({ kind: 'continue', commit: true });
    expect(afterA.state.pending.steps.map((s) => s.stepName)).toEqual(['A']);
  });

  it('takes the gateway branch whose condition holds, else the default', () => {
    const s1 = committed(step(beginWalk(row, graph, [], at), 'local', ok('COMPLETE')).state);
    const hit = step(s1, 'remote', ok('HIT')).state;
    expect(nextStepNode(graph, hit, { entity, applicant: {}, input: {} }).id).toBe('Task_B');
    const clear = step(s1, 'remote', ok('CLEAR')).state;
    expect(nextStepNode(graph, clear, { entity, applicant: {}, input: {} }).id).toBe('End');
  });

  it('retries a retryable failure with exponential backoff, then records ERROR when attempts run out', () => {
    let s = committed(step(beginWalk(row, graph, [], at), 'local', ok('COMPLETE')).state);
    const first = step(s, 'remote', failed(true));
    expect(first.next).toEqual({ kind: 'retry', runAfterMs: 100, attempt: 1 });
    expect(first.state.pending.activities.map((a) => a.outcome)).toEqual(['RETRY: DOWN']);
    expect(progressOf(first.state, row, first.next)).toMatchObject({ retry: { runAfterMs: 100, stepAttempt: 1 }, dequeue: false, nextElement: 'Task_A' });
    s = committed(first.state);
    const second = step(s, 'remote', failed(true));
    expect(second.next).toEqual({ kind: 'retry', runAfterMs: 200, attempt: 2 });
    const third = step(committed(second.state), 'remote', failed(true));
    expect(third.next).toEqual({ kind: 'finish', final: 'ERROR' });
    expect(third.state.errors).toEqual([{ code: 'DOWN', message: 'provider down' }]);
    expect(progressOf(third.state, row, third.next)).toMatchObject({ status: 'COMPLETED_PROCESS_ERROR', completed: true, dequeue: true, nextElement: null });
  });

  it('ends at once on a failure that is not retryable, and resets the attempt count after a success', () => {
    const s = committed(step(beginWalk({ ...row, step_attempt: 1 } as InstanceRow, graph, [], at), 'local', ok('COMPLETE')).state);
    expect(s.stepAttempt).toBe(0);
    expect(step(s, 'remote', failed(false)).next).toEqual({ kind: 'finish', final: 'ERROR' });
  });

  it('waits for the applicant without moving on', () => {
    const s = committed(step(beginWalk(row, graph, [], at), 'local', ok('COMPLETE')).state);
    const waiting = step(s, 'user', ok('COMPLETE', { waiting: true }));
    expect(waiting.next).toEqual({ kind: 'wait' });
    expect(progressOf(waiting.state, row, waiting.next)).toMatchObject({ nextElement: 'Task_A', waiting: true, dequeue: true, completed: false });
  });

  it('completes at the end event with the decision a step set', () => {
    let s = committed(step(beginWalk(row, graph, [], at), 'local', ok('COMPLETE')).state);
    s = committed(step(s, 'remote', ok('CLEAR', { workflowResult: 'PASS' })).state);
    const end = step(s, 'local', ok('COMPLETE'));
    expect(end.next).toEqual({ kind: 'finish', final: 'COMPLETED' });
    expect(progressOf(end.state, row, end.next)).toMatchObject({ status: 'COMPLETED_ENDED_SUCCESS', wfStatus: 'PASS', wfResult: 'PASS', executionState: 'COMPLETED' });
  });

  it('records a timeout as TIMEOUT (instance Error)', () => {
    const s = committed(step(beginWalk(row, graph, [], at), 'local', ok('COMPLETE')).state);
    const timedOut = step(s, 'remote', { kind: 'timeout', timeoutMs: 50, startedAt: at, endedAt: at });
    expect(timedOut.next).toEqual({ kind: 'finish', final: 'TIMEOUT' });
    expect(timedOut.state.errors[0]?.code).toBe('STEP_TIMEOUT');
  });
});
