import { addDays } from './dates.js';

export const SHARE_CODE_VALID_DAYS = 90;

/** Removes spaces and hyphens and upper-cases, as the Home Office service accepts codes typed either way. */
export function normaliseShareCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toUpperCase();
}

/**
 * Pre-validates a share code: 9 characters, starting with W (work) or R (rent). A code is valid
 * for 90 days: for checks made before `issueDate + 90 days`. Returns why it fails, or undefined.
 */
export function shareCodeProblem(code: string, purpose: 'W' | 'R', checkDate: string, issueDate?: string): string | undefined {
  const normalised = normaliseShareCode(code);
  const other = purpose === 'W' ? 'R' : 'W';
  const use = purpose === 'W' ? 'right to work' : 'right to rent';
  if (!/^[A-Z0-9]{9}$/.test(normalised)) return `Share code "${code}" must be 9 letters or digits`;
  if (normalised[0] === other) return `Share code ${normalised} starts with ${other}: it is for ${purpose === 'W' ? 'right to rent' : 'right to work'}; ask for a ${use} code starting ${purpose}`;
  if (normalised[0] !== purpose) return `Share code ${normalised} must start with ${purpose} for a ${use} check`;
  if (issueDate && checkDate >= addDays(issueDate, SHARE_CODE_VALID_DAYS)) {
    return `Share code ${normalised} expired on ${addDays(issueDate, SHARE_CODE_VALID_DAYS)} (valid ${SHARE_CODE_VALID_DAYS} days); ask for a new one`;
  }
  return undefined;
}
