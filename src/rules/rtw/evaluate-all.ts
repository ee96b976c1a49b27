import { evaluateDbsIdentity } from './evaluate-dbs-identity.js';
import { evaluateIrelandRightToWork } from './evaluate-ireland-right-to-work.js';
import { evaluateRightToRent } from './evaluate-right-to-rent.js';
import { evaluateRightToWork } from './evaluate-right-to-work.js';
import type { DbsLevel, RtwInput } from './input-schema.js';
import type { DbsIdentityOutcome, IrelandRightToWorkOutcome, RightToRentOutcome, UkRightToWorkOutcome } from './outcomes.js';
import { RULESET_VERSION } from './ruleset.js';

export const RTW_CHECKS = ['UK_RTW', 'ROI_RTW', 'UK_RTR', 'DBS'] as const;
export type RtwCheck = (typeof RTW_CHECKS)[number];

export interface RtwEvaluations {
  rulesetVersion: string;
  ukRightToWork?: UkRightToWorkOutcome;
  roiRightToWork?: IrelandRightToWorkOutcome;
  rightToRent?: RightToRentOutcome;
  dbs?: DbsIdentityOutcome;
}

/** The input section each check reads. */
export const CHECK_SECTIONS: Record<RtwCheck, 'ukRightToWork' | 'roiRightToWork' | 'rightToRent' | 'dbs'> = {
  UK_RTW: 'ukRightToWork',
  ROI_RTW: 'roiRightToWork',
  UK_RTR: 'rightToRent',
  DBS: 'dbs',
};

/** Checks whose input section is present: what `idflow rtw` evaluates. */
export function applicableChecks(input: RtwInput): RtwCheck[] {
  return RTW_CHECKS.filter((check) => input[CHECK_SECTIONS[check]] !== undefined);
}

/** Runs the given checks (each needs its input section) and keys the outcomes by evaluation. */
export function evaluateChecks(input: RtwInput, checks: readonly RtwCheck[], dbsLevel?: DbsLevel): RtwEvaluations {
  const out: RtwEvaluations = { rulesetVersion: RULESET_VERSION };
  if (checks.includes('UK_RTW')) out.ukRightToWork = evaluateRightToWork(input);
  if (checks.includes('ROI_RTW')) out.roiRightToWork = evaluateIrelandRightToWork(input);
  if (checks.includes('UK_RTR')) out.rightToRent = evaluateRightToRent(input);
  if (checks.includes('DBS')) out.dbs = evaluateDbsIdentity(input, dbsLevel);
  return out;
}
