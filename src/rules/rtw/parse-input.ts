import type { z } from 'zod';
import { rtwInputSchema, type RtwInput } from './input-schema.js';

export interface InputIssue {
  /** JSON path of the bad field, e.g. `documents[0].expiryDate`. */
  path: string;
  message: string;
}

/** Input that fails the RTW schema; each issue names the field to fix. Stable code: RTW_INPUT_INVALID. */
export class RtwInputError extends Error {
  readonly code = 'RTW_INPUT_INVALID';
  constructor(readonly issues: InputIssue[]) {
    super(`invalid RTW input: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
  }
}

/** `['documents', 0, 'expiryDate']` → `documents[0].expiryDate`, prefixed with `root` when given. */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return acc ? `${acc}.${name}` : name;
  }, root);
}

export function issuesOf(error: z.ZodError, root = ''): InputIssue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key], root), message: 'unknown field: remove it or check its spelling' }));
    }
    return [{ path: formatPath(issue.path, root), message: issue.message }];
  });
}

export function safeParseRtwInput(json: unknown, root = ''): { ok: true; input: RtwInput } | { ok: false; issues: InputIssue[] } {
  const parsed = rtwInputSchema.safeParse(json);
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, issues: issuesOf(parsed.error, root) };
}

export function parseRtwInput(json: unknown): RtwInput {
  const parsed = safeParseRtwInput(json);
  if (!parsed.ok) throw new RtwInputError(parsed.issues);
  return parsed.input;
}
