import { z } from 'zod';
import { INSTANCE_STATUSES, type InstanceStatus } from '../domain/index.js';

/** Four-eyes: an override of an instance in REVIEW to one of `statuses` is a proposal a second reviewer decides. */
export const reviewSettingsSchema = z
  .object({
    fourEyes: z
      .object({
        enabled: z.boolean(),
        statuses: z.array(z.enum(INSTANCE_STATUSES)).max(INSTANCE_STATUSES.length),
      })
      .strict(),
  })
  .strict();
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;

/** By default: any override of an instance in REVIEW to the accepting status. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { fourEyes: { enabled: true, statuses: ['COMPLETED_ENDED_SUCCESS'] } };

/** Whether overriding an instance now in `from` to `to` needs a second reviewer. */
export function needsSecondReviewer(settings: ReviewSettings, from: string, to: InstanceStatus): boolean {
  return settings.fourEyes.enabled && from === 'REVIEW' && settings.fourEyes.statuses.includes(to);
}
