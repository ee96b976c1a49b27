import { addMonths } from './dates.js';
import type { Pvn } from './evidence-schema.js';

export const PVN_VALID_MONTHS = 6;

export interface PvnCheck {
  /** Why the notice gives no excuse at this check date, or undefined when it does. */
  problem?: string;
  /** PVN date + 6 calendar months: the excuse holds for checks before it, and the follow-up is due by it. */
  followUpDate: string;
}

/** A Positive Verification Notice gives a time-limited excuse of six calendar months from its date. */
export function checkPvn(pvn: Pvn, checkDate: string, service: 'Employer' | 'Landlord'): PvnCheck {
  const followUpDate = addMonths(pvn.issueDate, PVN_VALID_MONTHS);
  if (pvn.outcome === 'NEGATIVE') return { followUpDate, problem: `The ${service} Checking Service issued a negative verification notice` };
  if (pvn.issueDate > checkDate) return { followUpDate, problem: `The verification notice is dated ${pvn.issueDate}, after the check date` };
  if (checkDate >= followUpDate) {
    return { followUpDate, problem: `The verification notice of ${pvn.issueDate} covered checks until ${followUpDate} (6 months); ask the ${service} Checking Service again` };
  }
  return { followUpDate };
}
