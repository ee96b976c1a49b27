import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Failure } from '../../domain/failure.js';
import { sessionForToken } from '../../sessions/authenticate-session.js';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../sessions/session-policy.js';
import { sameSecret } from '../../sessions/session-token.js';
import { signIn } from '../../sessions/sign-in.js';
import { signOut } from '../../sessions/sign-out.js';
import type { AppDeps } from '../deps.js';
import { ApiError } from '../errors.js';

const loginBody = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }).strict();

const cookieOptions = (req: FastifyRequest) => ({ path: '/', httpOnly: true, sameSite: 'strict' as const, secure: req.protocol === 'https' });

/** Back-office sign-in: a server-side session in an httpOnly cookie, with a CSRF token for changes. */
export async function authRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post('/auth/login', { schema: { tags, summary: 'Sign in with a username and password; sets the session cookie', body: loginBody, security: [] } }, async (req, reply) => {
    try {
      const signed = await signIn(deps.db, { ...req.body, ip: req.ip, requestId: req.id });
      reply.setCookie(SESSION_COOKIE, signed.token, { ...cookieOptions(req), maxAge: SESSION_ABSOLUTE_MS / 1000 });
      reply.header('cache-control', 'no-store');
      return { user: signed.user, csrfToken: signed.csrfToken };
    } catch (err) {
      if (err instanceof Failure && err.code === 'LOGIN_LOCKED') reply.header('retry-after', String(err.details?.retryAfterSeconds ?? 900));
      throw err;
    }
  });

  r.get('/auth/session', { schema: { tags, summary: 'The signed-in user and the CSRF token for changes' } }, async (req, reply) => {
    const s = req.session;
    if (!s) throw new ApiError(401, 'UNAUTHENTICATED', 'no session: sign in with POST /api/v1/auth/login (API keys have no session)');
    reply.header('cache-control', 'no-store');
    return { user: { id: s.userId, username: s.username, role: req.role, tenantId: s.tenantId, tenantName: s.tenantName }, csrfToken: s.csrfToken };
  });

  r.post('/auth/logout', { schema: { tags, summary: 'Sign out: the session is revoked and the cookie cleared', body: z.object({}).strict().nullish(), security: [] } }, async (req, reply: FastifyReply) => {
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await sessionForToken(deps.db, token) : undefined;
    if (session) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, session.csrf_token)) {
        throw new ApiError(403, 'CSRF_TOKEN_INVALID', 'send the csrfToken of POST /auth/login or GET /auth/session in the X-CSRF-Token header');
      }
      await signOut(deps.db, { id: session.id, tenantId: session.tenant_id, userId: session.user_id, username: session.username }, req.id);
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions(req));
    return reply.status(204).send();
  });
}
