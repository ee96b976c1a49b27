import type { Issue } from './schemas.js';
import type { RiskLevel, StepResultCode } from './vocabulary.js';

export const DECISION_OUTCOMES = ['PASS', 'FAIL', 'REVIEW'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** One configured DECISION rule: when its condition holds, it proposes its outcome. */
export interface DecisionRule {
  /** Shown in matchedRules/unmatchedRules, with its position in the configuration. */
  name?: string;
  order?: number;
  when: string;
  outcome: DecisionOutcome;
  category?: string;
  issue?: string;
}

/** A rule and whether its condition held for this instance. */
export interface RuleVerdict {
  rule: DecisionRule;
  holds: boolean;
}

export interface Decision {
  outcome: DecisionOutcome;
  /** The reasons behind the outcome, in the shape of workflowResult.issues. */
  issues: Issue[];
  matchedRules: DecisionRule[];
  unmatchedRules: DecisionRule[];
}

const RANK: Record<DecisionOutcome, number> = { PASS: 0, REVIEW: 1, FAIL: 2 };

/** The strongest of several outcomes: FAIL over REVIEW over PASS. */
export function strongestOutcome(outcomes: Iterable<DecisionOutcome>, fallback: DecisionOutcome): DecisionOutcome {
  let best: DecisionOutcome | undefined;
  for (const o of outcomes) if (best === undefined || RANK[o] > RANK[best]) best = o;
  return best ?? fallback;
}

export function severityFor(outcome: DecisionOutcome): NonNullable<Issue['severity']> {
  return outcome === 'FAIL' ? 'ERROR' : outcome === 'REVIEW' ? 'WARNING' : 'INFO';
}

/**
 * Decides from configured rules: the strongest outcome among the rules that hold, or
 * `fallback` when none holds. Each rule that holds with FAIL or REVIEW becomes an issue
 * (a PASS rule is a reason to pass, not an issue; it is listed in matchedRules).
 */
export function decideByRules(verdicts: readonly RuleVerdict[], fallback: DecisionOutcome): Decision {
  const matchedRules = verdicts.filter((v) => v.holds).map((v) => v.rule);
  const unmatchedRules = verdicts.filter((v) => !v.holds).map((v) => v.rule);
  const issues = matchedRules
    .filter((r) => r.outcome !== 'PASS')
    .map((r) => ({
      category: r.category ?? 'DECISION_RULE',
      issue: r.issue ?? `${r.outcome}: ${r.when}`,
      severity: severityFor(r.outcome),
    }));
  const outcome = strongestOutcome(
    matchedRules.map((r) => r.outcome),
    fallback,
  );
  return { outcome, issues, matchedRules, unmatchedRules };
}

/** What the default policy needs of an earlier step. */
export interface StepOutcome {
  stepName: string;
  stepType?: string;
  result: StepResultCode;
}

const FAILING: ReadonlySet<StepResultCode> = new Set(['FAIL', 'NO_MATCH', 'ERROR']);
const NEEDS_REVIEW: ReadonlySet<StepResultCode> = new Set(['HIT', 'PARTIAL', 'MISSING_DATA', 'INCOMPLETE', 'EXPIRED', 'REVIEW']);

/** The rule names of the default policy, as they appear in matchedRules/unmatchedRules. */
const DEFAULT_RULES = {
  stepFailed: { name: 'step_failed', order: 1, when: 'a step ended FAIL, NO_MATCH or ERROR', outcome: 'FAIL' },
  stepNeedsReview: {
    name: 'step_needs_review',
    order: 2,
    when: 'a step ended HIT, PARTIAL, MISSING_DATA, INCOMPLETE, EXPIRED or REVIEW',
    outcome: 'REVIEW',
  },
  riskHigh: { name: 'risk_high', order: 3, when: 'risk.level == "HIGH"', outcome: 'REVIEW' },
  riskUnacceptable: { name: 'risk_unacceptable', order: 4, when: 'risk.level == "UNACCEPTABLE"', outcome: 'FAIL' },
} satisfies Record<string, DecisionRule>;

/**
 * The policy used when a DECISION step has no rules: a failed step or an UNACCEPTABLE risk
 * fails; a hit, partial match, missing data, incomplete, expired or under-review step, or a
 * HIGH risk asks for review; otherwise the instance passes. Every step that contributed becomes an issue.
 */
export function decideByDefaultPolicy(steps: readonly StepOutcome[], riskLevel?: RiskLevel): Decision {
  const issues: Issue[] = [];
  const fired = new Set<DecisionRule>();
  for (const step of steps) {
    if (FAILING.has(step.result)) {
      fired.add(DEFAULT_RULES.stepFailed);
      issues.push({
        category: step.stepType ?? step.stepName,
        issue: `${step.stepName} ended ${step.result}`,
        severity: 'ERROR',
        stepName: step.stepName,
      });
    } else if (NEEDS_REVIEW.has(step.result)) {
      fired.add(DEFAULT_RULES.stepNeedsReview);
      issues.push({
        category: step.stepType ?? step.stepName,
        issue: `${step.stepName} ended ${step.result}`,
        severity: 'WARNING',
        stepName: step.stepName,
      });
    }
  }
  if (riskLevel === 'HIGH' || riskLevel === 'UNACCEPTABLE') {
    const rule = riskLevel === 'HIGH' ? DEFAULT_RULES.riskHigh : DEFAULT_RULES.riskUnacceptable;
    fired.add(rule);
    issues.push({ category: 'RISK', issue: `risk level is ${riskLevel}`, severity: severityFor(rule.outcome) });
  }
  const all: DecisionRule[] = Object.values(DEFAULT_RULES);
  return {
    outcome: strongestOutcome(
      [...fired].map((r) => r.outcome),
      'PASS',
    ),
    issues,
    matchedRules: all.filter((r) => fired.has(r)),
    unmatchedRules: all.filter((r) => !fired.has(r)),
  };
}
