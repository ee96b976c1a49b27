import { z } from 'zod';
import { DECISION_OUTCOMES } from '../../domain/decision.js';
import { ExpressionError, parseExpression } from '../../workflows/expression/index.js';

const ruleSchema = z
  .object({
    name: z.string().min(1).optional(),
    /** A condition in the workflow expression language, e.g. `AML.hits > 0 and risk.level == "HIGH"`. */
    when: z.string().min(1, 'give the rule a condition'),
    outcome: z.enum(DECISION_OUTCOMES),
    category: z.string().min(1).optional(),
    issue: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    try {
      parseExpression(rule.when);
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      ctx.addIssue({ code: 'custom', path: ['when'], message: `${err.message} (at character ${err.position + 1})` });
    }
  });

export const decisionConfigSchema = z
  .object({
    /** Evaluated in order; when several hold, FAIL beats REVIEW beats PASS. Absent: the default policy. */
    rules: z.array(ruleSchema).optional(),
    /** Outcome when no rule holds. */
    default: z.enum(DECISION_OUTCOMES).optional(),
  })
  .strict()
  .refine((c) => c.default === undefined || (c.rules?.length ?? 0) > 0, {
    message: '"default" is the outcome when no rule holds: add rules, or remove "default" to use the default policy',
    path: ['default'],
  });
export type DecisionConfig = z.infer<typeof decisionConfigSchema>;
