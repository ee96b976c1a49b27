import type { StepType } from '../../engine/step-type.js';
import { kycApplicantOf } from './applicant.js';
import { type KycConfig, kycConfigSchema } from './config.js';
import { runKyc } from './run-kyc.js';

/**
 * Verifies the applicant's name, date of birth, address, gender and government ID against the configured data
 * sources (imported versions or HTTP providers) and decides the KYC rules: MATCH, PARTIAL, NO_MATCH,
 * MISSING_DATA or ERROR, with a PRO per attribute and source and the rules in matchedRules / unmatchedRules.
 */
export const kycStep: StepType<KycConfig> = {
  type: 'KYC',
  // A source may be an HTTP provider: committed alone, with its lease kept while it waits.
  kind: 'remote',
  configSchema: kycConfigSchema,
  run(ctx) {
    return runKyc(kycApplicantOf(ctx.entity, ctx.applicant), ctx.config, {
      db: ctx.db,
      tenantId: ctx.tenantId,
      objectId: ctx.entity.entityId,
      requestId: ctx.requestId,
      signal: ctx.signal,
    });
  },
};
