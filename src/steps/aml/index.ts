import { StepFailure, type StepType } from '../../engine/step-type.js';
import { listDisplayName } from '../../screening/lists/list-names.js';
import { DEFAULT_THRESHOLD } from '../../screening/matcher.js';
import { entryHashes, versionEntryKey } from '../../screening/store/entry-hashes.js';
import { loadFalsePositives } from '../../screening/store/resolutions.js';
import { categoryThresholds, pepAndSanctionResult, raisedCategory } from './category-thresholds.js';
import { type AmlConfig, SCREENED_CATEGORIES, type ScreenedCategory, amlConfigSchema } from './config.js';
import { SCREENING_PROVIDER, hitToProcessResult } from './process-result.js';
import { entitySourcesFor, screenSubject, withoutResolved } from './screen-subject.js';
import { screeningSubject } from './subject.js';
import './services.js';

/** Hits named in the step's description of its matches. */
const HITS_DETAILED = 5;

/**
 * Screens the applicant's names (with date of birth, nationality and gender) against the loaded sanctions, PEP
 * and watch lists (what `screen` chooses, each with its threshold): HIT with one PRO per list entry matched, its
 * `type` SANCTION, PEP or WATCHLIST; CLEAR otherwise. The PepAndSanctionCheck says "PEP Match", "Sanction Match",
 * "PEP and Sanction Match" or "No PEP/Sanction Match". Entries a reviewer resolved as false
 * positives for this entity are not raised again unless the entry has changed since.
 */
export const amlStep: StepType<AmlConfig> = {
  type: 'AML',
  kind: 'local',
  configSchema: amlConfigSchema,
  async run(ctx) {
    const startedAt = new Date().toISOString();
    const service = ctx.services.screening;
    const view = await service.current();
    const loaded = view.versions.map((v) => v.source);
    if (loaded.length === 0) {
      throw new StepFailure('SCREENING_LISTS_EMPTY', `step ${ctx.stepName}: no sanctions list is imported: run idflow lists import <file-or-dir>`, { retryable: false });
    }
    const missing = (ctx.config.lists ?? []).filter((l) => !loaded.includes(l));
    if (missing.length > 0) {
      throw new StepFailure(
        'SCREENING_LIST_NOT_LOADED',
        `step ${ctx.stepName}: list ${missing.map((m) => JSON.stringify(m)).join(', ')} is not imported (loaded: ${loaded.join(', ')}): import it or change the step config "lists"`,
        { retryable: false },
      );
    }
    const subject = screeningSubject(ctx.entity, ctx.applicant);
    if (subject.names.length === 0) {
      return { result: 'MISSING_DATA', objectType: ctx.entity.entityType, objectId: ctx.entity.entityId, summary: { reason: 'the applicant has no name to screen' } };
    }
    const lists = ctx.config.lists ?? loaded;
    const threshold = ctx.config.threshold ?? DEFAULT_THRESHOLD;
    const screen = ctx.config.screen ?? [...SCREENED_CATEGORIES];
    const thresholds = categoryThresholds(screen, threshold, ctx.config.thresholds);
    const found = screenSubject(view, subject, {
      sources: entitySourcesFor(view, ctx.config.lists),
      threshold: Math.min(...thresholds.values()),
      categories: screen,
      includeNonTargets: ctx.config.includeNonTargets,
    }).flatMap((h) => {
      const category = raisedCategory(h.hit, thresholds);
      return category ? [{ ...h, hit: { ...h.hit, category } }] : [];
    });
    const hashes = await entryHashes(ctx.db, found.map((h) => ({ versionId: h.versionId, sourceId: h.hit.sourceId })));
    const hashOf = (h: (typeof found)[number]) => hashes.get(versionEntryKey(h.versionId, h.hit.sourceId));
    const resolved = (await loadFalsePositives(ctx.db, ctx.tenantId, [ctx.entity.entityId])).get(ctx.entity.entityId);
    const { raise, suppressed } = withoutResolved(found, resolved, hashOf);
    const result = raise.length > 0 ? 'HIT' : 'CLEAR';
    const versions = view.versions.filter((v) => lists.includes(v.source));
    const checked = versions.map((v) => `${listDisplayName(v.source)} (version ${v.id}${v.publishedAt ? `, published ${v.publishedAt.slice(0, 10)}` : ''})`);
    const count = (c: ScreenedCategory) => raise.filter((h) => h.hit.category === c).length;
    const description =
      raise.length === 0
        ? `No ${screen.join('/')} match at or above ${[...new Set(thresholds.values())].join('/')} against ${checked.join('; ')}`
        : `${raise.length} possible match${raise.length === 1 ? '' : 'es'}: ${raise
            .slice(0, HITS_DETAILED)
            .map((h) => `${h.hit.category} ${h.hit.matchedName} on ${listDisplayName(h.listSource)} ${h.hit.sourceId} (${h.hit.score})`)
            .join('; ')}${raise.length > HITS_DETAILED ? '; …' : ''}`;
    return {
      result,
      objectType: ctx.entity.entityType,
      objectId: ctx.entity.entityId,
      processResults: raise.map((h) => hitToProcessResult(h, hashOf(h), ctx.entity.entityId)),
      serviceProviders: [{ provider: SCREENING_PROVIDER, result, startedAt, endedAt: new Date().toISOString() }],
      summary: {
        listsChecked: lists, screenedFor: screen, namesScreened: subject.names, hits: raise.length,
        sanctionHits: count('SANCTION'), pepHits: count('PEP'), watchlistHits: count('WATCHLIST'),
        matchTypes: SCREENED_CATEGORIES.filter((c) => count(c) > 0), suppressedFalsePositives: suppressed.length,
      },
      stepData: {
        threshold,
        thresholds: Object.fromEntries(thresholds),
        description,
        subject,
        listVersions: versions.map((v) => ({ source: v.source, versionId: v.id, publishedAt: v.publishedAt, importedAt: v.importedAt })),
        suppressed: suppressed.map((s) => ({ source: s.hit.source, sourceId: s.hit.sourceId, score: s.hit.score })),
      },
      validations: [
        {
          Name: 'PepAndSanctionCheck',
          DisplayName: 'Pep And Sanction Check',
          DetailedResult: pepAndSanctionResult(new Set(raise.map((h) => h.hit.category as ScreenedCategory))),
          ValidationOutcome: result === 'HIT' ? 'Failed' : 'Passed',
        },
      ],
    };
  },
};
