import { StepFailure, type StepType } from '../../engine/step-type.js';
import { lookupKeys, matchEntries, nameWords, subjectFrom } from '../../matchlists/match-entries.js';
import { compareNames } from '../../screening/matcher.js';
import { findCandidateEntries } from '../../matchlists/sql/find-candidate-entries.js';
import { findMatchlists } from '../../matchlists/sql/find-matchlists.js';
import { matchlistConfigSchema, type MatchlistConfig } from './config.js';
import { hitToProcessResult, MATCHLIST_PROVIDER } from './process-result.js';

/**
 * Checks the applicant against the tenant's own lists: HIT when a block list holds their name
 * (and date of birth), email, phone or document number, CLEAR otherwise. Allow-list hits are
 * reported as CLEAR PROs with `allowListed`, for DECISION rules (`MATCHLIST.stepData.allowListed`).
 */
export const matchlistStep: StepType<MatchlistConfig> = {
  type: 'MATCHLIST',
  kind: 'local',
  configSchema: matchlistConfigSchema,
  async run(ctx) {
    const startedAt = new Date().toISOString();
    const lists = await findMatchlists(ctx.db, ctx.tenantId, ctx.config.lists);
    const missing = (ctx.config.lists ?? []).filter((name) => !lists.some((l) => l.name === name));
    if (missing.length > 0) {
      throw new StepFailure(
        'MATCHLIST_NOT_FOUND',
        `step ${ctx.stepName}: the tenant has no matchlist named ${missing.map((n) => JSON.stringify(n)).join(', ')}: ` +
          'create it with POST /api/v1/matchlists or remove it from the step config "lists"',
        { retryable: false },
      );
    }
    const subject = subjectFrom(ctx.entity, ctx.applicant);
    const candidates = await findCandidateEntries(
      ctx.db,
      ctx.tenantId,
      lists.map((l) => l.id),
      lookupKeys(subject),
      {
        matchlistIds: lists.filter((l) => l.kind === 'block').map((l) => l.id),
        words: nameWords(subject),
        dateOfBirth: subject.dateOfBirth,
      },
    );
    const hits = matchEntries(subject, candidates, {
      compareNames: (a, b) => compareNames(a, b, { type: 'person' }).score,
      nameThreshold: ctx.config.nameThreshold,
    });
    const blockHits = hits.filter((h) => h.entry.listKind === 'block');
    const allowHits = hits.filter((h) => h.entry.listKind === 'allow');
    const result = blockHits.length > 0 ? 'HIT' : 'CLEAR';
    return {
      result,
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      processResults: hits.map((h) => hitToProcessResult(h, ctx.entity.entityId)),
      serviceProviders: [{ provider: MATCHLIST_PROVIDER, result, startedAt, endedAt: new Date().toISOString() }],
      summary: {
        listsChecked: lists.map((l) => l.name),
        blockHits: blockHits.length,
        allowHits: allowHits.length,
      },
      stepData: {
        allowListed: allowHits.length > 0,
        lists: lists.map((l) => ({ id: l.id, name: l.name, kind: l.kind })),
      },
    };
  },
};
