import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { apiKeyRoutes } from './api-keys.js';
import { auditLogRoutes } from './audit-log.js';
import { authRoutes } from './auth.js';
import { definitionRoutes } from './definitions.js';
import { definitionsOverviewRoutes } from './definitions-overview.js';
import { documentRoutes } from './documents.js';
import { exportRoutes } from './exports.js';
import { healthRoutes } from './health.js';
import { individualRoutes } from './individuals.js';
import { instanceAuditRoutes } from './instance-audit.js';
import { instancePrivacyRoutes } from './instance-privacy.js';
import { instanceSearchRoutes } from './instance-search.js';
import { kycSourceRoutes } from './kyc-sources.js';
import { matchlistRoutes } from './matchlists.js';
import { processInstanceRoutes } from './process-instances.js';
import { processTokenRoutes } from './process-tokens.js';
import { reviewRoutes } from './reviews.js';
import { screeningRoutes } from './screening.js';
import { userRoutes } from './users.js';
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
  await authRoutes(api, deps);
  await userRoutes(api, deps);
  await apiKeyRoutes(api, deps);
  await instanceSearchRoutes(api, deps);
  await exportRoutes(api, deps);
  await reviewRoutes(api, deps);
  await instanceAuditRoutes(api, deps);
  await instancePrivacyRoutes(api, deps);
  await definitionsOverviewRoutes(api, deps);
  await kycSourceRoutes(api, deps);
}
