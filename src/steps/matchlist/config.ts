import { z } from 'zod';

export const matchlistConfigSchema = z
  .object({
    /** Names of the tenant's lists to check; all of them when absent. */
    lists: z.array(z.string().min(1, 'a list name cannot be empty')).min(1, 'name at least one list, or leave lists out to check all').optional(),
    /** Least similarity (0..1, screening matcher) for a block-list name that is not equal after normalisation; default 0.95. */
    nameThreshold: z.number().min(0).max(1).optional(),
  })
  .strict();
export type MatchlistConfig = z.infer<typeof matchlistConfigSchema>;
