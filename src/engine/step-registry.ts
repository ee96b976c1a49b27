import type { StepType } from './step-type.js';

/** Steps by registered name. The default registry (src/steps/index.ts) is the only place that lists them. */
export class StepRegistry {
  private readonly steps = new Map<string, StepType>();

  constructor(steps: StepType[] = []) {
    for (const step of steps) this.register(step);
  }

  register(step: StepType): this {
    if (this.steps.has(step.type)) throw new Error(`step type ${step.type} is registered twice`);
    this.steps.set(step.type, step);
    return this;
  }

  get(type: string): StepType | undefined {
    return this.steps.get(type);
  }

  types(): string[] {
    return [...this.steps.keys()];
  }
}
