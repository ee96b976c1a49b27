import type { KycRule, MatchType } from './rules.js';

/** What one source said: which attributes it was consulted for and which it verified. */
export interface SourceVerdict {
  source: string;
  provider: string;
  /** Attributes the applicant gave and the source was asked about (none when the source failed). */
  checked: MatchType[];
  verified: MatchType[];
  failed: boolean;
}

export interface MatchTypeResult {
  objectId: string;
  matchCount: number;
  matchSources: string[];
  nonMatchSources: string[];
  isChecked: boolean;
  isVerified: boolean;
}

export interface RuleMatch {
  matchTypes: Partial<Record<MatchType, MatchTypeResult>>;
  matchCount: number;
  matchCountRequired: number;
  hasAllRequiredSourcesMatched: boolean;
  requiredSourcesMatched: string[];
  requiredSourcesNotMatched: string[];
  isVerified: boolean;
}

/** A rule's outcome in the reference's `matchedRules` / `unmatchedRules` shape. */
export interface RuleResult {
  ruleName: string;
  ruleOrder: number;
  ruleMatches: RuleMatch[];
  isVerified: boolean;
  matchDetails: Array<{ provider: string; source: string; attributesMatched: MatchType[] }>;
  nonMatchDetails: Array<{ provider: string; source: string; attributesNotMatched: MatchType[] }>;
}

function evaluateAlternative(rule: KycRule, required: Partial<Record<MatchType, number>>, verdicts: SourceVerdict[], objectId: string): RuleMatch {
  const types = Object.keys(required) as MatchType[];
  // With sameSource, only sources that verified every attribute of the set count.
  const counted = rule.sameSource ? verdicts.filter((v) => types.every((t) => v.verified.includes(t))) : verdicts;
  const matchTypes: RuleMatch['matchTypes'] = {};
  let allMet = true;
  for (const t of types) {
    const matchSources = counted.filter((v) => v.verified.includes(t)).map((v) => v.source);
    const nonMatchSources = verdicts.filter((v) => v.checked.includes(t) && !matchSources.includes(v.source)).map((v) => v.source);
    const isVerified = matchSources.length >= (required[t] ?? 1);
    allMet &&= isVerified;
    matchTypes[t] = { objectId, matchCount: matchSources.length, matchSources, nonMatchSources, isChecked: verdicts.some((v) => v.checked.includes(t)), isVerified };
  }
  const matching = new Set(counted.filter((v) => types.some((t) => v.verified.includes(t))).map((v) => v.source));
  const requiredSourcesMatched = rule.requiredSources.filter((s) => matching.has(s));
  const requiredSourcesNotMatched = rule.requiredSources.filter((s) => !matching.has(s));
  const matchCountRequired = Math.max(...types.map((t) => required[t] ?? 1));
  const hasAllRequiredSourcesMatched = requiredSourcesNotMatched.length === 0;
  return {
    matchTypes,
    matchCount: matching.size,
    matchCountRequired,
    hasAllRequiredSourcesMatched,
    requiredSourcesMatched,
    requiredSourcesNotMatched,
    isVerified: allMet && hasAllRequiredSourcesMatched && matching.size >= matchCountRequired,
  };
}

/**
 * Evaluates one rule over the sources' verdicts: per alternative, each attribute's distinct verifying sources
 * against its required count, and the required sources among them; the rule holds when an alternative does.
 */
export function evaluateRule(rule: KycRule, verdicts: SourceVerdict[], objectId: string): RuleResult {
  const ruleMatches = rule.alternatives.map((alt) => evaluateAlternative(rule, alt, verdicts, objectId));
  const isVerified = ruleMatches.some((m) => m.isVerified);
  const types = new Set(rule.alternatives.flatMap((a) => Object.keys(a) as MatchType[]));
  // With sameSource, a source counts only when it verified a whole alternative by itself.
  const counts = (v: SourceVerdict) => !rule.sameSource || rule.alternatives.some((alt) => (Object.keys(alt) as MatchType[]).every((t) => v.verified.includes(t)));
  const matchDetails: RuleResult['matchDetails'] = [];
  const nonMatchDetails: RuleResult['nonMatchDetails'] = [];
  for (const v of verdicts) {
    const attributesMatched = v.verified.filter((t) => types.has(t)).sort();
    const attributesNotMatched = [...types].filter((t) => (v.checked.includes(t) || v.failed) && !v.verified.includes(t)).sort();
    if (attributesMatched.length > 0 && counts(v)) matchDetails.push({ provider: v.provider, source: v.source, attributesMatched });
    else if (v.failed || attributesNotMatched.length > 0) nonMatchDetails.push({ provider: v.provider, source: v.source, attributesNotMatched });
  }
  return { ruleName: rule.ruleName, ruleOrder: rule.ruleOrder, ruleMatches, isVerified, matchDetails, nonMatchDetails };
}

/** Every rule evaluated, split into matched and unmatched (each by ruleOrder); the first matched one decides. */
export function evaluateRules(rules: KycRule[], verdicts: SourceVerdict[], objectId: string): { matchedRules: RuleResult[]; unmatchedRules: RuleResult[] } {
  const results = rules.map((r) => evaluateRule(r, verdicts, objectId));
  return { matchedRules: results.filter((r) => r.isVerified), unmatchedRules: results.filter((r) => !r.isVerified) };
}
