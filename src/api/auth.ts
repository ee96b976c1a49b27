import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../domain/index.js';
import type { Db } from '../store/db.js';
import { findApiKey } from '../store/sql/api-keys.js';
import { sessionForToken } from '../sessions/authenticate-session.js';
import { SESSION_COOKIE } from '../sessions/session-policy.js';
import { sameSecret } from '../sessions/session-token.js';
import { ApiError } from './errors.js';

/** The signed-in back-office user, when the request came with a session cookie rather than an API key. */
export interface RequestSession {
  id: string;
  userId: string;
  username: string;
  tenantId: string;
  tenantName: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    tenantId: string;
    role: Role;
    actor: string;
    session?: RequestSession;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, admin: 2 };
const CACHE_MS = 5_000;

/**
 * Resolves `Authorization: Bearer <key>` (or `X-Api-Key`) to a tenant and role; keys are looked up by hash.
 * Without a key, the back-office session cookie; a cookie-authenticated change needs the session's CSRF token.
 */
export function authenticate(db: Db) {
  const cache = new Map<string, { at: number; value: Awaited<ReturnType<typeof findApiKey>> }>();
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const header = request.headers.authorization;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : (request.headers['x-api-key'] as string | undefined);
    if (!key) return authenticateSession(db, request);
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

async function authenticateSession(db: Db, request: FastifyRequest) {
  const token = request.cookies?.[SESSION_COOKIE];
  if (!token) throw new ApiError(401, 'UNAUTHENTICATED', 'sign in (POST /api/v1/auth/login), or send your API key as "Authorization: Bearer <key>" or "X-Api-Key: <key>"');
  const session = await sessionForToken(db, token);
  if (!session) throw new ApiError(401, 'UNAUTHENTICATED', 'your session has ended (signed out, idle for 30 minutes or older than 12 hours): sign in again');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
      throw new ApiError(403, 'CSRF_TOKEN_INVALID', 'send the csrfToken of POST /auth/login or GET /auth/session in the X-CSRF-Token header');
    }
  }
  request.tenantId = session.tenant_id;
  request.role = session.role;
  request.actor = session.username;
  request.session = { id: session.id, userId: session.user_id, username: session.username, tenantId: session.tenant_id, tenantName: session.tenant_name, csrfToken: session.csrf_token };
}

/** Route guard (a preValidation hook, so a caller without the role gets 403 before any body check): the role must be at least `role`. */
export function requireRole(role: Role) {
  return async (request: FastifyRequest) => {
    // Fails closed: a request without a known role is refused.
    if (!(RANK[request.role] >= RANK[role])) {
      throw new ApiError(403, 'FORBIDDEN', `this action needs the ${role} role; you have ${request.role}`);
    }
  };
}
