import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportInstance } from '../../export/export-instance.js';
import { exportInstances } from '../../export/export-instances.js';
import { instanceFiltersSchema } from '../../search/instance-filters.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';

const password = z.string().min(8, 'at least 8 characters').max(128, 'at most 128 characters');

function sendZip(reply: FastifyReply, zip: Uint8Array, fileName: string) {
  return reply
    .header('content-type', 'application/zip')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength));
}

/** Password-protected (AES-256) ZIP exports of the list's search results and of one instance. */
export async function exportRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['process instances'];
  const reviewer = requireRole('reviewer');
  // An export is made anew each time and never stored (it holds personal data): an Idempotency-Key is not kept for it.
  const notStored = async (req: FastifyRequest) => {
    delete req.headers['idempotency-key'];
  };

  r.post('/process-instances/export', {
    schema: {
      tags,
      summary: 'Export the instances the list filters match (at most 10,000) as a CSV in an AES-256 ZIP',
      body: z.object({ password, filters: instanceFiltersSchema.default({}) }).strict(),
    },
    preValidation: [reviewer, notStored],
  }, async (req, reply) => {
    const out = await exportInstances(deps.db, req.tenantId, req.body.filters, req.body.password, { actor: req.actor, requestId: req.id });
    reply.header('x-export-count', String(out.count));
    return sendZip(reply, out.zip, out.fileName);
  });

  r.post('/process-instances/:id/export', {
    schema: {
      tags,
      summary: "One instance's files (activity, documents and images, token parameters, workflowResult) in an AES-256 ZIP",
      params: z.object({ id: z.string().min(1).max(100) }),
      body: z.object({ password }).strict(),
    },
    preValidation: [reviewer, notStored],
  }, async (req, reply) => {
    const out = await exportInstance(deps.db, req.tenantId, req.params.id, req.body.password, { actor: req.actor, requestId: req.id });
    return sendZip(reply, out.zip, out.fileName);
  });
}
