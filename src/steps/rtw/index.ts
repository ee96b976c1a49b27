import type { ErrorObject, Validation } from '../../domain/index.js';
import type { StepOutput, StepType } from '../../engine/step-type.js';
import { CHECK_SECTIONS, RtwInputError, evaluateChecks, safeParseRtwInput, type RtwEvaluations } from '../../rules/rtw/index.js';
import { rtwConfigSchema, type RtwConfig } from './config.js';
import { rtwProcessResults, summarise } from './process-results.js';

const missingData = (errors: ErrorObject[]): StepOutput => ({ result: 'MISSING_DATA', errors, summary: { missing: errors.map((e) => e.message) } });

/**
 * Right to work, right to rent and DBS identity rules over the instance input's `rtw` object
 * (schema: schemas/rtw-input.schema.json). COMPLETE with TrustID flexible fields and validations,
 * and one RTW process result per evaluation; MISSING_DATA, naming each bad field, when the input is incomplete.
 */
export const rtwStep: StepType<RtwConfig> = {
  type: 'RTW',
  kind: 'local',
  configSchema: rtwConfigSchema,
  async run(ctx) {
    const raw = ctx.input.rtw;
    if (raw === undefined) {
      return missingData([{ code: 'RTW_INPUT_MISSING', message: 'rtw: the instance input has no "rtw" object; start the instance with one (see docs/rtw.md)' }]);
    }
    const parsed = safeParseRtwInput(raw, 'rtw');
    if (!parsed.ok) return missingData(parsed.issues.map((i) => ({ code: 'RTW_INPUT_INVALID', message: `${i.path}: ${i.message}` })));
    const input = parsed.input;

    const absent = ctx.config.checks.filter((check) => input[CHECK_SECTIONS[check]] === undefined);
    if (absent.length > 0) {
      return missingData(absent.map((check) => ({ code: 'RTW_INPUT_INVALID', message: `rtw.${CHECK_SECTIONS[check]}: is required by the ${check} check of this step` })));
    }
    let evaluations: RtwEvaluations;
    try {
      evaluations = evaluateChecks(input, ctx.config.checks, ctx.config.dbsLevel);
    } catch (err) {
      if (!(err instanceof RtwInputError)) throw err;
      return missingData(err.issues.map((i) => ({ code: err.code, message: `rtw.${i.path}: ${i.message}` })));
    }

    return {
      result: 'COMPLETE',
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      processResults: rtwProcessResults(evaluations, ctx.entity.entityType, ctx.entity.entityId),
      validations: validationsOf(evaluations),
      flexibleFields: flexibleFieldsOf(evaluations),
      summary: {
        rulesetVersion: evaluations.rulesetVersion,
        ...Object.fromEntries(summarise(evaluations).map(({ check, status }) => [check, status])),
      },
      // TrustID DocumentContainerFields: the identity profile of each digital identity check.
      stepData: { ...evaluations, documentContainerFields: containerFieldsOf(evaluations) },
    };
  },
};

/**
 * TrustID application flexible fields. `__RTW_FollowUpDate`, `__RTW_WorkRestrictions` and `__RTW_Notes`
 * are shared by the UK and Irish schemes: the UK check fills them when both run (the Irish ones stay in its PRO).
 */
export function flexibleFieldsOf(evaluations: RtwEvaluations): Record<string, string> {
  const fields: Record<string, string> = {};
  const { ukRightToWork: uk, roiRightToWork: roi } = evaluations;
  const shared = uk ?? roi;
  if (uk) fields.__RTW_RightToWorkStatus = uk.__RTW_RightToWorkStatus;
  if (roi) fields.__RTW_ROI_RightToWorkStatus = roi.__RTW_ROI_RightToWorkStatus;
  if (shared?.__RTW_FollowUpDate) fields.__RTW_FollowUpDate = shared.__RTW_FollowUpDate;
  if (shared?.__RTW_WorkRestrictions) fields.__RTW_WorkRestrictions = shared.__RTW_WorkRestrictions;
  if (shared) fields.__RTW_Notes = shared.__RTW_Notes;
  return fields;
}

export function validationsOf(evaluations: RtwEvaluations): Validation[] {
  return [
    ...(evaluations.ukRightToWork?.validations ?? []),
    ...(evaluations.rightToRent?.validations ?? []),
    ...(evaluations.dbs?.validations ?? []),
  ];
}

export function containerFieldsOf(evaluations: RtwEvaluations): Record<string, string> {
  return {
    ...evaluations.ukRightToWork?.identityProfileFields,
    ...evaluations.rightToRent?.identityProfileFields,
    ...evaluations.dbs?.identityProfileFields,
  };
}
