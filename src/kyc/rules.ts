import { z } from 'zod';

/** The attributes a rule may count sources for (the reference's matchTypes keys, and govId). */
export const MATCH_TYPES = ['name', 'dateOfBirth', 'address', 'gender', 'govId'] as const;
export type MatchType = (typeof MATCH_TYPES)[number];

const matchTypesSchema = z
  .partialRecord(z.enum(MATCH_TYPES), z.number().int().min(1).max(10))
  .refine((m) => Object.keys(m).length > 0, 'name at least one match type, e.g. {"name": 2, "dateOfBirth": 1}');

/**
 * A KYC rule: how many distinct sources must verify each attribute (`matchTypes`, or `anyOf` several such
 * sets, one of which must hold), which sources must be among them, and whether all must come from one
 * source. `gov_id_only` and `default` are built in: give just their name and order.
 */
export const kycRuleSchema = z
  .object({
    ruleName: z.string().trim().min(1).max(100),
    ruleOrder: z.number().int().min(1).max(1000).optional(),
    matchTypes: matchTypesSchema.optional(),
    anyOf: z.array(matchTypesSchema).min(1).max(10).optional(),
    requiredSources: z.array(z.string().trim().min(1)).max(20).optional(),
    /** Every attribute verified in one and the same source (as gov_id_only asks). */
    sameSource: z.boolean().optional(),
  })
  .strict();
export type KycRuleInput = z.infer<typeof kycRuleSchema>;

/** A rule ready to evaluate: its alternatives spelled out. */
export interface KycRule {
  ruleName: string;
  ruleOrder: number;
  alternatives: Array<Partial<Record<MatchType, number>>>;
  requiredSources: string[];
  sameSource: boolean;
}

/** Name, date of birth and government ID verified in one source (a government ID register). */
export const GOV_ID_ONLY: Omit<KycRule, 'ruleOrder'> = { ruleName: 'gov_id_only', alternatives: [{ name: 1, dateOfBirth: 1, govId: 1 }], requiredSources: [], sameSource: true };
/** Name and (date of birth or address) verified in one source. */
export const DEFAULT_RULE: Omit<KycRule, 'ruleOrder'> = { ruleName: 'default', alternatives: [{ name: 1, dateOfBirth: 1 }, { name: 1, address: 1 }], requiredSources: [], sameSource: false };

const BUILT_IN: Record<string, Omit<KycRule, 'ruleOrder'>> = { gov_id_only: GOV_ID_ONLY, default: DEFAULT_RULE };

/** The configured rules (the built-in `default` alone when none are), ordered by ruleOrder; order defaults to position. */
export function compileRules(rules: KycRuleInput[] | undefined): KycRule[] {
  const inputs = rules && rules.length > 0 ? rules : [{ ruleName: 'default' }];
  return inputs
    .map((r, i): KycRule => {
      const builtIn = BUILT_IN[r.ruleName];
      const alternatives = r.anyOf ?? (r.matchTypes ? [r.matchTypes] : builtIn?.alternatives);
      if (!alternatives) throw new Error(`rule "${r.ruleName}": give matchTypes (e.g. {"name": 2, "dateOfBirth": 1}) or anyOf, or use a built-in rule (gov_id_only, default)`);
      return {
        ruleName: r.ruleName,
        ruleOrder: r.ruleOrder ?? i + 1,
        alternatives,
        requiredSources: r.requiredSources ?? builtIn?.requiredSources ?? [],
        sameSource: r.sameSource ?? builtIn?.sameSource ?? false,
      };
    })
    .sort((a, b) => a.ruleOrder - b.ruleOrder);
}

/** Whether a rule (input form) names only known shapes: used by the step's config validation. */
export function ruleProblem(r: KycRuleInput): string | undefined {
  if (!r.matchTypes && !r.anyOf && !BUILT_IN[r.ruleName]) return `rule "${r.ruleName}" has no matchTypes: give {"name": 1, "dateOfBirth": 1} or use gov_id_only or default`;
  if (r.matchTypes && r.anyOf) return `rule "${r.ruleName}": give matchTypes or anyOf, not both`;
  return undefined;
}
