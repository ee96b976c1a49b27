import { evaluateBritishIrishIdvt } from './british-irish-idvt.js';
import type { WorkCondition } from './evidence-schema.js';
import type { RtwInput, UkRightToWorkInput } from './input-schema.js';
import { manualCheckFailures } from './manual-check.js';
import type { UkRightToWorkOutcome } from './outcomes.js';
import { checkPvn } from './pvn.js';
import { RULESET_VERSION, type RuleId } from './ruleset.js';
import { shareCodeProblem } from './share-code.js';
import { RuleTrace, compact } from './trace.js';
import { matchUkLists, type ListMatch } from './uk-lists.js';
import { evaluateWorkConditions } from './work-conditions.js';

type Draft = Pick<UkRightToWorkOutcome, '__RTW_RightToWorkStatus' | '__RTW_FollowUpDate' | 'evidence' | 'recommendedRoute' | 'validations' | 'identityProfileFields'> & {
  conditions?: WorkCondition[];
};

const rejected = (recommendedRoute?: Draft['recommendedRoute']): Draft => ({ __RTW_RightToWorkStatus: 'Rejected', recommendedRoute });

/**
 * UK right to work (rules file §1): which statutory excuse, if any, the check establishes.
 * Needs `input.ukRightToWork`; pure and deterministic in its input.
 */
export function evaluateRightToWork(input: RtwInput): UkRightToWorkOutcome {
  const uk = input.ukRightToWork;
  if (!uk) throw new RangeError('evaluateRightToWork needs input.ukRightToWork');
  const trace = new RuleTrace();
  let draft: Draft;
  switch (uk.route) {
    case 'IDVT':
      draft = idvt(input, uk, trace);
      break;
    case 'ONLINE':
      draft = online(input, uk, trace);
      break;
    case 'MANUAL':
    case 'ECS':
      draft = documentsAndPvn(input, uk, trace);
      break;
  }
  const { conditions = [], ...rest } = draft;
  const state: Draft & { __RTW_WorkRestrictions?: string } = { ...rest };

  if (state.__RTW_RightToWorkStatus !== 'Rejected' && conditions.length > 0) {
    const work = evaluateWorkConditions(conditions, input.job);
    work.notes.forEach((n) => trace.apply('RTW-R8', n));
    state.__RTW_WorkRestrictions = work.restrictions;
    if (work.excluded) {
      state.__RTW_RightToWorkStatus = 'Rejected';
      delete state.__RTW_FollowUpDate;
      trace.apply('RTW-R8', 'The work restrictions exclude the job on offer: no statutory excuse for this job');
    } else {
      trace.apply('RTW-R8', 'Work restrictions apply; they are stored verbatim');
    }
  }
  followUp(input, uk, state, trace);
  trace.apply('RTW-RETENTION', 'Keep the evidence of this check for the employment + 2 years');
  return compact({
    __RTW_RightToWorkStatus: state.__RTW_RightToWorkStatus,
    __RTW_FollowUpDate: state.__RTW_FollowUpDate,
    __RTW_WorkRestrictions: state.__RTW_WorkRestrictions,
    __RTW_Notes: trace.notesText(),
    route: uk.route,
    evidence: state.evidence,
    recommendedRoute: state.recommendedRoute,
    validations: state.validations,
    identityProfileFields: state.identityProfileFields,
    appliedRules: trace.rules,
    rulesetVersion: RULESET_VERSION,
  });
}

function idvt(input: RtwInput, uk: UkRightToWorkInput, trace: RuleTrace): Draft {
  trace.apply('RTW-M3');
  const { result, expiredDocument } = evaluateBritishIrishIdvt('RightToWork', uk.idsp!, input.documents, input.checkDate);
  const digital = { validations: result.validations, identityProfileFields: result.profileFields };
  if (expiredDocument) {
    trace.apply('RTW-R2', 'Expired passports are not eligible for IDVT: do a manual check, where an expired British or Irish passport is List A evidence');
    return { ...rejected('MANUAL'), ...digital };
  }
  result.reasons.forEach((r) => trace.note(r));
  if (result.passed) {
    trace.apply('RTW-R1', `IDVT by a certified IDSP at GPG45 ${result.level}: confirm the person who starts work is the person verified, and keep the IDSP output`);
    return { __RTW_RightToWorkStatus: 'Continuous', evidence: 'RTW-R1', ...digital };
  }
  trace.apply('RTW-R1', 'The IDVT check did not establish a right to work');
  if (uk.idsp!.faceMatch === 'FAIL') trace.apply('RTW-R9', 'The person is not a likeness of the document holder');
  const eligibleType = result.validations[1].ValidationOutcome === 'Passed';
  return { ...rejected(eligibleType ? 'MANUAL' : 'ONLINE'), ...digital };
}

function online(input: RtwInput, uk: UkRightToWorkInput, trace: RuleTrace): Draft {
  trace.apply('RTW-M2', 'Keep the profile page (PDF) of the online check');
  const profile = uk.onlineProfile!;
  const problem = shareCodeProblem(profile.shareCode, 'W', input.checkDate, profile.shareCodeIssueDate);
  trace.apply('RTW-SHARE-CODE', problem);
  if (problem) return rejected('ONLINE');
  if (!profile.photoMatches) {
    trace.apply('RTW-R9', 'The photograph on the online profile is not a likeness of the person');
    return rejected();
  }
  if (profile.status === 'NO_RIGHT') {
    trace.apply('RTW-R9', 'The online profile shows no right to work');
    return rejected();
  }
  if (profile.status === 'NO_TIME_LIMIT') {
    trace.apply('RTW-R6', `The online profile shows permission without time limit${profile.immigrationStatus ? ` (${profile.immigrationStatus})` : ''}`);
    return { __RTW_RightToWorkStatus: 'Continuous', evidence: 'RTW-R6', conditions: profile.conditions };
  }
  if (profile.permissionExpiry! < input.checkDate) {
    trace.apply('RTW-R9', `The permission shown online expired on ${profile.permissionExpiry}`);
    return rejected();
  }
  trace.apply('RTW-R7', `The online profile shows permission until ${profile.permissionExpiry}`);
  return { __RTW_RightToWorkStatus: 'Time Limited', __RTW_FollowUpDate: profile.permissionExpiry, evidence: 'RTW-R7', conditions: profile.conditions };
}

/** MANUAL (List A/B documents, group 2 with a PVN) and ECS (PVN with or without a group 2 document). */
function documentsAndPvn(input: RtwInput, uk: UkRightToWorkInput, trace: RuleTrace): Draft {
  trace.apply(uk.route === 'MANUAL' ? 'RTW-M1' : 'RTW-M4');
  const lists = matchUkLists(input.documents, input.checkDate);
  lists.notes.forEach(({ rule, text }) => (rule ? trace.apply(rule, text) : trace.note(text)));
  const byKind = (kind: ListMatch['kind']) => lists.matches.find((m) => m.kind === kind);
  const best = uk.route === 'MANUAL' ? (byKind('A') ?? byKind('B1') ?? byKind('B2')) : byKind('B2');

  if (best && (uk.route === 'MANUAL' || input.manualCheck)) {
    const failures = manualCheckFailures(input, best.documents);
    trace.apply('RTW-CHECK');
    if (failures.length > 0) {
      failures.forEach((f) => trace.apply('RTW-R9', f));
      return rejected();
    }
  } else if (best) {
    trace.note('The documents were not checked in the presence of the holder (manualCheck absent)');
  }

  if (best?.kind === 'A') {
    trace.apply(best.item);
    trace.apply('RTW-R3', 'List A document: continuous statutory excuse, no follow-up check');
    return { __RTW_RightToWorkStatus: 'Continuous', evidence: best.item };
  }
  if (best?.kind === 'B1') {
    trace.apply(best.item);
    trace.apply('RTW-R4', `List B group 1 document: excuse until the permission expires on ${best.permissionExpiry}`);
    return { __RTW_RightToWorkStatus: 'Time Limited', __RTW_FollowUpDate: best.permissionExpiry, evidence: best.item, conditions: best.conditions };
  }
  const item: RuleId | undefined = best?.item ?? (uk.route === 'ECS' || uk.pvn ? 'RTW-B2.5' : undefined);
  if (item) return withPvn(input, uk, trace, item, best?.conditions ?? []);

  trace.apply('RTW-R9', 'No acceptable document: the documents satisfy no List A or List B item');
  return rejected(uk.outstandingApplication ? 'ECS' : lists.onlineOnly ? 'ONLINE' : undefined);
}

function withPvn(input: RtwInput, uk: UkRightToWorkInput, trace: RuleTrace, item: RuleId, conditions: WorkCondition[]): Draft {
  trace.apply(item);
  if (!uk.pvn) {
    trace.apply('RTW-R5', 'List B group 2 documents need a Positive Verification Notice from the Employer Checking Service');
    return rejected('ECS');
  }
  const pvn = checkPvn(uk.pvn, input.checkDate, 'Employer');
  if (pvn.problem) {
    trace.apply('RTW-R5');
    trace.apply('RTW-R9', pvn.problem);
    return rejected(uk.pvn.outcome === 'POSITIVE' ? 'ECS' : undefined);
  }
  trace.apply('RTW-R5', `Positive Verification Notice of ${uk.pvn.issueDate}: excuse for 6 months, until ${pvn.followUpDate}`);
  return {
    __RTW_RightToWorkStatus: 'Time Limited',
    __RTW_FollowUpDate: pvn.followUpDate,
    evidence: item,
    conditions: [...conditions, ...(uk.pvn.workConditions ?? [])],
  };
}

/** Rule RTW-R10: what to do at and after the follow-up date. */
function followUp(input: RtwInput, uk: UkRightToWorkInput, outcome: Draft, trace: RuleTrace): void {
  if (uk.previousFollowUpDate && input.checkDate > uk.previousFollowUpDate) {
    trace.apply('RTW-R10', `The follow-up check was due by ${uk.previousFollowUpDate}; the previous excuse lapsed after that date`);
  }
  if (uk.previousFollowUpDate && outcome.evidence?.startsWith('RTW-B2') && outcome.__RTW_FollowUpDate) {
    trace.apply('RTW-R10', `The new Positive Verification Notice restarts the 6-month window, to ${outcome.__RTW_FollowUpDate}`);
  }
  if (outcome.__RTW_RightToWorkStatus === 'Time Limited') {
    trace.apply(
      'RTW-R10',
      `Repeat the check by ${outcome.__RTW_FollowUpDate}; if an in-time application, appeal or administrative review is then outstanding, verify with the Employer Checking Service`,
    );
  } else if (outcome.__RTW_RightToWorkStatus === 'Rejected' && uk.outstandingApplication && uk.route !== 'ECS') {
    outcome.recommendedRoute = 'ECS';
    trace.apply('RTW-R10', 'The person has an outstanding in-time application: verify their right to work with the Employer Checking Service');
  }
}
