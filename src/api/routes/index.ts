import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { auditLogRoutes } from './audit-log.js';
import { definitionRoutes } from './definitions.js';
import { documentRoutes } from './documents.js';
import { healthRoutes } from './health.js';
import { individualRoutes } from './individuals.js';
import { kycSourceRoutes } from './kyc-sources.js';
import { matchlistRoutes } from './matchlists.js';
import { processInstanceRoutes } from './process-instances.js';
import { processTokenRoutes } from './process-tokens.js';
import { screeningRoutes } from './screening.js';
import { webhookRoutes } from './webhooks.js';

/** Every resource's routes; one file each. */
export async function apiRoutes(api: FastifyInstance, deps: AppDeps) {
  await healthRoutes(api, deps);
  await definitionRoutes(api, deps);
  await processTokenRoutes(api, deps);
  await individualRoutes(api, deps);
  await processInstanceRoutes(api, deps);
  await documentRoutes(api, deps);
  await webhookRoutes(api, deps);
  await auditLogRoutes(api, deps);
  await screeningRoutes(api, deps);
  await matchlistRoutes(api, deps);
  await kycSourceRoutes(api, deps);
}
