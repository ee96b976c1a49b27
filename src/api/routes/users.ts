import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changeUser } from '../../users/change-user.js';
import { createUser } from '../../users/create-user.js';
import { listUsers } from '../../users/sql/find-users.js';
import { userView } from '../../users/sql/user-row.js';
import { newUserSchema, userChangeSchema } from '../../users/user-input.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';

/** Back-office users of the tenant (admin only). */
export async function userRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const admin = requireRole('admin');

  r.get('/users', { schema: { tags, summary: "The tenant's back-office users" }, preValidation: admin }, async (req) => ({
    users: (await listUsers(deps.db, req.tenantId)).map(userView),
  }));

  r.post('/users', { schema: { tags, summary: 'Create a back-office user (usernames are unique across the installation)', body: newUserSchema }, preValidation: admin }, async (req, reply) => {
    const user = await createUser(deps.db, req.tenantId, req.body, { actor: req.actor, requestId: req.id });
    reply.status(201);
    return userView(user);
  });

  r.patch('/users/:id', {
    schema: { tags, summary: "Change a user's role, disable or enable them, or set a new password (ends their sessions)", params: z.object({ id: z.string().min(1).max(100) }), body: userChangeSchema },
    preValidation: admin,
  }, async (req) => userView(await changeUser(deps.db, req.tenantId, req.params.id, req.body, { actor: req.actor, requestId: req.id, userId: req.session?.userId })));
}
