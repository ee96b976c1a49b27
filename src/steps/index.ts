import { StepRegistry } from '../engine/step-registry.js';
import type { StepType } from '../engine/step-type.js';
import { amlStep } from './aml/index.js';
import { decisionStep } from './decision/index.js';
import { finishStep } from './finish/index.js';
import { idvStep } from './idv/index.js';
import { kycStep } from './kyc/index.js';
import { matchlistStep } from './matchlist/index.js';
import { riskStep } from './risk/index.js';
import { rtwStep } from './rtw/index.js';
import { startStep } from './start/index.js';
import { toggleMonitoringStep } from './toggle-monitoring/index.js';

/** Every step type idflow ships: the only place that lists them. */
export const BUILT_IN_STEPS: StepType[] = [startStep, finishStep, matchlistStep, kycStep, idvStep, amlStep, rtwStep, riskStep, decisionStep, toggleMonitoringStep];

export function defaultStepRegistry(): StepRegistry {
  return new StepRegistry(BUILT_IN_STEPS);
}
