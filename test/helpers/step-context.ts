import type { Individual, ProcessResult, StepResult } from '../../src/domain/index.js';
import type { StepContext, StepServices } from '../../src/engine/step-type.js';
import type { Db } from '../../src/store/db.js';

/** A Db for steps that must not touch the database: any use fails the test. */
export const noDb: Db = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('this step must not query the database')),
  exec: () => Promise.reject(new Error('this step must not use the database')),
  transaction: () => Promise.reject(new Error('this step must not use the database')),
  listen: () => Promise.reject(new Error('this step must not use the database')),
  notify: () => Promise.reject(new Error('this step must not use the database')),
  close: () => Promise.resolve(),
};

/** Services for steps that must not use any: reading one fails the test. */
export const noServices = new Proxy({}, {
  get: (_target, name) => {
    throw new Error(`this step must not use the ${String(name)} service`);
  },
}) as StepServices;

/** The reference's applicant: MARY TESTFOURTEEN, 62 on 2024-07-11. */
export const maryEntity: Individual = {
  entityId: 'ent-mary',
  entityType: 'INDIVIDUAL',
  name: { givenName: 'Mary', familyName: 'Testfourteen', displayName: 'MARY TESTFOURTEEN' },
  dateOfBirth: '1962-03-04',
};

/** A step context for calling `step.run(ctx)` directly. */
export function stepContext<C>(config: C, over: Partial<StepContext<C>> = {}): StepContext<C> {
  return {
    db: noDb,
    tenantId: 'tenant-a',
    instanceId: 'inst-1',
    workflowExecutionId: 'inst-1',
    requestId: 'req-1',
    elementId: 'step_1',
    stepName: 'STEP',
    config,
    entity: maryEntity,
    applicant: {},
    input: {},
    previous: [],
    now: new Date('2024-07-11T12:00:00Z'),
    signal: new AbortController().signal,
    services: noServices,
    ...over,
  };
}

/** An earlier step's result, as the engine hands it to later steps. */
export function previousStep(
  stepName: string,
  result: StepResult['result'],
  extra: Partial<StepResult> & { hits?: number } = {},
): StepResult {
  const { hits = 0, ...rest } = extra;
  const pro = (i: number): ProcessResult => ({
    processResultId: `${stepName}-pro-${i}`,
    schemaVersion: 2,
    entityId: 'ent-mary',
    stepName,
    stepType: stepName,
    class: stepName,
    objectType: 'NAME',
    createdAt: '2024-07-11T12:00:00.000Z',
    updatedAt: '2024-07-11T12:00:00.000Z',
    providerResult: { name: 'test' },
    result: 'HIT',
    systemStatus: 'VALID',
    state: 'COMPLETED',
  });
  return {
    stepName,
    stepType: stepName,
    stepResultId: `${stepName}-result`,
    workflowExecutionId: 'inst-1',
    elementId: stepName.toLowerCase(),
    result,
    startedAt: '2024-07-11T12:00:00.000Z',
    endedAt: '2024-07-11T12:00:00.000Z',
    objectType: 'INDIVIDUAL',
    serviceProviders: [],
    processResults: Array.from({ length: hits }, (_, i) => pro(i)),
    summary: {},
    stepData: {},
    errors: [],
    ...rest,
  };
}
