import { evaluateBritishIrishIdvt } from './british-irish-idvt.js';
import { addDays, addMonths, ageOn, laterOf } from './dates.js';
import type { RtwInput, RightToRentInput } from './input-schema.js';
import { manualCheckFailures } from './manual-check.js';
import type { RightToRentOutcome } from './outcomes.js';
import { checkPvn } from './pvn.js';
import { classifyRtrDocument } from './rtr-lists.js';
import { RULESET_VERSION } from './ruleset.js';
import { shareCodeProblem } from './share-code.js';
import { RuleTrace, compact } from './trace.js';

type Draft = Pick<RightToRentOutcome, 'rightToRentStatus' | 'followUpDate' | 'evidence' | 'validations' | 'identityProfileFields' | 'restrictions'>;
const rejected: Draft = { rightToRentStatus: 'Rejected' };

/**
 * UK right to rent, England only (rules file §2). The flow never reads the person's nationality
 * (rule RTR-7): the same documents give the same outcome for everyone.
 */
export function evaluateRightToRent(input: RtwInput): RightToRentOutcome {
  const rtr = input.rightToRent;
  if (!rtr) throw new RangeError('evaluateRightToRent needs input.rightToRent');
  const trace = new RuleTrace();
  trace.apply('RTR-7', 'The same checks apply to every prospective adult occupier, whatever their nationality');
  const draft = applies(input, rtr, trace) ?? byRoute(input, rtr, trace);
  if (draft.rightToRentStatus !== 'Not Required') trace.apply('RTR-5', 'Keep copies of the evidence for the tenancy + 1 year');
  return compact({
    rightToRentStatus: draft.rightToRentStatus,
    followUpDate: draft.followUpDate,
    restrictions: draft.restrictions,
    notes: trace.notesText(),
    route: rtr.route,
    evidence: draft.evidence,
    validations: draft.validations,
    identityProfileFields: draft.identityProfileFields,
    appliedRules: trace.rules,
    rulesetVersion: RULESET_VERSION,
  });
}

/** Rule RTR-1: whether a check is required, and made at the right time. Undefined when the check proceeds. */
function applies(input: RtwInput, rtr: RightToRentInput, trace: RuleTrace): Draft | undefined {
  if (rtr.propertyCountry !== 'ENGLAND') {
    trace.apply('RTR-1', `Right to rent checks apply only to property in England, not ${rtr.propertyCountry}`);
    return { rightToRentStatus: 'Not Required' };
  }
  if (!rtr.onlyOrMainHome) {
    trace.apply('RTR-1', 'The property will not be the person’s only or main home: no check is required');
    return { rightToRentStatus: 'Not Required' };
  }
  if (ageOn(input.person.dateOfBirth, input.checkDate) < 18) {
    const eighteenth = eighteenthBirthday(input.person.dateOfBirth);
    trace.apply('RTR-1', `The person is under 18: check them when they turn 18 on ${eighteenth}`);
    return { rightToRentStatus: 'Not Required', followUpDate: eighteenth };
  }
  if (rtr.tenancyStartDate) {
    const earliest = addDays(rtr.tenancyStartDate, -28);
    if (input.checkDate > rtr.tenancyStartDate) {
      trace.apply('RTR-1', `The check must be made before the tenancy starts (${rtr.tenancyStartDate})`);
      return rejected;
    }
    if (input.checkDate < earliest) {
      trace.apply('RTR-1', `The check is more than 28 days before the tenancy starts: repeat it on or after ${earliest}`);
      return rejected;
    }
  }
  trace.apply('RTR-1');
  return undefined;
}

export function eighteenthBirthday(dateOfBirth: string): string {
  const candidate = addMonths(dateOfBirth, 18 * 12);
  return ageOn(dateOfBirth, candidate) >= 18 ? candidate : addDays(candidate, 1);
}

function byRoute(input: RtwInput, rtr: RightToRentInput, trace: RuleTrace): Draft {
  const no = (...notes: string[]): Draft => {
    notes.forEach((n) => trace.note(n));
    return rejected;
  };
  const twelveMonths = addMonths(input.checkDate, 12);
  const timeLimited = (permissionExpiry: string | undefined, evidence: string): Draft => {
    const followUpDate = permissionExpiry ? laterOf(permissionExpiry, twelveMonths) : twelveMonths;
    trace.apply('RTR-4', `Time-limited right to rent: follow-up check due ${followUpDate} (the later of the permission's end and 12 months after this check); report to the Home Office if it then fails`);
    return { rightToRentStatus: 'Time Limited', followUpDate, evidence };
  };

  if (rtr.route === 'IDVT') {
    trace.apply('RTR-2', 'IDVT via a certified IDSP (British and Irish valid passports and Irish passport cards only)');
    const { result, expiredDocument } = evaluateBritishIrishIdvt('RightToRent', rtr.idsp!, input.documents, input.checkDate);
    const digital = { validations: result.validations, identityProfileFields: result.profileFields };
    result.reasons.forEach((r) => trace.note(r));
    if (expiredDocument) trace.note('Expired passports are not eligible for IDVT: do a manual check instead');
    return result.passed ? { rightToRentStatus: 'Continuous', evidence: 'IDVT', ...digital } : { ...rejected, ...digital };
  }

  if (rtr.route === 'ONLINE') {
    trace.apply('RTR-2', 'Home Office online right to rent check');
    const profile = rtr.onlineProfile!;
    const problem = shareCodeProblem(profile.shareCode, 'R', input.checkDate, profile.shareCodeIssueDate);
    if (problem) return no(problem);
    if (!profile.photoMatches) return no('The profile photograph is not a likeness of the person');
    if (profile.status === 'NO_RIGHT') return no('The online profile shows no right to rent');
    if (profile.status === 'NO_TIME_LIMIT') return { rightToRentStatus: 'Continuous', evidence: 'ONLINE' };
    if (profile.permissionExpiry! < input.checkDate) return no(`The permission expired on ${profile.permissionExpiry}`);
    return timeLimited(profile.permissionExpiry, 'ONLINE');
  }

  if (rtr.route === 'LCS') {
    trace.apply('RTR-2', 'Landlord Checking Service verification');
    const pvn = checkPvn(rtr.pvn!, input.checkDate, 'Landlord');
    if (pvn.problem) return no(pvn.problem);
    return timeLimited(undefined, 'LCS');
  }

  trace.apply('RTR-2', 'Manual check of original documents');
  const classes = input.documents.map((d, i) => ({ i, c: classifyRtrDocument(d, i, input.checkDate) }));
  for (const { c } of classes) {
    if (c.list === 'NONE') trace.apply(c.removed ? 'RTR-6' : 'RTR-2', c.why);
  }
  const pick = (list: string) => classes.filter(({ c }) => c.list === list).map(({ i }) => i);
  const [a1, a2, b1, b2] = [pick('A1'), pick('A2'), pick('B1'), pick('B2')];
  const used = a1.length > 0 ? [a1[0]] : a2.length >= 2 ? a2.slice(0, 2) : b1.length > 0 ? [b1[0]] : b2.slice(0, 1);
  if (used.length === 0) {
    if (a2.length === 1) trace.note('One List A group 2 document was presented: group 2 documents count in pairs');
    trace.apply('RTR-3', 'No List A or List B evidence of a right to rent');
    return rejected;
  }
  const failures = manualCheckFailures(input, used);
  if (failures.length > 0) return no(...failures);
  if (a1.length > 0 || a2.length >= 2) {
    trace.apply('RTR-3', a1.length > 0 ? 'List A group 1 document: no time limit' : 'Two List A group 2 documents: no time limit');
    return { rightToRentStatus: 'Continuous', evidence: a1.length > 0 ? 'LIST_A_GROUP_1' : 'LIST_A_GROUP_2' };
  }
  if (b1.length > 0) {
    const c = classes[b1[0]].c as { permissionExpiry: string };
    return timeLimited(c.permissionExpiry, 'LIST_B_GROUP_1');
  }
  if (!rtr.pvn) {
    trace.apply('RTR-4', 'List B group 2 documents need a positive verification notice from the Landlord Checking Service');
    return rejected;
  }
  const pvn = checkPvn(rtr.pvn, input.checkDate, 'Landlord');
  if (pvn.problem) return no(pvn.problem);
  return timeLimited(undefined, 'LIST_B_GROUP_2');
}
