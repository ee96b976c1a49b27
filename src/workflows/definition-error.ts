/** One reason a definition is invalid, tied to the BPMN element (or JSON step) it concerns. */
export interface DefinitionIssue {
  elementId: string;
  reason: string;
}

const SUMMARISED = 3;

/** A workflow definition that cannot be compiled; `issues` lists every problem found. */
export class DefinitionError extends Error {
  readonly code = 'INVALID_DEFINITION';
  constructor(readonly issues: DefinitionIssue[]) {
    super(summarise(issues));
    this.name = 'DefinitionError';
  }
}

function summarise(issues: DefinitionIssue[]): string {
  const shown = issues.slice(0, SUMMARISED).map((issue) => `${issue.elementId}: ${issue.reason}`);
  const more = issues.length > SUMMARISED ? `; and ${issues.length - SUMMARISED} more` : '';
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return `invalid workflow definition (${count}): ${shown.join('; ')}${more}`;
}

/** Throws a DefinitionError when there is anything to report. */
export function throwIfInvalid(issues: DefinitionIssue[]): void {
  if (issues.length > 0) throw new DefinitionError(issues);
}
