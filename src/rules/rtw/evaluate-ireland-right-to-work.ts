import { EEA_AND_SWISS_COUNTRIES } from './countries.js';
import { earlierOf } from './dates.js';
import { isCurrent, label } from './evidence.js';
import type { RtwInput } from './input-schema.js';
import { decideStamp } from './irp-stamps.js';
import type { IrelandRightToWorkOutcome } from './outcomes.js';
import { RULESET_VERSION, type RuleId } from './ruleset.js';
import { RuleTrace, compact } from './trace.js';

/**
 * Republic of Ireland right to work (rules file §3): citizenship first (Irish, EU/EEA/Swiss, UK),
 * then a current Irish Residence Permit and its stamp. Evidence documents must be current.
 */
export function evaluateIrelandRightToWork(input: RtwInput): IrelandRightToWorkOutcome {
  const trace = new RuleTrace();
  const { documents, checkDate } = input;
  const done = (outcome: Omit<IrelandRightToWorkOutcome, '__RTW_Notes' | 'appliedRules' | 'rulesetVersion'>): IrelandRightToWorkOutcome =>
    compact({
      __RTW_ROI_RightToWorkStatus: outcome.__RTW_ROI_RightToWorkStatus,
      __RTW_FollowUpDate: outcome.__RTW_FollowUpDate,
      __RTW_WorkRestrictions: outcome.__RTW_WorkRestrictions,
      __RTW_Notes: trace.notesText(),
      evidence: outcome.evidence,
      appliedRules: trace.rules,
      rulesetVersion: RULESET_VERSION,
    });

  const citizenship: Array<[RuleId, (d: (typeof documents)[number]) => boolean, string]> = [
    ['IE-1', (d) => d.type === 'IRISH_PASSPORT' || d.type === 'IRISH_PASSPORT_CARD', 'Irish citizen'],
    ['IE-2', (d) => (d.type === 'PASSPORT' || d.type === 'NATIONAL_ID_CARD') && EEA_AND_SWISS_COUNTRIES.has(d.issuingCountry), 'EU/EEA/Swiss citizen: no permission needed'],
    ['IE-3', (d) => d.type === 'BRITISH_PASSPORT', 'UK citizen: Common Travel Area'],
  ];
  for (const [rule, matches, why] of citizenship) {
    const found = documents.map((d, i) => ({ d, i })).filter(({ d }) => matches(d));
    const current = found.find(({ d }) => isCurrent(d, checkDate));
    if (current) {
      trace.apply(rule, `${why} (${label(current.d, current.i)})`);
      return done({ __RTW_ROI_RightToWorkStatus: 'Permanent', evidence: rule });
    }
    found.forEach(({ d, i }) => trace.apply(rule, `${label(d, i)} is not current${d.expiryDate ? ` (expired ${d.expiryDate})` : ''}`));
  }

  const irps = documents.map((d, i) => ({ d, i })).filter(({ d }) => d.type === 'IRP_CARD');
  const irp = irps.find(({ d }) => isCurrent(d, checkDate));
  if (!irp) {
    trace.apply(
      'IE-4',
      irps.length > 0
        ? `The Irish Residence Permit expired on ${irps[0].d.expiryDate}: no right to work shown`
        : 'No Irish, EU/EEA/Swiss or UK citizenship document and no current Irish Residence Permit: no right to work shown',
    );
    return done({ __RTW_ROI_RightToWorkStatus: 'Rejected' });
  }
  trace.apply('IE-4', `Irish Residence Permit with Stamp ${irp.d.irpStamp}, valid to ${irp.d.expiryDate}`);
  const decision = decideStamp(irp.d.irpStamp!, input);
  decision.notes.forEach((n) => trace.apply(decision.rule, n));
  if (decision.status === 'Rejected') return done({ __RTW_ROI_RightToWorkStatus: 'Rejected', evidence: decision.rule });
  if (decision.status === 'Permanent') {
    return done({ __RTW_ROI_RightToWorkStatus: 'Permanent', __RTW_WorkRestrictions: decision.restrictions, evidence: decision.rule });
  }
  const followUp = decision.endsBy ? earlierOf(decision.endsBy, irp.d.expiryDate!) : irp.d.expiryDate!;
  trace.note(`Check the right to work again before ${followUp}`);
  return done({
    __RTW_ROI_RightToWorkStatus: 'Temporary',
    __RTW_FollowUpDate: followUp,
    __RTW_WorkRestrictions: decision.restrictions,
    evidence: decision.rule,
  });
}
