import type { Job, WorkCondition } from './evidence-schema.js';
import { sameName } from './evidence.js';

export interface WorkConditionResult {
  /** A condition rules out the job on offer. */
  excluded: boolean;
  /** The conditions verbatim (or described), for `__RTW_WorkRestrictions`. */
  restrictions?: string;
  notes: string[];
}

export function describeCondition(c: WorkCondition): string {
  if (c.text) return c.text;
  switch (c.type) {
    case 'STUDENT_TERM_TIME':
      return `Student: work limited to ${c.maxHoursPerWeekInTerm} hours per week in term time`;
    case 'SPONSOR_SPECIFIC':
      return `Work only for the sponsor ${c.sponsorName}${c.occupation ? ` as ${c.occupation}` : ''}`;
    case 'NO_WORK':
      return 'No work permitted';
    case 'OTHER':
      return c.text;
  }
}

/** Checks the job on offer against each condition (rule RTW-R8). Unknown job details are noted, never assumed. */
export function evaluateWorkConditions(conditions: WorkCondition[], job: Job | undefined): WorkConditionResult {
  const notes: string[] = [];
  let excluded = false;
  for (const c of conditions) {
    switch (c.type) {
      case 'STUDENT_TERM_TIME': {
        notes.push('Student with time-limited permission: obtain and keep the term and vacation dates of the course');
        const hours = job?.termTimeHoursPerWeek ?? job?.hoursPerWeek;
        if (hours === undefined) {
          notes.push(`Confirm the job needs at most ${c.maxHoursPerWeekInTerm} hours a week in term time`);
        } else if (hours > c.maxHoursPerWeekInTerm) {
          excluded = true;
          notes.push(`The job needs ${hours} hours a week in term time; the permission allows ${c.maxHoursPerWeekInTerm}`);
        }
        break;
      }
      case 'SPONSOR_SPECIFIC':
        if (!job?.employerName) {
          notes.push(`Confirm this employer is the sponsor ${c.sponsorName}`);
        } else if (!sameName(job.employerName, c.sponsorName)) {
          excluded = true;
          notes.push(`The permission is for work for the sponsor ${c.sponsorName}, not ${job.employerName}`);
        }
        if (c.occupation && job?.occupation && !sameName(job.occupation, c.occupation)) {
          excluded = true;
          notes.push(`The permission is for the role ${c.occupation}, not ${job.occupation}`);
        }
        break;
      case 'NO_WORK':
        excluded = true;
        notes.push('The permission does not allow work');
        break;
      case 'OTHER':
        notes.push(`Check that the restriction "${c.text}" allows the job on offer`);
        break;
    }
  }
  const restrictions = conditions.length > 0 ? conditions.map(describeCondition).join('; ') : undefined;
  return { excluded, restrictions, notes };
}
