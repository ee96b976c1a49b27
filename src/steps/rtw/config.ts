import { z } from 'zod';
import { DBS_LEVELS, RTW_CHECKS } from '../../rules/rtw/index.js';

export const rtwConfigSchema = z.strictObject({
  /** Which evaluations to run; each reads its section of the instance input's `rtw` object. */
  checks: z
    .array(z.enum(RTW_CHECKS))
    .min(1, 'list at least one check: UK_RTW, ROI_RTW, UK_RTR or DBS')
    .refine((checks) => new Set(checks).size === checks.length, 'list each check once'),
  /** The DBS check level this workflow is for; wins over `rtw.dbs.level` in the input. */
  dbsLevel: z.enum(DBS_LEVELS).optional(),
});
export type RtwConfig = z.infer<typeof rtwConfigSchema>;
