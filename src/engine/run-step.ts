import type { StepContext, StepOutput, StepType } from './step-type.js';
import { StepFailure } from './step-type.js';

export type StepRun =
  | { kind: 'ok'; output: StepOutput; startedAt: Date; endedAt: Date }
  | { kind: 'failed'; failure: StepFailure; startedAt: Date; endedAt: Date }
  | { kind: 'timeout'; timeoutMs: number; startedAt: Date; endedAt: Date };

/** Runs one step with its timeout; every failure comes back as a value, typed retryable or not. */
export async function runStep(step: StepType, ctx: Omit<StepContext, 'signal'>, timeoutMs: number, now: () => Date = () => new Date()): Promise<StepRun> {
  const startedAt = now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      // Settle the race first: the step's own rejection on abort must not win it.
      resolve('timeout');
      controller.abort();
    }, timeoutMs);
  });
  try {
    const parsedConfig = step.configSchema.safeParse(ctx.config ?? {});
    if (!parsedConfig.success) {
      throw new StepFailure('STEP_CONFIG_INVALID', `step ${ctx.stepName}: ${parsedConfig.error.issues[0]?.message}`, { retryable: false });
    }
    const outcome = await Promise.race([step.run({ ...ctx, config: parsedConfig.data, signal: controller.signal }), timeout]);
    if (outcome === 'timeout') return { kind: 'timeout', timeoutMs, startedAt, endedAt: now() };
    return { kind: 'ok', output: outcome, startedAt, endedAt: now() };
  } catch (err) {
    const failure =
      err instanceof StepFailure
        ? err
        : new StepFailure('STEP_FAILED', `step ${ctx.stepName} failed: ${(err as Error).message}`, { retryable: false, cause: err });
    return { kind: 'failed', failure, startedAt, endedAt: now() };
  } finally {
    clearTimeout(timer);
  }
}
