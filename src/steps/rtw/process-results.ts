import type { StepResultCode } from '../../domain/index.js';
import type { ProDraft } from '../../engine/step-type.js';
import type { RtwCheck, RtwEvaluations } from '../../rules/rtw/index.js';

export const RTW_PROVIDER = 'idflow-rtw';

interface Summary {
  check: RtwCheck;
  status: string;
  outcome: object & { appliedRules: string[]; rulesetVersion: string };
}

/** The status of each evaluation that ran, in check order. */
export function summarise(evaluations: RtwEvaluations): Summary[] {
  const out: Summary[] = [];
  const { ukRightToWork: uk, roiRightToWork: roi, rightToRent: rtr, dbs } = evaluations;
  if (uk) out.push({ check: 'UK_RTW', status: uk.__RTW_RightToWorkStatus, outcome: uk });
  if (roi) out.push({ check: 'ROI_RTW', status: roi.__RTW_ROI_RightToWorkStatus, outcome: roi });
  if (rtr) out.push({ check: 'UK_RTR', status: rtr.rightToRentStatus, outcome: rtr });
  if (dbs) out.push({ check: 'DBS', status: dbs.result, outcome: dbs });
  return out;
}

function proResult(status: string): StepResultCode {
  if (status === 'Rejected' || status === 'Failed') return 'FAIL';
  if (status === 'Not Required') return 'NOT_APPLICABLE';
  return 'PASS';
}

/** One RTW process result object per evaluation, carrying its outcome, applied rules and ruleset version. */
export function rtwProcessResults(evaluations: RtwEvaluations, objectType: string, objectId: string): ProDraft[] {
  return summarise(evaluations).map(({ check, status, outcome }) => ({
    class: 'RTW',
    objectType,
    objectId,
    result: proResult(status),
    providerResult: { name: RTW_PROVIDER, source: check, reference: evaluations.rulesetVersion },
    supplementaryData: {
      type: check,
      status,
      appliedRules: outcome.appliedRules,
      rulesetVersion: outcome.rulesetVersion,
      outcome,
    },
  }));
}
