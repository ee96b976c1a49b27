/**
 * A compiled workflow: what the engine walks. Both definition formats (BPMN XML and the JSON
 * shorthand) compile to this, and it is stored with the definition version.
 */
export interface WorkflowGraph {
  processId: string;
  name?: string;
  /** Id of the one start event. */
  startId: string;
  nodes: Record<string, GraphNode>;
  flows: Record<string, SequenceFlow>;
}

export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  /** Condition expression source (the safe expression language); on flows leaving a gateway. */
  condition?: string;
}

interface NodeBase {
  id: string;
  name?: string;
  /** Ids of outgoing sequence flows, in document order. */
  outgoing: string[];
}

/** The start event runs the START step; an end event runs the FINISH step. */
export interface StartNode extends NodeBase {
  kind: 'start';
}
export interface EndNode extends NodeBase {
  kind: 'end';
}

export interface TaskNode extends NodeBase {
  kind: 'task';
  /** serviceTask or userTask in BPMN. */
  taskKind: 'service' | 'user';
  /** Registered step type, e.g. 'AML'. */
  stepType: string;
  /** The step's name in results (`stepName`): the element name, or the step type. */
  stepName: string;
  config: Record<string, unknown>;
  /** Step timeout; the engine records TIMEOUT when it elapses. */
  timeoutMs?: number;
  /** Retries for retryable failures, with exponential backoff from backoffMs. */
  retry?: { maxAttempts: number; backoffMs: number };
}

export interface GatewayNode extends NodeBase {
  kind: 'gateway';
  /** Flow taken when no condition holds. */
  defaultFlow?: string;
}

export type GraphNode = StartNode | EndNode | TaskNode | GatewayNode;

/**
 * How the engine runs a step type:
 * - 'local' computes from data in the database or memory; committed together with its neighbours;
 * - 'remote' calls something outside; committed alone, its lease kept alive, retried on a retryable failure;
 * - 'user' may wait, durably, for the applicant (a BPMN userTask), and is woken when their input arrives.
 */
export type StepKind = 'local' | 'remote' | 'user';
