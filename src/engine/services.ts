import type { StepServices } from './step-type.js';

/** The process-wide services steps use, looked up by name. */
export class ServiceMap implements StepServices {
  private readonly services = new Map<string, unknown>();

  set<T>(name: string, service: T): this {
    this.services.set(name, service);
    return this;
  }

  get<T>(name: string): T | undefined {
    return this.services.get(name) as T | undefined;
  }
}
