import type { FastifyRequest } from 'fastify';
import type { Caller } from '../instances/caller.js';

/** The use cases' caller for an authenticated request. */
export const callerOf = (req: FastifyRequest): Caller => ({ tenantId: req.tenantId, actor: req.actor, requestId: req.id });
