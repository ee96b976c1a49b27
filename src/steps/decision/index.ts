import {
  decideByDefaultPolicy,
  decideByRules,
  type Decision,
  type DecisionRule,
} from '../../domain/decision.js';
import { latestRiskAssessment, type RiskScore } from '../../domain/risk.js';
import type { StepContext, StepType } from '../../engine/step-type.js';
import { buildConditionScope, evaluateCondition, parseExpression } from '../../workflows/expression/index.js';
import { decisionConfigSchema, type DecisionConfig } from './config.js';

/**
 * Decides the workflow result (PASS, FAIL or REVIEW) from the earlier steps and the risk
 * assessment, by the configured rules or, without rules, by the default policy. Every reason
 * for FAIL or REVIEW becomes an issue of the workflowResult.
 */
export const decisionStep: StepType<DecisionConfig> = {
  type: 'DECISION',
  kind: 'local',
  configSchema: decisionConfigSchema,
  async run(ctx) {
    const risk = latestRiskAssessment(ctx.previous);
    const decision = ctx.config.rules?.length ? byRules(ctx, ctx.config.rules, risk) : byDefaultPolicy(ctx, risk);
    const describe = (rules: DecisionRule[]) =>
      rules.map((r) => ({ ruleName: r.name, ruleOrder: r.order, when: r.when, outcome: r.outcome }));
    return {
      result: decision.outcome,
      workflowResult: decision.outcome,
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      issues: decision.issues.map((i) => ({ ...i, stepName: i.stepName ?? ctx.stepName })),
      summary: {
        matchedRules: describe(decision.matchedRules),
        unmatchedRules: describe(decision.unmatchedRules),
      },
      stepData: {
        policy: ctx.config.rules?.length ? 'rules' : 'default',
        outcome: decision.outcome,
        ...(risk ? { riskLevel: risk.riskLevel, riskScore: risk.riskScore } : {}),
      },
    };
  },
};


function byRules(ctx: StepContext<DecisionConfig>, rules: NonNullable<DecisionConfig['rules']>, risk?: RiskScore): Decision {
  const scope = buildConditionScope(ctx.previous, { entity: ctx.entity, applicant: ctx.applicant, riskAssessment: risk });
  const verdicts = rules.map((rule, i) => {
    const named: DecisionRule = { ...rule, name: rule.name ?? `rule_${i + 1}`, order: i + 1 };
    return { rule: named, holds: evaluateCondition(parseExpression(rule.when), scope) };
  });
  return decideByRules(verdicts, ctx.config.default ?? 'PASS');
}

function byDefaultPolicy(ctx: StepContext<DecisionConfig>, risk?: RiskScore): Decision {
  const steps = ctx.previous.filter((p) => p.stepType !== 'START' && p.stepType !== 'FINISH');
  return decideByDefaultPolicy(
    steps.map((s) => ({ stepName: s.stepName, stepType: s.stepType, result: s.result })),
    risk?.riskLevel,
  );
}
