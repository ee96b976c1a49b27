import { z } from 'zod';

/** The kinds of list entry the AML step can screen for. */
export const SCREENED_CATEGORIES = ['SANCTION', 'PEP', 'WATCHLIST'] as const;
export type ScreenedCategory = (typeof SCREENED_CATEGORIES)[number];

const score = z.number().min(0.5).max(1);

export const amlConfigSchema = z
  .object({
    /** Sources to screen against ('ofac-sdn', 'un', 'uk', 'us-csl', an imported list's name); all active lists when left out. */
    lists: z.array(z.string().trim().min(1)).min(1, 'name at least one list, or leave "lists" out to screen against all').optional(),
    /** Lowest score (0–1) reported as a hit; the matcher's default when left out. */
    threshold: score.optional(),
    /** What to screen for: sanctions, PEPs, other watch lists; all three when left out. */
    screen: z.array(z.enum(SCREENED_CATEGORIES)).min(1, 'name at least one of SANCTION, PEP, WATCHLIST, or leave "screen" out to screen for all').optional(),
    /** A threshold per category (e.g. a stricter one for PEPs); `threshold` for the categories left out. */
    thresholds: z.object({ SANCTION: score, PEP: score, WATCHLIST: score }).partial().strict().optional(),
    /** Also screen FtM entities that are not themselves listed (`target: false`: company records, relatives). */
    includeNonTargets: z.boolean().optional(),
  })
  .strict();
export type AmlConfig = z.infer<typeof amlConfigSchema>;
