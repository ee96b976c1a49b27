import { z } from 'zod';
import type { StepType } from '../../engine/step-type.js';

/** Marks the start of a workflow: always COMPLETE, no process results. */
export const startStep: StepType<Record<string, never>> = {
  type: 'START',
  kind: 'local',
  configSchema: z.object({}).strict(),
  async run(ctx) {
    return { result: 'COMPLETE', objectType: ctx.entity.entityType, objectId: ctx.entity.entityId };
  },
};
