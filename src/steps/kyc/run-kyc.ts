import { StepFailure, type StepOutput } from '../../engine/step-type.js';
import { queryHttpProvider } from '../../kyc/http-provider.js';
import { DEFAULT_MATCH_SETTINGS, type MatchSettings } from '../../kyc/match-settings.js';
import { compileRules } from '../../kyc/rules.js';
import { activeSources } from '../../kyc/sql/find-candidates.js';
import type { KycApplicant } from '../../kyc/types.js';
import { localSource, type SourceHandle, verifyApplicant } from '../../kyc/verify-applicant.js';
import type { Db } from '../../store/db.js';
import { buildKycOutput, missingDataOutput } from './build-output.js';
import type { HttpSourceConfig, KycConfig } from './config.js';

export interface KycRunContext {
  db: Db;
  tenantId: string;
  /** The PROs' objectId (the entity). */
  objectId: string;
  requestId?: string;
  signal?: AbortSignal;
  env?: Record<string, string | undefined>;
}

export function settingsOf(config: KycConfig): MatchSettings {
  return { fuzziness: config.fuzziness ?? DEFAULT_MATCH_SETTINGS.fuzziness, dobTolerance: config.dobTolerance ?? DEFAULT_MATCH_SETTINGS.dobTolerance };
}

function httpSource(s: HttpSourceConfig, ctx: KycRunContext): SourceHandle {
  const env = ctx.env ?? process.env;
  const secret = s.secretEnv ? env[s.secretEnv] : undefined;
  if (s.secretEnv && !secret) throw new StepFailure('KYC_PROVIDER_SECRET_MISSING', `source ${s.name}: environment variable ${s.secretEnv} (its signing secret) is not set: set it on the server`, { retryable: false });
  return {
    name: s.name,
    provider: s.provider ?? s.name,
    ...(s.creditBureau ? { creditBureau: s.creditBureau } : {}),
    lookup: (applicant) => queryHttpProvider({ url: s.url, source: s.name, secret, timeoutMs: s.timeoutMs, retries: s.retries, requestId: ctx.requestId, signal: ctx.signal }, applicant),
  };
}

/** The configured sources as lookups; a local source that has no imported version stops the step with the fix. */
export async function resolveSources(config: KycConfig, ctx: KycRunContext): Promise<SourceHandle[]> {
  const names = config.sources.filter((s): s is string => typeof s === 'string');
  const active = await activeSources(ctx.db, ctx.tenantId, names);
  const missing = names.filter((n) => !active.some((a) => a.name === n));
  if (missing.length > 0) {
    throw new StepFailure(
      'KYC_SOURCE_NOT_IMPORTED',
      `data source ${missing.map((m) => JSON.stringify(m)).join(', ')} has no imported version: run idflow sources import --name ${missing[0]} <file> (or POST /api/v1/kyc/sources)`,
      { retryable: false },
    );
  }
  return config.sources.map((s) => (typeof s === 'string' ? localSource(ctx.db, active.find((a) => a.name === s)!) : httpSource(s, ctx)));
}

/** Verifies one applicant with the KYC step's configuration: the step's output (result, summary, PROs). */
export async function runKyc(applicant: KycApplicant, config: KycConfig, ctx: KycRunContext): Promise<StepOutput> {
  const rules = compileRules(config.rules);
  const missing = missingDataOutput(rules, applicant, ctx.objectId);
  if (missing) return missing;
  const sources = await resolveSources(config, ctx);
  const settings = settingsOf(config);
  const startedAt = new Date().toISOString();
  const outcomes = await verifyApplicant(applicant, sources, settings);
  return buildKycOutput(outcomes, rules, applicant, settings, ctx.objectId, { startedAt, endedAt: new Date().toISOString() });
}
