import { z } from 'zod';
import { StepFailure, type StepType } from '../../engine/step-type.js';
import { setEntityMonitored } from './set-entity-monitored.js';

const configSchema = z
  .object({
    /** true (the default) enrols the entity for re-screening when lists change, false takes it out. */
    enabled: z.boolean().optional(),
  })
  .strict();
type ToggleMonitoringConfig = z.infer<typeof configSchema>;

/** Enrols the applicant's entity in (or removes it from) ongoing monitoring. */
export const toggleMonitoringStep: StepType<ToggleMonitoringConfig> = {
  type: 'TOGGLE_MONITORING',
  kind: 'local',
  configSchema,
  async run(ctx) {
    const monitored = ctx.config.enabled ?? true;
    const found = await setEntityMonitored(ctx.db, ctx.tenantId, ctx.entity.entityId, monitored);
    if (!found) {
      throw new StepFailure(
        'ENTITY_NOT_FOUND',
        `step ${ctx.stepName}: entity ${ctx.entity.entityId} is not stored for this tenant, so its monitoring cannot be set`,
        { retryable: false },
      );
    }
    return {
      result: 'COMPLETE',
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      stepData: { monitored },
    };
  },
};
