import { z } from 'zod';

export const amlConfigSchema = z
  .object({
    /** Sources to screen against ('ofac-sdn', 'un', 'uk', 'us-csl', an FtM dataset); all active lists when left out. */
    lists: z.array(z.string().trim().min(1)).min(1, 'name at least one list, or leave "lists" out to screen against all').optional(),
    /** Lowest score (0–1) reported as a hit; the matcher's default when left out. */
    threshold: z.number().min(0.5).max(1).optional(),
  })
  .strict();
export type AmlConfig = z.infer<typeof amlConfigSchema>;
