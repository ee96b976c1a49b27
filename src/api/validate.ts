import type { z } from 'zod';
import { ApiError } from './errors.js';

/** Parses with zod, answering 400 with the first problem and the field it is in (e.g. `body.entries[3].value`). */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  throw new ApiError(400, 'VALIDATION_FAILED', `${where}${path}: ${issue.message}`);
}
