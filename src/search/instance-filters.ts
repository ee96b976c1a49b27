import { z } from 'zod';
import { INSTANCE_STATUSES } from '../domain/index.js';
import type { InstanceFilters } from '../store/sql/list-instances.js';

const isoDateTime = z.string().datetime({ offset: true, message: 'use an ISO 8601 date-time such as 2026-01-31T12:00:00Z' });

/** `status=A,B` or `status=A&status=B` (or both): instance statuses. */
const statuses = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(INSTANCE_STATUSES, { message: `use instance statuses: ${INSTANCE_STATUSES.join(', ')}` })));

/** The back-office list's filters: the same keys in the list's query string, an export's `filters` and the CLI's flags. */
export const filterFields = {
  status: statuses.optional(),
  processDefnName: z.string().max(200).optional(),
  processDefnId: z.string().max(100).optional(),
  createdFrom: isoDateTime.optional(),
  createdTo: isoDateTime.optional(),
  processTokenId: z.string().max(100).optional(),
  firstName: z.string().max(200).optional(),
  lastName: z.string().max(200).optional(),
  referenceId: z.string().max(100).optional(),
  paramName: z.string().min(1).max(200).optional(),
  paramValue: z.string().max(1000).optional(),
};

type FilterShape = { paramName?: string; paramValue?: string };
const paramPair = (f: FilterShape, ctx: z.RefinementCtx) => {
  if ((f.paramName === undefined) !== (f.paramValue === undefined)) {
    ctx.addIssue({ code: 'custom', path: [f.paramName === undefined ? 'paramName' : 'paramValue'], message: 'give paramName and paramValue together' });
  }
};

/** Unknown keys are refused, never silently ignored. */
export const instanceFiltersSchema = z.object(filterFields).strict().superRefine(paramPair);
export type InstanceFilterInput = z.infer<typeof instanceFiltersSchema>;

export const listQuerySchema = z
  .object({
    ...filterFields,
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict()
  .superRefine(paramPair);
export type ListQueryInput = z.infer<typeof listQuerySchema>;

export function toInstanceFilters(q: InstanceFilterInput): InstanceFilters {
  return {
    statuses: q.status,
    definitionName: q.processDefnName,
    definitionId: q.processDefnId,
    createdFrom: q.createdFrom,
    createdTo: q.createdTo,
    processTokenId: q.processTokenId,
    firstName: q.firstName,
    lastName: q.lastName,
    referenceId: q.referenceId,
    parameter: q.paramName !== undefined && q.paramValue !== undefined ? { name: q.paramName, value: q.paramValue } : undefined,
  };
}
