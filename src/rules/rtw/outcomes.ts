import type { Validation } from '../../domain/index.js';
import type { DbsLevel } from './input-schema.js';
import type { RuleId } from './ruleset.js';

export type UkRightToWorkStatus = 'Continuous' | 'Time Limited' | 'Rejected';
export type IrelandRightToWorkStatus = 'Permanent' | 'Temporary' | 'Rejected';
export type RightToRentStatus = 'Continuous' | 'Time Limited' | 'Rejected' | 'Not Required';

interface Traced {
  /** Rule ids applied, in the order they were applied. */
  appliedRules: RuleId[];
  rulesetVersion: string;
}

/** UK right to work, in TrustID's flexible-field names. */
export interface UkRightToWorkOutcome extends Traced {
  __RTW_RightToWorkStatus: UkRightToWorkStatus;
  __RTW_FollowUpDate?: string;
  __RTW_WorkRestrictions?: string;
  __RTW_Notes: string;
  route: 'MANUAL' | 'ONLINE' | 'IDVT' | 'ECS';
  /** The List A / List B item (or online/IDVT rule) that gave the excuse. */
  evidence?: RuleId;
  /** When rejected: the route that may still establish a right to work. */
  recommendedRoute?: 'MANUAL' | 'ONLINE' | 'ECS';
  validations?: Validation[];
  identityProfileFields?: Record<string, string>;
}

export interface IrelandRightToWorkOutcome extends Traced {
  __RTW_ROI_RightToWorkStatus: IrelandRightToWorkStatus;
  __RTW_FollowUpDate?: string;
  __RTW_WorkRestrictions?: string;
  __RTW_Notes: string;
  evidence?: RuleId;
}

export interface RightToRentOutcome extends Traced {
  rightToRentStatus: RightToRentStatus;
  followUpDate?: string;
  restrictions?: string;
  notes: string;
  route: 'MANUAL' | 'ONLINE' | 'IDVT' | 'LCS';
  evidence?: string;
  validations?: Validation[];
  identityProfileFields?: Record<string, string>;
}

export interface DbsDocumentAssessment {
  index: number;
  type: string;
  group?: '1' | '2a' | '2b';
  /** Why the document does not count, when it does not. */
  excludedBecause?: string;
}

export interface DbsIdentityOutcome extends Traced {
  level: DbsLevel;
  route: 'ROUTE_1' | 'ROUTE_2' | 'ROUTE_3' | 'DIGITAL' | 'NONE';
  result: 'Passed' | 'Failed';
  validations: Validation[];
  identityProfileFields: Record<string, string>;
  documents: DbsDocumentAssessment[];
  /** Date until which the DBS digital identity report is kept (6 months). */
  retainUntil?: string;
  notes: string;
}
