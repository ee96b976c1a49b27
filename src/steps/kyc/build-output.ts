import type { ErrorObject, StepResultCode } from '../../domain/index.js';
import type { StepOutput } from '../../engine/step-type.js';
import { evaluateRules, type SourceVerdict } from '../../kyc/evaluate-rules.js';
import type { MatchSettings } from '../../kyc/match-settings.js';
import type { KycRule, MatchType } from '../../kyc/rules.js';
import type { KycApplicant } from '../../kyc/types.js';
import type { SourceOutcome } from '../../kyc/verify-applicant.js';
import { attributesGiven, sourceProcessResults } from './process-results.js';
import { addressVerification } from './trustid-validations.js';

/** Whether the applicant gave every attribute one alternative of the rule needs (name: both given and family name). */
function canDecide(rule: KycRule, a: KycApplicant): boolean {
  const given = new Set<MatchType>(attributesGiven(a));
  if (!(a.givenName && a.familyName)) given.delete('name');
  return rule.alternatives.some((alt) => (Object.keys(alt) as MatchType[]).every((t) => given.has(t)));
}

/** The step result when the applicant lacks what every rule needs: nothing is looked up. */
export function missingDataOutput(rules: KycRule[], applicant: KycApplicant, objectId: string): StepOutput | undefined {
  if (rules.some((r) => canDecide(r, applicant))) return undefined;
  const need = rules.map((r) => `${r.ruleName} needs ${r.alternatives.map((alt) => Object.keys(alt).join(' + ')).join(' or ')}`).join('; ');
  return {
    result: 'MISSING_DATA',
    objectType: 'INDIVIDUAL',
    objectId,
    summary: { matchedRules: [], unmatchedRules: [], reason: `the applicant lacks what every rule needs (${need})` },
    validations: [addressVerification(undefined, applicant)],
  };
}

/**
 * The KYC step's result from the sources' outcomes: MATCH when a rule is verified (the first by ruleOrder
 * decides), ERROR when none is and a source failed, PARTIAL when some attribute was verified somewhere,
 * NO_MATCH otherwise; the rules in the reference's matchedRules / unmatchedRules shape, a PRO per attribute
 * and source, each provider's raw answer in stepData.
 */
export function buildKycOutput(outcomes: SourceOutcome[], rules: KycRule[], applicant: KycApplicant, settings: MatchSettings, objectId: string, timing: { startedAt: string; endedAt: string }): StepOutput {
  const given = attributesGiven(applicant) as MatchType[];
  const verdicts: SourceVerdict[] = outcomes.map((o) => ({
    source: o.source,
    provider: o.provider,
    checked: o.error ? [] : given,
    verified: o.error ? [] : ((o.match?.verified ?? []) as MatchType[]),
    failed: o.error !== undefined,
  }));
  const { matchedRules, unmatchedRules } = evaluateRules(rules, verdicts, objectId);
  const failed = outcomes.filter((o) => o.error);
  const anyVerified = verdicts.some((v) => v.verified.length > 0);
  const result: StepResultCode = matchedRules.length > 0 ? 'MATCH' : failed.length > 0 ? 'ERROR' : anyVerified ? 'PARTIAL' : 'NO_MATCH';
  const errors: ErrorObject[] = failed.map((o) => ({ code: o.error!.code, message: o.error!.message }));
  const providers = [...new Set(outcomes.map((o) => o.provider))];
  return {
    result,
    objectType: 'INDIVIDUAL',
    objectId,
    processResults: outcomes.flatMap((o) => sourceProcessResults(o, applicant, settings, objectId)),
    serviceProviders: providers.map((p) => {
      const mine = outcomes.filter((o) => o.provider === p);
      const errorCount = mine.filter((o) => o.error).length;
      return {
        provider: p,
        result: mine.some((o) => (o.match?.verified.length ?? 0) > 0) ? 'MATCH' : errorCount > 0 ? 'ERROR' : 'NO_MATCH',
        startedAt: timing.startedAt,
        endedAt: timing.endedAt,
        ...(errorCount > 0 ? { errorCount } : {}),
      };
    }),
    summary: { matchedRules, unmatchedRules },
    stepData: {
      rules: rules.map((r) => r.ruleName),
      decidingRule: matchedRules[0]?.ruleName ?? null,
      settings,
      sources: outcomes.map((o) => ({
        source: o.source,
        provider: o.provider,
        groupId: o.groupId,
        ...(o.versionId ? { sourceVersion: o.versionId } : {}),
        candidates: o.candidates,
        recordId: o.match?.record.recordId ?? null,
        attributesMatched: o.match?.verified ?? [],
        ...(o.error ? { error: o.error } : {}),
      })),
      // Each HTTP provider's answer as it came, beside the normalised PROs.
      providerResponses: Object.fromEntries(outcomes.filter((o) => o.raw !== undefined).map((o) => [o.source, o.raw])),
    },
    errors,
    validations: [addressVerification(outcomes, applicant)],
  };
}
