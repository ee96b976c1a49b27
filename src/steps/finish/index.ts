import { z } from 'zod';
import type { StepType } from '../../engine/step-type.js';

/** Marks the end of a workflow: always COMPLETE, no process results. */
export const finishStep: StepType<Record<string, never>> = {
  type: 'FINISH',
  kind: 'local',
  configSchema: z.object({}).strict(),
  async run(ctx) {
    return { result: 'COMPLETE', objectType: ctx.entity.entityType, objectId: ctx.entity.entityId };
  },
};
