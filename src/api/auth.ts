import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { findApiKey } from '../store/sql/api-keys.js';
import { ApiError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    tenantId: string;
    role: Role;
    actor: string;
  }
}

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };
const CACHE_MS = 5_000;

/** Resolves `Authorization: Bearer <key>` (or `X-Api-Key`) to a tenant and role; keys are looked up by hash. */
export function authenticate(db: Db) {
  const cache = new Map<string, { at: number; value: Awaited<ReturnType<typeof findApiKey>> }>();
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : (request.headers['x-api-key'] as string | undefined);
    if (!key) throw new ApiError(401, 'UNAUTHENTICATED', 'send your API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"');
    let hit = cache.get(key);
    if (!hit || Date.now() - hit.at > CACHE_MS) {
      hit = { at: Date.now(), value: await findApiKey(db, key) };
      cache.set(key, hit);
      if (cache.size > 10_000) cache.clear();
    }
    if (!hit.value) throw new ApiError(401, 'INVALID_API_KEY', 'the API key is unknown or revoked: create one with `idflow apikeys create`');
    request.tenantId = hit.value.tenantId;
    request.role = hit.value.role;
    const username = request.headers['x-username'];
    request.actor = typeof username === 'string' && username.trim() ? username.trim().slice(0, 200) : `apikey:${hit.value.name}`;
  };
}

/** Route guard (a preValidation hook, so a caller without the role gets 403 before any body check): the role must be at least `role`. */
export function requireRole(role: Role) {
  return async (request: FastifyRequest) => {
    // Fails closed: a request without a known role is refused.
    if (!(RANK[request.role] >= RANK[role])) {
      throw new ApiError(403, 'FORBIDDEN', `this action needs the ${role} role; your key has ${request.role}`);
    }
  };
}
