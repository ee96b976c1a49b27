import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { instanceHeader } from '../../engine/instance-record.js';
import { decideOverrideProposal } from '../../reviews/decide-proposal.js';
import { proposalView } from '../../reviews/proposal-view.js';
import { reviewSettingsSchema } from '../../reviews/review-settings.js';
import { instancesInReview } from '../../reviews/sql/instances-in-review.js';
import { listProposals } from '../../reviews/sql/proposals.js';
import { loadReviewSettings } from '../../reviews/sql/review-settings.js';
import { updateReviewSettings } from '../../reviews/update-review-settings.js';
import { requireRole } from '../auth.js';
import type { AppDeps } from '../deps.js';

const decisionBody = z.object({ comment: z.string().max(2000).optional() }).strict();

/** Four-eyes review: the tenant's setting, override proposals and their decisions, the review queue. */
export async function reviewRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['review'];

  r.get('/settings/review', { schema: { tags, summary: "The tenant's four-eyes setting" } }, async (req) => loadReviewSettings(deps.db, req.tenantId));

  r.put('/settings/review', {
    schema: { tags, summary: 'Set which overrides of an instance in REVIEW need a second reviewer', body: reviewSettingsSchema },
    preValidation: requireRole('admin'),
  }, async (req) => updateReviewSettings(deps.db, req.tenantId, req.body, { actor: req.actor, requestId: req.id }));

  r.get('/review-proposals', {
    schema: {
      tags,
      summary: 'Override proposals, oldest first',
      querystring: z.object({ state: z.enum(['PENDING', 'APPROVED', 'REJECTED']).optional(), instanceId: z.string().max(100).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }).strict(),
    },
  }, async (req) => ({ proposals: (await listProposals(deps.db, req.tenantId, req.query)).map(proposalView) }));

  for (const [action, state] of [['approve', 'APPROVED'], ['reject', 'REJECTED']] as const) {
    r.post(`/review-proposals/:id/${action}`, {
      schema: { tags, summary: `${action === 'approve' ? 'Approve (the override is applied)' : 'Reject'} a proposal: another reviewer than the proposer`, params: z.object({ id: z.string().min(1).max(100) }), body: decisionBody.nullish() },
      preValidation: requireRole('reviewer'),
    }, async (req) => decideOverrideProposal(deps.db, req.tenantId, req.params.id, state, { actor: req.actor, requestId: req.id, comment: req.body?.comment }));
  }

  r.get('/review-queue', {
    schema: { tags, summary: 'Instances in REVIEW and proposals waiting, oldest first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict() },
  }, async (req) => {
    const [instances, proposals] = await Promise.all([
      instancesInReview(deps.db, req.tenantId, req.query.limit),
      listProposals(deps.db, req.tenantId, { state: 'PENDING', limit: req.query.limit }),
    ]);
    return { instances: instances.map(instanceHeader), proposals: proposals.map(proposalView) };
  });
}
