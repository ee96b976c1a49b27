import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../domain/index.js';
import { appendAudit } from '../../store/sql/append-audit.js';
import { createApiKey } from '../../store/sql/api-keys.js';
import { listApiKeys, revokeApiKey, type ApiKeyRow } from '../../store/sql/manage-api-keys.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';
import { notFound } from '../errors.js';

const keyView = (k: ApiKeyRow) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  keyPrefix: k.key_prefix,
  createdAt: new Date(k.created_at).toISOString(),
  revokedAt: k.revoked_at ? new Date(k.revoked_at).toISOString() : null,
});

/** The tenant's API keys (admin only): listed without secrets; a new key is shown once. */
export async function apiKeyRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['api keys'];
  const admin = requireRole('admin');

  r.get('/api-keys', { schema: { tags, summary: "The tenant's API keys (never their secrets)" }, preValidation: admin }, async (req) => ({
    apiKeys: (await listApiKeys(deps.db, req.tenantId)).map(keyView),
  }));

  r.post('/api-keys', {
    schema: { tags, summary: 'Create an API key; the key is in this answer only', body: z.object({ name: z.string().trim().min(1).max(100), role: z.enum(ROLES) }).strict() },
    preValidation: admin,
  }, async (req, reply) => {
    const created = await deps.db.transaction(async (tx) => {
      const { id, key } = await createApiKey(tx, req.tenantId, req.body.name, req.body.role);
      await appendAudit(tx, { tenantId: req.tenantId, actor: req.actor, action: 'api_key.create', targetType: 'api_key', targetId: id, requestId: req.id, details: { name: req.body.name, role: req.body.role } });
      return { id, key };
    });
    const row = (await listApiKeys(deps.db, req.tenantId)).find((k) => k.id === created.id)!;
    reply.status(201);
    reply.header('cache-control', 'no-store');
    return { ...keyView(row), key: created.key };
  });

  r.delete('/api-keys/:id', { schema: { tags, summary: 'Revoke an API key', params: z.object({ id: z.string().min(1).max(100) }) }, preValidation: admin }, async (req) => {
    const revoked = await deps.db.transaction(async (tx) => {
      const row = await revokeApiKey(tx, req.tenantId, req.params.id);
      if (!row) throw notFound('API key', req.params.id);
      await appendAudit(tx, { tenantId: req.tenantId, actor: req.actor, action: 'api_key.revoke', targetType: 'api_key', targetId: row.id, requestId: req.id, details: { name: row.name } });
      return row;
    });
    return keyView(revoked);
  });
}
