import { z } from 'zod';
import { MAX_RETRIES } from '../task-settings.js';

/** Element ids end up as XML ids in the generated BPMN, so they follow the XML name rules. */
export const ELEMENT_ID = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export const shorthandStepSchema = z.strictObject({
  /** Registered step type, e.g. "AML"; START and FINISH map to the start and end events. */
  type: z.string().min(1),
  id: z.string().regex(ELEMENT_ID, 'must start with a letter or _ and hold only letters, digits, _ . -').optional(),
  /** The step's name in results; defaults to the type. */
  name: z.string().trim().min(1).optional(),
  config: z.record(z.string(), z.unknown()).optional(),
  /** Condition (expression language): the step runs only when it holds, else it is skipped. */
  when: z.string().trim().min(1).optional(),
  timeoutMs: z.number().int().positive().optional(),
  /** Attempts after the first one, for retryable failures. */
  retries: z.number().int().min(0).max(MAX_RETRIES).optional(),
  backoffMs: z.number().int().min(0).optional(),
  /** A user task (waits for the applicant); inferred from the step type when absent. */
  userTask: z.boolean().optional(),
});
export type ShorthandStep = z.infer<typeof shorthandStepSchema>;

/** The JSON shorthand: an ordered list of steps, each run after the one before. */
export const shorthandDefinitionSchema = z.strictObject({
  name: z.string().trim().min(1).optional(),
  /** The definition type (processDefinitionType), e.g. "KYC". */
  type: z.string().trim().min(1).optional(),
  steps: z.array(shorthandStepSchema),
});
export type ShorthandDefinition = z.infer<typeof shorthandDefinitionSchema>;
