/**
 * The RTW ruleset: every rule the engine applies, with its id and the section of the
 * regulatory ruleset (rtw-rules.md) it implements. Outcomes list the ids they applied and
 * pin RULESET_VERSION, so a result can always be traced to the guidance it followed.
 *
 * Ids follow the rules file: `RTW-M1`…`RTW-R10`, list items `A1`… as `RTW-A1`…, `RTR-1`…,
 * `IE-1`…; Irish stamps and DBS rules, which the file gives as tables, get ids here.
 */

/**
 * Date of the newest guidance the ruleset follows (DBS digital identity verification guidance,
 * updated 19 Dec 2024; GPG45 14 Nov 2024; Home Office employer's and landlord's guides 2024).
 */
export const RULESET_VERSION = '2024-12-19';

/** Checks dated before this day fall under document lists this ruleset does not hold (physical BRP/BRC/FWP still valid). */
export const RULESET_APPLIES_FROM = '2022-04-06';

export interface RuleDefinition {
  id: string;
  section: string;
  summary: string;
}

const rule = (id: string, section: string, summary: string): RuleDefinition => ({ id, section, summary });

export const RULESET = [
  // UK right to work: check methods (§1.1)
  rule('RTW-M1', '1.1', 'Manual check of original List A / List B documents'),
  rule('RTW-M2', '1.1', 'Home Office online check with a share code starting W; physical BRP/BRC/FWP only this way'),
  rule('RTW-M3', '1.1', 'IDVT via a certified IDSP: only valid British or Irish passports / Irish passport cards'),
  rule('RTW-M4', '1.1', 'Employer Checking Service: a Positive Verification Notice gives a 6-month excuse'),
  rule('RTW-SHARE-CODE', '1.1', 'Share code syntax: 9 characters, W (work) or R (rent) then 8 letters/digits; valid 90 days'),
  // List A (§1.2)
  rule('RTW-A1', '1.2', 'British citizen passport, current or expired'),
  rule('RTW-A2', '1.2', 'Irish passport or passport card, current or expired'),
  rule('RTW-A3', '1.2', 'Jersey/Guernsey/Isle of Man document with unlimited leave, verified by the ECS'),
  rule('RTW-A4', '1.2', 'Current passport endorsed exempt / indefinite leave / right of abode / no time limit'),
  rule('RTW-A5', '1.2', 'Current Immigration Status Document with indefinite leave + permanent NI number document'),
  rule('RTW-A6', '1.2', 'UK birth or adoption certificate + permanent NI number document'),
  rule('RTW-A7', '1.2', 'Channel Islands / Isle of Man / Irish birth or adoption certificate + NI number document'),
  rule('RTW-A8', '1.2', 'Certificate of registration or naturalisation as a British citizen + NI number document'),
  // List B (§1.3)
  rule('RTW-B1.1', '1.3', 'Current passport endorsed with limited leave allowing the work'),
  rule('RTW-B1.2', '1.3', 'Jersey/Guernsey/Isle of Man document with limited leave, verified by the ECS'),
  rule('RTW-B1.3', '1.3', 'Current Immigration Status Document with photograph and limited leave + NI number document'),
  rule('RTW-B2.1', '1.3', 'EUSS application made on or before 30 Jun 2021 + PVN'),
  rule('RTW-B2.2', '1.3', 'Non-digital EUSS Certificate of Application, application on or after 1 Jul 2021 + PVN'),
  rule('RTW-B2.3', '1.3', 'Jersey/Guernsey/Isle of Man Appendix EU(J)/EU application document + PVN'),
  rule('RTW-B2.4', '1.3', 'Application Registration Card allowing the employment + PVN'),
  rule('RTW-B2.5', '1.3', 'PVN from the ECS allowing the work'),
  // Outcome rules (§1.4)
  rule('RTW-R1', '1.4', 'IDVT: valid British/Irish document, GPG45 medium or higher, face match and liveness pass ⇒ Continuous'),
  rule('RTW-R2', '1.4', 'IDVT with an expired document ⇒ not eligible for IDVT, fall back to a manual check'),
  rule('RTW-R3', '1.4', 'Manual: a List A item satisfied and all checks pass ⇒ Continuous'),
  rule('RTW-R4', '1.4', 'Manual: a List B group 1 item and permission not expired ⇒ Time Limited until the permission expires'),
  rule('RTW-R5', '1.4', 'Manual/ECS: a List B group 2 item ⇒ Time Limited until PVN date + 6 calendar months'),
  rule('RTW-R6', '1.4', 'Online: profile without time limit ⇒ Continuous'),
  rule('RTW-R7', '1.4', 'Online: limited permission ⇒ Time Limited until the permission expires'),
  rule('RTW-R8', '1.4', 'Work restrictions: excluded job ⇒ Rejected; otherwise restrictions stored verbatim'),
  rule('RTW-R9', '1.4', 'Expired permission, unacceptable document, inconsistent likeness/DOB or tampering ⇒ Rejected'),
  rule('RTW-R10', '1.4', 'Follow-up: repeat by the follow-up date; outstanding in-time application ⇒ ECS; a PVN restarts 6 months'),
  rule('RTW-CHECK', '1.4', 'Manual CHECK step: photos and dates of birth consistent, documents genuine, name changes explained'),
  rule('RTW-RETENTION', '1.4', 'Keep the copies / profile / IDSP output for the employment + 2 years'),
  // UK right to rent (§2)
  rule('RTR-1', '2', 'England only; every adult (18+) living there as only or main home; within 28 days before the tenancy'),
  rule('RTR-2', '2', 'Methods: manual documents, online share code starting R, IDVT for British/Irish, Landlord Checking Service'),
  rule('RTR-3', '2', 'List A group 1 (one document) or group 2 (any two) ⇒ Continuous'),
  rule('RTR-4', '2', 'List B ⇒ Time Limited; follow-up at the later of permission expiry and 12 months after the check'),
  rule('RTR-5', '2', 'Keep copies for the tenancy + 1 year'),
  rule('RTR-6', '2', 'Physical BRP/BRC/FWP not acceptable since 6 Apr 2022 (online check only)'),
  rule('RTR-7', '2', 'The same flow for every applicant, whatever their nationality'),
  // Republic of Ireland (§3)
  rule('IE-1', '3', 'Irish citizen (passport or passport card) ⇒ Permanent'),
  rule('IE-2', '3', 'EU/EEA/Swiss citizen (passport or national ID card) ⇒ Permanent'),
  rule('IE-3', '3', 'UK citizen (Common Travel Area) ⇒ Permanent'),
  rule('IE-4', '3', 'Anyone else: only on a current Irish Residence Permit, by stamp'),
  rule('IE-STAMP-0', '3', 'Stamp 0: no work unless the ISD permission letter allows it'),
  rule('IE-STAMP-1', '3', 'Stamp 1: only with a valid employment permit for this employer, or a specific permission'),
  rule('IE-STAMP-1A', '3', 'Stamp 1A: only full-time paid accountancy training with the named body'),
  rule('IE-STAMP-1G', '3', 'Stamp 1G: work without a permit, up to 40 hours a week'),
  rule('IE-STAMP-2', '3', 'Stamp 2: casual work, ≤20 h/week in term, ≤40 h/week in holidays, no self-employment'),
  rule('IE-STAMP-2A', '3', 'Stamp 2A: no work'),
  rule('IE-STAMP-3', '3', 'Stamp 3: no work'),
  rule('IE-STAMP-4', '3', 'Stamp 4: work without an employment permit'),
  rule('IE-STAMP-4EUFAM', '3', 'Stamp 4 EU FAM: work without an employment permit'),
  rule('IE-STAMP-5', '3', 'Stamp 5: work without condition as to time ⇒ Permanent'),
  rule('IE-STAMP-6', '3', 'Stamp 6: dual Irish citizenship ⇒ Permanent'),
  // DBS identity checking (§4)
  rule('DBS-ROUTE-1', '4.1', 'Route 1: one Group 1 document + two more from 1/2a/2b; one shows the current address'),
  rule('DBS-ROUTE-2', '4.1', 'Route 2 (no Group 1 document): one 2a + two more from 2a/2b; current address; external ID validation'),
  rule('DBS-ROUTE-3', '4.1', 'Route 3 (Standard/Enhanced): later-issued birth certificate + one 2a + three more 2a/2b; else fingerprints'),
  rule('DBS-BASIC-ROUTES', '4.1', 'Basic checks: Routes 1 and 2 only'),
  rule('DBS-NON-UK-ROUTE-1', '4.1', 'Non-UK nationals applying for paid work in the UK: Route 1 only'),
  rule('DBS-ORIGINALS', '4.1', 'Originals only, in the applicant’s current name'),
  rule('DBS-GROUP-1', '4.2', 'Group 1 primary documents: current passport, e-Visa, UK photocard licence, birth certificate issued within 12 months of birth, adoption certificate'),
  rule('DBS-GROUP-2A', '4.2', 'Group 2a trusted government documents'),
  rule('DBS-GROUP-2B', '4.2', 'Group 2b financial and social history documents: issued within their maximum age / still valid'),
  rule('DBS-GPG45-PROFILE', '4.3', 'GPG45 profile code: first letter L/M/H/V gives the level of confidence'),
  rule('DBS-DIGITAL-BASIC', '4.3', 'Basic DBS digital identity: certified IDSP at GPG45 medium or higher'),
  rule('DBS-DIGITAL-STANDARD-ENHANCED', '4.3', 'Standard/Enhanced DBS digital identity: certified IDSP at GPG45 high or higher'),
  rule('DBS-RETENTION', '4.4', 'Keep DBS digital identity reports for 6 months'),
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULESET)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULESET.map((r) => r.id);
