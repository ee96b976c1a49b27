import type { ScreeningService } from '../../screening/service.js';

declare module '../../engine/step-type.js' {
  interface StepServices {
    /** Sanctions and PEP screening against the loaded list versions (the AML step, the screening API). */
    screening: ScreeningService;
  }
}
