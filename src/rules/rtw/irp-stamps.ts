import { monthDay } from './dates.js';
import type { IrpStamp } from './document-types.js';
import type { Job } from './evidence-schema.js';
import type { RtwInput } from './input-schema.js';
import { sameName } from './evidence.js';
import type { RuleId } from './ruleset.js';

export interface StampDecision {
  rule: RuleId;
  status: 'Permanent' | 'Temporary' | 'Rejected';
  /** The earliest date the right ends before the IRP card does (e.g. an employment permit). */
  endsBy?: string;
  restrictions?: string;
  notes: string[];
}

export const STAMP_RULES: Record<IrpStamp, RuleId> = {
  '0': 'IE-STAMP-0',
  '1': 'IE-STAMP-1',
  '1A': 'IE-STAMP-1A',
  '1G': 'IE-STAMP-1G',
  '2': 'IE-STAMP-2',
  '2A': 'IE-STAMP-2A',
  '3': 'IE-STAMP-3',
  '4': 'IE-STAMP-4',
  '4EUFAM': 'IE-STAMP-4EUFAM',
  '5': 'IE-STAMP-5',
  '6': 'IE-STAMP-6',
};

/** Irish student holidays for Stamp 2: June to September, and 15 December to 15 January. */
export function inStudentHolidays(date: string): boolean {
  const { month, day } = monthDay(date);
  return (month >= 6 && month <= 9) || (month === 12 && day >= 15) || (month === 1 && day <= 15);
}

/** What a current IRP card with this stamp allows (rules file §3). */
export function decideStamp(stamp: IrpStamp, input: RtwInput): StampDecision {
  const rule = STAMP_RULES[stamp];
  const job: Job = input.job ?? {};
  const roi = input.roiRightToWork;
  const no = (note: string): StampDecision => ({ rule, status: 'Rejected', notes: [note] });
  switch (stamp) {
    case '0':
      if (roi?.permissionLetterAllowsWork) {
        return { rule, status: 'Temporary', restrictions: 'Work only as specified in the immigration permission letter', notes: ['Stamp 0: the permission letter allows work'] };
      }
      return no('Stamp 0 does not allow work unless the immigration permission letter says so');
    case '1': {
      const permit = roi?.employmentPermit;
      if (permit) {
        if (permit.expiryDate < input.checkDate) return no(`Stamp 1: the employment permit expired on ${permit.expiryDate}`);
        if (!job.employerName) return no('Stamp 1: give job.employerName so the employment permit can be matched to this employer');
        if (!sameName(permit.employerName, job.employerName)) {
          return no(`Stamp 1: the employment permit is for ${permit.employerName}, not this employer (${job.employerName})`);
        }
        return {
          rule,
          status: 'Temporary',
          endsBy: permit.expiryDate,
          restrictions: `Employment permit (${permit.permitType}) for ${permit.employerName} only`,
          notes: [`Stamp 1 with a ${permit.permitType} employment permit for this employer, valid to ${permit.expiryDate}`],
        };
      }
      const specific = roi?.specificPermission;
      if (specific && specific.expiryDate >= input.checkDate) {
        return { rule, status: 'Temporary', endsBy: specific.expiryDate, restrictions: `Work under a ${specific.kind} permission`, notes: [`Stamp 1 with a ${specific.kind} permission`] };
      }
      return no('Stamp 1 allows work only with a valid employment permit for this employer, or a working holiday / business permission');
    }
    case '1A':
      if (job.accountancyTrainingWithNamedBody) {
        return { rule, status: 'Temporary', restrictions: 'Full-time paid accountancy training with the named body only', notes: ['Stamp 1A: accountancy training with the named body'] };
      }
      return no('Stamp 1A allows only full-time paid accountancy training with the body named on the permission');
    case '1G': {
      const hours = job.hoursPerWeek;
      if (hours !== undefined && hours > 40) return no(`Stamp 1G allows up to 40 hours a week; the job needs ${hours}`);
      return { rule, status: 'Temporary', restrictions: 'Up to 40 hours per week', notes: ['Stamp 1G: work without an employment permit'] };
    }
    case '2': {
      if (job.selfEmployed) return no('Stamp 2 does not allow self-employment');
      const term = job.termTimeHoursPerWeek ?? job.hoursPerWeek;
      if (term !== undefined && term > 20) return no(`Stamp 2 allows up to 20 hours a week in term time; the job needs ${term}`);
      if (job.holidayHoursPerWeek !== undefined && job.holidayHoursPerWeek > 40) {
        return no(`Stamp 2 allows up to 40 hours a week in holidays; the job needs ${job.holidayHoursPerWeek}`);
      }
      const notes = ['Stamp 2: casual work only'];
      if (term === undefined) notes.push('Confirm the job needs at most 20 hours a week in term time');
      notes.push(`The check date is in ${inStudentHolidays(input.checkDate) ? 'the student holidays (up to 40 hours a week)' : 'term time (up to 20 hours a week)'}`);
      return {
        rule,
        status: 'Temporary',
        restrictions: 'Casual work only: up to 20 hours per week in term time, up to 40 hours per week from June to September and from 15 December to 15 January; no self-employment',
        notes,
      };
    }
    case '2A':
      return no('Stamp 2A does not allow work');
    case '3':
      return no('Stamp 3 does not allow work');
    case '4':
    case '4EUFAM':
      return { rule, status: 'Temporary', notes: [`Stamp ${stamp === '4' ? '4' : '4 EU FAM'}: work without an employment permit`] };
    case '5':
      return { rule, status: 'Permanent', notes: ['Stamp 5: permission to remain without condition as to time'] };
    case '6':
      return { rule, status: 'Permanent', notes: ['Stamp 6: dual Irish citizenship'] };
  }
}
