import type { StepResult } from '../domain/index.js';
import type { GatewayNode, WorkflowGraph } from '../domain/workflow-graph.js';
import { latestRiskAssessment } from '../domain/risk.js';
import { buildConditionScope, evaluateCondition, parseExpression, type Expression } from '../workflows/expression/index.js';

const parsed = new Map<string, Expression>();

function compiled(source: string): Expression {
  let expr = parsed.get(source);
  if (!expr) {
    expr = parseExpression(source);
    parsed.set(source, expr);
  }
  return expr;
}

/** The flow an exclusive gateway takes: the first whose condition holds, else its default. */
export function chooseGatewayFlow(
  graph: WorkflowGraph,
  gateway: GatewayNode,
  previous: StepResult[],
  extra: { entity?: unknown; applicant?: unknown; input?: unknown },
): string {
  const scope = buildConditionScope(previous, { entity: extra.entity, applicant: extra.applicant, riskAssessment: latestRiskAssessment(previous) });
  for (const flowId of gateway.outgoing) {
    const flow = graph.flows[flowId];
    if (flowId === gateway.defaultFlow || !flow.condition) continue;
    if (evaluateCondition(compiled(flow.condition), scope)) return flowId;
  }
  if (gateway.defaultFlow) return gateway.defaultFlow;
  const unconditioned = gateway.outgoing.find((id) => !graph.flows[id].condition);
  if (unconditioned) return unconditioned;
  throw new Error(`gateway ${gateway.id}: no condition holds and there is no default flow`);
}
