import { ApiError } from './errors.js';

interface ValidationIssue {
  instancePath: string;
  message?: string;
}

/** A refused list query (an unknown parameter, a wrong status or date): 400 INVALID_QUERY naming the parameter. */
export function invalidQuery(err: Error & { validation?: ValidationIssue[] }): ApiError {
  const issues = err.validation ?? [];
  const message = issues.length
    ? issues
        .slice(0, 5)
        .map((v) => `query${v.instancePath.replace(/\//g, '.')}: ${v.message ?? 'invalid'}`)
        .join('; ')
    : err.message;
  return new ApiError(400, 'INVALID_QUERY', message);
}
